// The Audit screen (issue #17): the journey's stages before / during / after the purchase with their figures and
// honest changes, the gaps with example comments, the relationship block, the segments with their intervals,
// the digest settings — and a print stylesheet that turns it into a two-page A4 report.
import { useEffect, useState } from 'preact/hooks';
import type { Audit } from '../../../shared/audit.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Panel } from '../components/Panel.tsx';
import { formatDay } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import type { ViewProps } from '../shell/views.tsx';
import { fetchAudit } from './api.ts';
import { CompareContext } from './Change.tsx';
import { DigestPanel } from './DigestPanel.tsx';
import { Gaps } from './Gaps.tsx';
import { Journey } from './Journey.tsx';
import { initialChoice, Pickers, type Choice } from './Pickers.tsx';
import { Relationship } from './Relationship.tsx';
import { Segments } from './Segments.tsx';
import { AUDIT_TEXTS } from './texts.ts';
import './audit.css';
import { Explain } from '../glossary/Explain.tsx';

type Load = { state: 'loading'; audit: Audit | null } | { state: 'failed'; error: unknown } | { state: 'ready'; audit: Audit };

function useAudit({ credentials, onApiError }: ViewProps, choice: Choice): [Load, () => void] {
  const [load, setLoad] = useState<Load>({ state: 'loading', audit: null });
  const [attempt, setAttempt] = useState(0);
  const { from, to, compare, segment } = choice;
  useEffect(() => {
    const controller = new AbortController();
    setLoad((previous) => ({ state: 'loading', audit: 'audit' in previous ? previous.audit : null }));
    fetchAudit(credentials, { from, to, compare, segment }, controller.signal).then(
      (audit) => setLoad({ state: 'ready', audit }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (!onApiError(error)) setLoad({ state: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [credentials, from, to, compare, segment, attempt]);
  return [load, () => setAttempt((n) => n + 1)];
}

function Report({ audit }: { audit: Audit }) {
  const { language } = useI18n();
  const t = AUDIT_TEXTS[language];
  return (
    <CompareContext.Provider value={audit.compare}>
      <Explain id="audit-figures" terms={['nps', 'csat', 'balance', 'touchpoint']} />
      <Panel id="audit-journey" title={t.journey} class="audit-section audit-journey">
        <Journey audit={audit} />
      </Panel>
      <Panel id="audit-gaps" title={t.gaps} class="audit-section audit-gaps">
        <p class="muted small">{t.gapsIntro}</p>
        <Gaps gaps={audit.gaps} />
      </Panel>
      <Panel id="audit-relationship" title={t.relationship} class="audit-section audit-relationship-panel">
        <Relationship relationship={audit.relationship} min={audit.minAnswers} />
      </Panel>
      <Panel id="audit-segments" title={t.segments} class="audit-section audit-segments-panel">
        <Segments audit={audit} />
      </Panel>
    </CompareContext.Provider>
  );
}

export function AuditScreen(props: ViewProps) {
  const { language, t: common } = useI18n();
  const t = AUDIT_TEXTS[language];
  const [choice, setChoice] = useState<Choice>(initialChoice);
  const [known, setKnown] = useState<string[]>([]);
  const [load, retry] = useAudit(props, choice);
  const audit = load.state === 'failed' ? null : load.audit;
  useEffect(() => {
    if (!audit) return;
    const names = audit.segments.map((segment) => segment.segment);
    setKnown((previous) =>
      names.every((name) => previous.includes(name)) ? previous : [...new Set([...previous, ...names])].sort(),
    );
  }, [audit]);
  const day = (value: string) => formatDay(language, value);
  return (
    <main id="main" class="content audit-screen" aria-busy={load.state === 'loading'}>
      <section class="panel audit-head" aria-labelledby="audit-heading">
        <div class="panel-head">
          <h2 id="audit-heading" tabIndex={-1}>
            {t.heading}
          </h2>
          <button type="button" class="button audit-print" onClick={() => print()}>
            {t.print}
          </button>
        </div>
        <p class="muted small audit-intro">{t.intro}</p>
        {audit && (
          <p class="audit-scope" data-audit-scope>
            <strong>{t.period(day(audit.from), day(audit.to))}</strong> ·{' '}
            {t.compared(day(audit.compared.from), day(audit.compared.to))} · {t.segment}: {audit.segment ?? t.allSegments} ·{' '}
            {props.credentials.shopId}
          </p>
        )}
        <Pickers choice={choice} segments={known} onChange={setChoice} />
      </section>
      {load.state === 'failed' && <ErrorNotice error={load.error} onRetry={retry} />}
      {!audit && load.state === 'loading' && <p class="loading-block">{common.status.loading}</p>}
      {audit && <Report audit={audit} />}
      <Panel id="audit-digest" title={t.digest} class="audit-digest">
        <DigestPanel credentials={props.credentials} onApiError={props.onApiError} />
      </Panel>
    </main>
  );
}
