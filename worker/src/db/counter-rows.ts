// The one shape every rollup read shares (summary, audit): the counter columns summed, and a row of them as Counters.
import type { Counters } from '../domain/summary.ts';

/** SUM of every counter column of daily_stats and its kin (daily_touchpoint_stats, daily_review_stats). */
export const COUNTER_SUMS = `SUM(responses) AS responses, SUM(r1) AS r1, SUM(r2) AS r2, SUM(r3) AS r3, SUM(r4) AS r4, SUM(r5) AS r5,
  SUM(promoters) AS promoters, SUM(passives) AS passives, SUM(detractors) AS detractors, SUM(positive) AS positive,
  SUM(neutral) AS neutral, SUM(negative) AS negative, SUM(mixed) AS mixed, SUM(attention) AS attention`;

export type CounterRow = Record<
  | 'responses'
  | 'r1'
  | 'r2'
  | 'r3'
  | 'r4'
  | 'r5'
  | 'promoters'
  | 'passives'
  | 'detractors'
  | 'positive'
  | 'neutral'
  | 'negative'
  | 'mixed'
  | 'attention',
  number
>;

export function toCounters(row: CounterRow): Counters {
  return {
    responses: row.responses,
    ratings: [row.r1, row.r2, row.r3, row.r4, row.r5],
    promoters: row.promoters,
    passives: row.passives,
    detractors: row.detractors,
    positive: row.positive,
    neutral: row.neutral,
    negative: row.negative,
    mixed: row.mixed,
    attention: row.attention,
  };
}
