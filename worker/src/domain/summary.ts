import {
  TOUCHPOINTS,
  type NegativeAnswer,
  type NpsSummary,
  type RatingSummary,
  type SentimentSummary,
  type Summary,
  type Touchpoint,
  type TouchpointSummary,
} from '../../../shared/schemas.ts';
import { npsScore } from './nps.ts';

/** Additive counters for a set of answers: what the database sums up, and what a rollup row stores. */
export interface Counters {
  responses: number;
  /** ratings[0] counts 1-star answers … ratings[4] 5-star answers */
  ratings: [number, number, number, number, number];
  promoters: number;
  passives: number;
  detractors: number;
  positive: number;
  neutral: number;
  negative: number;
}

export function emptyCounters(): Counters {
  return { responses: 0, ratings: [0, 0, 0, 0, 0], promoters: 0, passives: 0, detractors: 0, positive: 0, neutral: 0, negative: 0 };
}

export function addCounters(a: Counters, b: Counters): Counters {
  return {
    responses: a.responses + b.responses,
    ratings: a.ratings.map((n, i) => n + b.ratings[i]!) as Counters['ratings'],
    promoters: a.promoters + b.promoters,
    passives: a.passives + b.passives,
    detractors: a.detractors + b.detractors,
    positive: a.positive + b.positive,
    neutral: a.neutral + b.neutral,
    negative: a.negative + b.negative,
  };
}

export function ratingSummary(counters: Counters): RatingSummary {
  const [one, two, three, four, five] = counters.ratings;
  const count = one + two + three + four + five;
  const total = one + 2 * two + 3 * three + 4 * four + 5 * five;
  return {
    average: count === 0 ? null : Math.round((total / count) * 100) / 100,
    count,
    distribution: { '1': one, '2': two, '3': three, '4': four, '5': five },
  };
}

export function npsSummary({ promoters, passives, detractors }: Counters): NpsSummary {
  return { score: npsScore(promoters, passives, detractors), promoters, passives, detractors, count: promoters + passives + detractors };
}

/** balance = positive answers − negative answers (each answer's polarity, see domain/polarity.ts). */
export function sentimentSummary({ positive, neutral, negative }: Counters): SentimentSummary {
  return { positive, neutral, negative, balance: positive - negative };
}

function touchpointSummary(counters: Counters): TouchpointSummary {
  return {
    responses: counters.responses,
    rating: ratingSummary(counters),
    nps: npsSummary(counters),
    sentiment: sentimentSummary(counters),
  };
}

export function buildSummary(input: {
  shopId: string;
  from: string;
  to: string;
  byTouchpoint: Partial<Record<Touchpoint, Counters>>;
  recentNegative: NegativeAnswer[];
}): Summary {
  const perTouchpoint = TOUCHPOINTS.map((touchpoint) => [touchpoint, input.byTouchpoint[touchpoint] ?? emptyCounters()] as const);
  const total = perTouchpoint.reduce((sum, [, counters]) => addCounters(sum, counters), emptyCounters());
  return {
    shopId: input.shopId,
    from: input.from,
    to: input.to,
    responses: total.responses,
    rating: ratingSummary(total),
    nps: npsSummary(total),
    sentiment: sentimentSummary(total),
    byTouchpoint: Object.fromEntries(perTouchpoint.map(([touchpoint, counters]) => [touchpoint, touchpointSummary(counters)])) as Summary['byTouchpoint'],
    recentNegative: input.recentNegative,
  };
}
