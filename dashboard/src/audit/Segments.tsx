// Segments side by side, largest first: each NPS as a bar from zero with whiskers for its 95 % interval on a
// common −100…100 scale, and the same in words ("NPS 32 ± 9, n = 140") for everyone who does not see the bar.
import type { Audit } from '../../../shared/audit.ts';
import { useI18n } from '../i18n.tsx';
import { Change } from './Change.tsx';
import { rateSentence } from './format.ts';
import { AUDIT_TEXTS } from './texts.ts';

const x = (nps: number) => 100 + Math.max(-100, Math.min(100, nps)); // −100…100 → 0…200

function IntervalBar({ value, low, high }: { value: number; low: number; high: number }) {
  return (
    <svg class="interval-bar" viewBox="-4 0 208 24" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <line class="interval-axis" x1="100" x2="100" y1="0" y2="24" />
      <rect
        class={value < 0 ? 'interval-fill is-negative' : 'interval-fill'}
        x={Math.min(x(0), x(value))}
        y="6"
        width={Math.abs(value)}
        height="12"
      />
      <line class="interval-whisker" x1={x(low)} x2={x(high)} y1="12" y2="12" />
      <line class="interval-whisker" x1={x(low)} x2={x(low)} y1="5" y2="19" />
      <line class="interval-whisker" x1={x(high)} x2={x(high)} y1="5" y2="19" />
    </svg>
  );
}

export function Segments({ audit }: { audit: Audit }) {
  const { language } = useI18n();
  const t = AUDIT_TEXTS[language];
  if (!audit.segments.length) return <p class="empty">{t.noSegments(audit.minAnswers)}</p>;
  return (
    <>
      <p class="muted small">{t.segmentsIntro(audit.minAnswers)}</p>
      <ol class="audit-segments">
        {audit.segments.map((segment) => (
          <li key={segment.segment} data-segment={segment.segment}>
            <span class="audit-segment-name">{segment.segment}</span>
            {segment.nps.value !== null && segment.nps.low !== null && segment.nps.high !== null ? (
              <IntervalBar value={segment.nps.value} low={segment.nps.low} high={segment.nps.high} />
            ) : (
              <span />
            )}
            <span class="audit-segment-text">
              <span data-sentence="nps">{rateSentence(language, t.nps, 'nps', segment.nps)}</span>{' '}
              <Change metric="nps" change={segment.changes.nps} min={audit.minAnswers} />
              <br />
              <span class="muted small" data-sentence="csat">
                {rateSentence(language, t.csat, 'csat', segment.csat)}
              </span>
              {' · '}
              <span class="muted small" data-sentence="rating">
                {rateSentence(language, t.rating, 'rating', segment.rating)}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
