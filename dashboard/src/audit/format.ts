// How the audit's rates and intervals are written (pure, no DOM): the browser test uses the same functions to
// compare the screen with the API. NPS as a whole number "32 ± 9", the rating "4.21 ± 0.15", CSAT and shares
// as a percent with their (asymmetric, Wilson) range "82.0 % (74.1–88.2 %)".
import type { Rate } from '../../../shared/audit.ts';
import { formatDelta, formatFigure, MINUS } from '../format.ts';
import type { Language } from '../locales.ts';

export type Metric = 'rating' | 'nps' | 'csat' | 'share';

/** The value alone, e.g. "32", "4.21", "82.0 %"; "—" without answers. */
export function rateValue(language: Language, metric: Metric, rate: Rate): string {
  if (metric === 'nps') return formatFigure(language, 'score', rate.value);
  return formatFigure(language, metric === 'rating' ? 'rating' : 'percent', rate.value);
}

/** The 95 % interval in words: "± 9" for NPS and rating, "74.1–88.2 %" for shares; "" without one. */
export function rateInterval(language: Language, metric: Metric, rate: Rate): string {
  if (rate.value === null || rate.low === null || rate.high === null) return '';
  if (metric === 'nps') return `± ${formatFigure(language, 'count', Math.round((rate.high - rate.low) / 2))}`;
  if (metric === 'rating') return `± ${formatFigure(language, 'rating', (rate.high - rate.low) / 2)}`;
  const [low, high] = [formatFigure(language, 'decimal', rate.low), formatFigure(language, 'percent', rate.high)];
  return `${low}–${high}`;
}

/** "NPS 32 ± 9, n = 140": the sentence a screen reader and the printed report read. */
export function rateSentence(language: Language, label: string, metric: Metric, rate: Rate): string {
  if (rate.value === null) return `${label} —, n = ${formatFigure(language, 'count', rate.count)}`;
  const interval = rateInterval(language, metric, rate);
  const value = rateValue(language, metric, rate);
  const body = metric === 'nps' || metric === 'rating' ? `${value} ${interval}` : `${value} (${interval})`;
  return `${label} ${body}, n = ${formatFigure(language, 'count', rate.count)}`;
}

/** A change of a rate, signed, in the rate's unit (NPS whole points, percentages in points). */
export function rateDelta(language: Language, metric: Metric, delta: number | null): string {
  if (metric === 'nps') return formatDelta(language, 'score', delta);
  return formatDelta(language, metric === 'rating' ? 'rating' : 'percent', delta);
}

/** A signed count: "+12", "−3", "0". */
export const countDelta = (language: Language, value: number) => formatDelta(language, 'count', value);

/** The direction of a change as shown: `same` when it rounds to nothing at the precision it is written with. */
export type Direction = 'up' | 'down' | 'same';

/** A signed change as the Audit screen writes it: "+12", "−3" (a true minus sign, U+2212), "+0.78", "−6.6 pts". */
export interface SignedChange {
  direction: Direction;
  /** The figure with its sign; "" when there is no change. */
  figure: string;
}

function signed(text: string): SignedChange {
  if (!/[1-9]/.test(text)) return { direction: 'same', figure: '' };
  return { direction: text.startsWith(MINUS) ? 'down' : 'up', figure: text };
}

/** A change of a count (answers, balance, customers). */
export const countChange = (language: Language, value: number): SignedChange => signed(countDelta(language, value));

/** A change of a rate in the rate's unit; `null` when there is nothing to compare. */
export const rateChange = (language: Language, metric: Metric, delta: number | null): SignedChange | null =>
  delta === null || !Number.isFinite(delta) ? null : signed(rateDelta(language, metric, delta));

/** Balance per answer, the figure the weakest stage is chosen by: "+0.18", "−0.20", "0.00". */
export function balancePerAnswer(language: Language, balance: number, responses: number): string {
  if (responses <= 0) return '—';
  return formatDelta(language, 'rating', balance / responses);
}
