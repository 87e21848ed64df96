// A change against the compared period, honest about noise: an arrow only when the API's verdict is `up` or
// `down` (both intervals apart, both sides with enough answers); otherwise words — "no clear change" or
// "too few answers to compare" — and never an arrow. Every change figure carries its sign (+ or −, "no change"
// for nothing) and says what it is compared with ("+12 vs previous period"); in a table, whose note says it once,
// that part is for screen readers only.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Change as ChangeData } from '../../../shared/audit.ts';
import { useI18n } from '../i18n.tsx';
import { countChange, rateChange, type Metric, type SignedChange } from './format.ts';
import { AUDIT_TEXTS, type Compare } from './texts.ts';

/** What the shown audit compares with (the API's `compare`), for every change figure below it. */
export const CompareContext = createContext<Compare>('previous');

/** "+12 vs previous period", "no change vs previous period"; `brief` keeps "vs …" for screen readers only. */
function Signed({ change, brief }: { change: SignedChange; brief: boolean }) {
  const { language } = useI18n();
  const t = AUDIT_TEXTS[language];
  const versus = t.versus[useContext(CompareContext)];
  return (
    <>
      {change.direction === 'same' ? t.noChange : change.figure}
      {brief ? <span class="sr-only"> {versus}</span> : ` ${versus}`}
    </>
  );
}

interface Props {
  metric: Metric;
  change: ChangeData;
  min?: number;
  /** In a table: the comparison is said by the table's note (and to screen readers in the cell). */
  brief?: boolean;
}

export function Change({ metric, change, brief = false }: Props) {
  const { language } = useI18n();
  const t = AUDIT_TEXTS[language];
  const { verdict } = change;
  const signed = rateChange(language, metric, change.delta);
  if (verdict === 'too_few' || !signed)
    return (
      <span class="delta delta-none audit-change" data-verdict={verdict}>
        {t.tooFew}
      </span>
    );
  if (verdict === 'overlapping')
    return (
      <span class="delta delta-none audit-change" data-verdict={verdict} data-change={signed.direction}>
        <Signed change={signed} brief={brief} />, {t.overlapping}
      </span>
    );
  return (
    <span class={`delta delta-${verdict} audit-change`} data-verdict={verdict} data-change={signed.direction}>
      <span aria-hidden="true">{verdict === 'up' ? '▲' : '▼'} </span>
      <span class="sr-only">{verdict === 'up' ? t.up : t.down} </span>
      <Signed change={signed} brief={brief} />
    </span>
  );
}

/** A change of a count (answers, balance, customers): exact, so simply signed, with what it is compared with. */
export function CountChange({ value, brief = false }: { value: number; brief?: boolean }) {
  const { language } = useI18n();
  const change = countChange(language, value);
  return (
    <span class="delta delta-none audit-change" data-change={change.direction}>
      <Signed change={change} brief={brief} />
    </span>
  );
}
