// The journey before / during / after the purchase: a line with a point per stage (its NPS), then each stage's
// figures and deltas, each expandable to its touchpoints.
import { useContext, useState } from 'preact/hooks';
import type { Audit } from '../../../shared/audit.ts';
import { DataTable } from '../components/DataTable.tsx';
import { formatDelta, formatFigure } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { CompareContext, CountChange } from './Change.tsx';
import { FigureList, RateCell } from './Figures.tsx';
import { balancePerAnswer, countChange, rateValue } from './format.ts';
import { touchpointName } from './names.ts';
import { AUDIT_TEXTS } from './texts.ts';

type StageData = Audit['stages'][number];

function JourneyLine({ stages }: { stages: StageData[] }) {
  const { language } = useI18n();
  const t = AUDIT_TEXTS[language];
  // x in 0…100 (the middle of each stage's column), y in 0…100 (NPS 100 at 10, 0 at 50, −100 at 90).
  const points = stages.map((stage, index) => ({
    stage,
    x: ((index + 0.5) * 100) / stages.length,
    y: stage.nps.value === null ? 50 : 50 - stage.nps.value * 0.4,
  }));
  const label = t.journeyLabel(stages.map((s) => `${t.stages[s.stage]} ${rateValue(language, 'nps', s.nps)}`).join('; '));
  // The line is drawn stretched to the box (points stay round: they are HTML), so it spans any width.
  return (
    <div class="journey-line" role="img" aria-label={label}>
      <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <line class="journey-zero" x1="0" x2="100" y1="50" y2="50" />
        <polyline class="journey-path" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
      </svg>
      {points.map(({ stage, x, y }) => (
        <span
          key={stage.stage}
          class={stage.nps.value === null ? 'journey-point is-empty' : 'journey-point'}
          data-point={stage.stage}
          style={{ left: `${x}%`, top: `${y}%` }}
        >
          <span class="journey-value">NPS {rateValue(language, 'nps', stage.nps)}</span>
        </span>
      ))}
    </div>
  );
}

function Touchpoints({ stage, min, id, open }: { stage: StageData; min: number; id: string; open: boolean }) {
  const { language } = useI18n();
  const t = AUDIT_TEXTS[language];
  const count = (value: number) => formatFigure(language, 'count', value);
  const compare = useContext(CompareContext);
  return (
    <div id={id} class="audit-touchpoints" hidden={!open}>
      <p class="small muted audit-stage-sum" data-stage-sum>
        {t.stageSum(t.stages[stage.stage], count(stage.responses), stage.responses)}
      </p>
      <DataTable
        stacked
        caption={`${t.stages[stage.stage]}: ${t.touchpoint}`}
        columns={[
          { label: t.touchpoint },
          { label: t.responses, numeric: true },
          { label: t.rating },
          { label: t.nps },
          { label: t.csat },
          { label: t.balance, numeric: true },
        ]}
      >
        {stage.touchpoints.map((touchpoint) => (
          <tr key={touchpoint.touchpoint} data-touchpoint={touchpoint.touchpoint}>
            <th scope="row">{touchpointName(language, touchpoint.touchpoint)}</th>
            <td class="num" data-label={t.responses}>
              {count(touchpoint.responses)}{' '}
              {touchpoint.changes.responses !== 0 && <CountChange value={touchpoint.changes.responses} brief />}
            </td>
            <td data-label={t.rating}>
              <RateCell figures={touchpoint} metric="rating" min={min} brief />
            </td>
            <td data-label={t.nps}>
              <RateCell figures={touchpoint} metric="nps" min={min} brief />
            </td>
            <td data-label={t.csat}>
              <RateCell figures={touchpoint} metric="csat" min={min} brief />
            </td>
            <td class="num" data-label={t.balance}>
              {formatDelta(language, 'count', touchpoint.balance)}
            </td>
          </tr>
        ))}
      </DataTable>
      <p class="table-note small" data-changes-note>
        {t.changesNote[compare]}
      </p>
    </div>
  );
}

/**
 * `weakest`: the stage with the lowest balance per answer; `standsOut`: beyond the noise (the API's rule, the one
 * every change follows), the only case that gets the red "Weakest stage". Level within the noise: a neutral badge.
 */
function StageCard({ stage, min, weakest, standsOut }: { stage: StageData; min: number; weakest: boolean; standsOut: boolean }) {
  const { language } = useI18n();
  const t = AUDIT_TEXTS[language];
  const [open, setOpen] = useState(false);
  const id = `audit-touchpoints-${stage.stage}`;
  return (
    <li class={`audit-stage${weakest && standsOut ? ' is-weakest' : ''}${open ? ' is-open' : ''}`} data-stage={stage.stage}>
      <h3>
        {t.stages[stage.stage]} <span class="muted small">({t.stageHint[stage.stage]})</span>
      </h3>
      {weakest && (
        <>
          <p class={`audit-weakest-badge${standsOut ? '' : ' is-level'}`} data-weakest={standsOut ? 'stands-out' : 'level'}>
            {standsOut ? t.weakestStage : t.levelStages}
          </p>
          {!standsOut && (
            <p class="audit-level-why small" data-level-why>
              {t.levelWhy}
            </p>
          )}
          <p class="audit-weakest-why muted small" data-weakest-why>
            {t.weakestWhy(
              balancePerAnswer(language, stage.balance, stage.responses),
              stage.balance === 0 ? '0' : countChange(language, stage.balance).figure,
              stage.responses,
              formatFigure(language, 'count', stage.responses),
            )}
          </p>
        </>
      )}
      <FigureList figures={stage} min={min} />
      {stage.touchpoints.length > 0 && (
        <>
          <button
            type="button"
            class="button audit-expand"
            aria-expanded={open}
            aria-controls={id}
            onClick={() => setOpen(!open)}
          >
            {open ? t.hideTouchpoints : t.showTouchpoints(stage.touchpoints.length)}
          </button>
          <Touchpoints stage={stage} min={min} id={id} open={open} />
        </>
      )}
    </li>
  );
}

export function Journey({ audit }: { audit: Audit }) {
  const { language } = useI18n();
  return (
    <>
      <p class="muted small">{AUDIT_TEXTS[language].honestyNote(audit.minAnswers)}</p>
      <JourneyLine stages={audit.stages} />
      <ol class="audit-stages">
        {audit.stages.map((stage) => (
          <StageCard
            key={stage.stage}
            stage={stage}
            min={audit.minAnswers}
            weakest={audit.gaps.stage === stage.stage}
            standsOut={audit.gaps.stageStandsOut}
          />
        ))}
      </ol>
    </>
  );
}
