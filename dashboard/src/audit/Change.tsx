// A change against the compared period, honest about noise: an arrow only when the API's verdict is `up` or
// `down` (both intervals apart, both sides with enough answers); otherwise words — "within the noise" or
// "too few answers to compare" — and never an arrow.
import type { Change as ChangeData } from '../../../shared/audit.ts';
import { useI18n } from '../i18n.tsx';
import { countDelta, rateDelta, type Metric } from './format.ts';
import { AUDIT_TEXTS } from './texts.ts';

export function Change({ metric, change }: { metric: Metric; change: ChangeData; min?: number }) {
  const { language } = useI18n();
  const t = AUDIT_TEXTS[language];
  const { verdict } = change;
  if (verdict === 'too_few')
    return (
      <span class="delta delta-none audit-change" data-verdict={verdict}>
        {t.tooFew}
      </span>
    );
  const delta = rateDelta(language, metric, change.delta);
  if (verdict === 'overlapping')
    return (
      <span class="delta delta-none audit-change" data-verdict={verdict}>
        {delta}, {t.overlapping}
      </span>
    );
  return (
    <span class={`delta delta-${verdict} audit-change`} data-verdict={verdict}>
      <span aria-hidden="true">{verdict === 'up' ? '▲' : '▼'} </span>
      <span class="sr-only">{verdict === 'up' ? t.up : t.down} </span>
      {delta}
    </span>
  );
}

/** A change of a count (answers, balance, customers): exact, so simply signed. */
export function CountChange({ value }: { value: number }) {
  const { language } = useI18n();
  return <span class="delta delta-none audit-change">{countDelta(language, value)}</span>;
}
