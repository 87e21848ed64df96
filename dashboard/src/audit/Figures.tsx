// The headline figures of a stage, touchpoint or segment: answers, rating, NPS, CSAT and balance, each rate with
// its 95 % interval and count, each with its change against the compared period.
import type { Figures as FiguresData } from '../../../shared/audit.ts';
import { formatDelta, formatFigure } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { Change, CountChange } from './Change.tsx';
import { rateInterval, rateValue, type Metric } from './format.ts';
import { AUDIT_TEXTS } from './texts.ts';

const RATES: { metric: Metric & keyof FiguresData; key: 'rating' | 'nps' | 'csat' }[] = [
  { metric: 'rating', key: 'rating' },
  { metric: 'nps', key: 'nps' },
  { metric: 'csat', key: 'csat' },
];

interface RateCellProps {
  figures: FiguresData;
  metric: 'rating' | 'nps' | 'csat';
  min: number;
  /** In a table: the change's comparison is said by the table's note (screen readers hear it in the cell). */
  brief?: boolean;
}

export function RateCell({ figures, metric, min, brief = false }: RateCellProps) {
  const { language } = useI18n();
  const rate = figures[metric];
  const interval = rateInterval(language, metric, rate);
  return (
    <>
      <span class="value">{rateValue(language, metric, rate)}</span>
      {interval && <span class="interval">{metric === 'csat' ? ` (${interval})` : ` ${interval}`}</span>}
      {rate.count !== figures.responses && <span class="count">, n = {formatFigure(language, 'count', rate.count)}</span>}{' '}
      <Change metric={metric} change={figures.changes[metric]} min={min} brief={brief} />
    </>
  );
}

export function FigureList({ figures, min }: { figures: FiguresData; min: number }) {
  const { language } = useI18n();
  const t = AUDIT_TEXTS[language];
  const count = (value: number) => formatFigure(language, 'count', value);
  const signed = (value: number) => formatDelta(language, 'count', value);
  return (
    <dl class="audit-figures">
      <div data-figure="responses">
        <dt>{t.responses}</dt>
        <dd>
          <span class="value">{count(figures.responses)}</span> <CountChange value={figures.changes.responses} />
        </dd>
      </div>
      {RATES.map(({ key }) => (
        <div key={key} data-figure={key}>
          <dt>{t[key]}</dt>
          <dd>
            <RateCell figures={figures} metric={key} min={min} />
          </dd>
        </div>
      ))}
      <div data-figure="balance">
        <dt>{t.balance}</dt>
        <dd>
          <span class="value">{signed(figures.balance)}</span> <CountChange value={figures.changes.balance} />
        </dd>
      </div>
    </dl>
  );
}
