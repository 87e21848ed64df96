// Experience answers and product reviews side by side (issue #14 item 12): the summary's byKind block, one column each,
// and how many reviews wait in Moderation (counted nowhere until approved: the summary's `moderation.held`).
import { MIN_COMPARABLE_ANSWERS } from '../../../shared/sample-size.ts';
import type { KindSummary, Summary } from '../../../shared/schemas.ts';
import { DataTable } from '../components/DataTable.tsx';
import { Panel } from '../components/Panel.tsx';
import { formatFigure, type FigureKind } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { plural } from '../locales.ts';
import { viewHref } from '../shell/route.ts';
import { OVERVIEW_TEXTS } from './texts.ts';

export function KindPanel({ byKind, held }: { byKind: Summary['byKind']; held: number }) {
  const { language, t: common } = useI18n();
  const t = OVERVIEW_TEXTS[language];
  // The rating, CSAT and NPS say how many answers they rest on, and "only n = 3" under the number a comparison
  // needs (one review that carried a score read "NPS 100.0"). A product review asks no NPS question: its cell
  // says "not asked" rather than a figure.
  const rows: [string, string, FigureKind, (kind: KindSummary) => number | null, ((kind: KindSummary) => number)?][] = [
    ['responses', t.byKind.responses, 'count', (kind) => kind.responses],
    ['rating', t.byKind.rating, 'rating', (kind) => kind.rating.average, (kind) => kind.rating.count],
    ['csat', t.byKind.csat, 'percent', (kind) => kind.csat, (kind) => kind.rating.count],
    ['nps', t.byKind.nps, 'score', (kind) => kind.nps.score, (kind) => kind.nps.count],
    ['balance', t.byKind.balance, 'net', (kind) => kind.sentiment.balance],
  ];
  const cell = (id: string, name: 'experience' | 'review', kind: FigureKind, value: number | null, count?: number) => {
    if (id === 'nps' && name === 'review') return <span class="muted">{t.byKind.notAsked}</span>;
    const figure = formatFigure(language, kind, value, common.noData);
    if (count === undefined || count === 0 || value === null) return figure;
    const n = formatFigure(language, 'count', count);
    const few = count < MIN_COMPARABLE_ANSWERS;
    return (
      <>
        {figure}
        <span class={`muted small figure-count${few ? ' few' : ''}`} data-few={few ? '' : undefined}>
          {' '}
          ({few ? t.byKind.few(n) : `n = ${n}`})
        </span>
      </>
    );
  };
  return (
    <Panel id="kinds-heading" title={t.byKind.heading} class="kinds">
      <p class="muted small" id="kinds-note">
        {t.byKind.note}
      </p>
      {held > 0 && (
        <p class="muted small" data-held-reviews={held}>
          {plural(language, t.byKind.held, held, formatFigure(language, 'count', held))}{' '}
          <a href={viewHref('moderation')}>{t.moderation.decide}</a>
        </p>
      )}
      <DataTable
        class="data-table"
        caption={t.byKind.caption}
        columns={[
          { label: t.byKind.figure },
          { label: t.kinds.experience, numeric: true },
          { label: t.kinds.review, numeric: true },
        ]}
      >
        {rows.map(([id, label, kind, pick, count]) => (
          <tr key={id} data-kind-figure={id}>
            <th scope="row">{label}</th>
            {(['experience', 'review'] as const).map((name) => (
              <td key={name} class="num" data-kind={name}>
                {cell(id, name, kind, pick(byKind[name]), count?.(byKind[name]))}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
      <p class="muted small" data-kinds-few-note>
        {t.byKind.fewNote(formatFigure(language, 'count', MIN_COMPARABLE_ANSWERS))}
      </p>
    </Panel>
  );
}
