import {
  TOUCHPOINTS,
  type Touchpoint,
  type CustomerBalances,
  type Granularity,
  type PreviousPeriod,
  type ThemeSummary,
  type TrendPoint,
  type NegativeAnswer,
  type NpsSummary,
  type RatingSummary,
  type SentimentSummary,
  type Summary,
  type TouchpointSummary,
} from '../../../shared/schemas.ts';
import type { Recovery } from '../../../shared/recovery.ts';
import type { AttentionStats, DailyCounters, ThemeCounts } from '../db/insights.ts';
import { npsScore } from './nps.ts';
import { periodsBetween, periodStart } from './periods.ts';
import { recoveryFigures } from './recovery.ts';

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
  /** Answers whose comment confidently says the opposite of their score (domain/mixed.ts). */
  mixed: number;
  /** Answers that opened an attention item. */
  attention: number;
}

export function emptyCounters(): Counters {
  return {
    responses: 0,
    ratings: [0, 0, 0, 0, 0],
    promoters: 0,
    passives: 0,
    detractors: 0,
    positive: 0,
    neutral: 0,
    negative: 0,
    mixed: 0,
    attention: 0,
  };
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
    mixed: a.mixed + b.mixed,
    attention: a.attention + b.attention,
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
  return {
    score: npsScore(promoters, passives, detractors),
    promoters,
    passives,
    detractors,
    count: promoters + passives + detractors,
  };
}

/** balance = positive answers − negative answers (each answer's polarity, see domain/polarity.ts). */
export function sentimentSummary({ positive, neutral, negative, mixed }: Counters): SentimentSummary {
  return { positive, neutral, negative, balance: positive - negative, mixed };
}

function touchpointSummary(counters: Counters): TouchpointSummary {
  return {
    responses: counters.responses,
    rating: ratingSummary(counters),
    nps: npsSummary(counters),
    sentiment: sentimentSummary(counters),
  };
}

/** Share of ratings that are 4 or 5, in percent (one decimal); null without ratings. */
export function csat(counters: Counters): number | null {
  const count = counters.ratings.reduce((sum, n) => sum + n, 0);
  return count === 0 ? null : Math.round(((counters.ratings[3] + counters.ratings[4]) / count) * 1000) / 10;
}

function headline(counters: Counters) {
  return {
    responses: counters.responses,
    ratingAverage: ratingSummary(counters).average,
    csat: csat(counters),
    nps: npsSummary(counters).score,
    balance: counters.positive - counters.negative,
  };
}

const difference = (current: number | null, previous: number | null) =>
  current === null || previous === null ? null : Math.round((current - previous) * 100) / 100;

export function comparePeriods(current: Counters, previous: Counters, period: { from: string; to: string }): PreviousPeriod {
  const now = headline(current);
  const before = headline(previous);
  return {
    ...period,
    ...before,
    deltas: {
      responses: now.responses - before.responses,
      ratingAverage: difference(now.ratingAverage, before.ratingAverage),
      csat: difference(now.csat, before.csat),
      nps: difference(now.nps, before.nps),
      balance: now.balance - before.balance,
    },
  };
}

export function trendSeries(
  days: { day: string; counters: Counters }[],
  from: string,
  to: string,
  granularity: Granularity,
): TrendPoint[] {
  const byPeriod = new Map(periodsBetween(from, to, granularity).map((period) => [period, emptyCounters()]));
  for (const { day, counters } of days) {
    const period = periodStart(day, granularity);
    byPeriod.set(period, addCounters(byPeriod.get(period) ?? emptyCounters(), counters));
  }
  return [...byPeriod].map(([period, counters]) => {
    const { responses, ratingAverage, csat: periodCsat, nps, balance } = headline(counters);
    return { period, responses, ratingAverage, csat: periodCsat, nps, balance };
  });
}

const netShare = (theme: ThemeCounts) => (theme.positive - theme.negative) / theme.mentions;

/** Themes by mentions; `delta` is how far (positive − negative) / mentions moved since the previous period. */
export function themeSummaries(current: ThemeCounts[], previous: ThemeCounts[]): ThemeSummary[] {
  const before = new Map(previous.filter((theme) => theme.mentions > 0).map((theme) => [theme.theme, theme]));
  return current
    .filter((theme) => theme.mentions > 0)
    .sort((a, b) => b.mentions - a.mentions || a.theme.localeCompare(b.theme))
    .map((theme) => {
      const earlier = before.get(theme.theme);
      return {
        theme: theme.theme,
        mentions: theme.mentions,
        positive: theme.positive,
        negative: theme.negative,
        delta: earlier ? Math.round((netShare(theme) - netShare(earlier)) * 100) / 100 : null,
      };
    });
}

/** The median of exact values (the mean of the middle two for an even count), in hours to 3 decimals (~4 s). */
export function exactMedian(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(Math.max(0, median) * 1000) / 1000;
}

/** Lower bounds (hours) of the resolution-time buckets, as migrations/0006 counts them. */
export const RESOLUTION_BUCKETS = [0, 1, 2, 4, 8, 12, 24, 36, 48, 72, 96, 168, 336, 720] as const;

/**
 * The median of a histogram of resolution times, interpolated linearly inside the bucket that holds it
 * (exact to within that bucket's width). The open-ended last bucket gives its lower bound.
 */
export function medianOfHistogram(histogram: { bucket: number; resolved: number }[]): number | null {
  const counts = new Map(histogram.map(({ bucket, resolved }) => [bucket, resolved]));
  const total = histogram.reduce((sum, { resolved }) => sum + resolved, 0);
  if (total <= 0) return null;
  const half = total / 2;
  let before = 0;
  for (const [index, lower] of RESOLUTION_BUCKETS.entries()) {
    const inBucket = counts.get(lower) ?? 0;
    if (inBucket > 0 && before + inBucket >= half) {
      const upper = RESOLUTION_BUCKETS[index + 1];
      const value = upper === undefined ? lower : lower + ((half - before) / inBucket) * (upper - lower);
      return Math.round(value * 10) / 10;
    }
    before += inBucket;
  }
  return null;
}

export interface SummaryInput {
  shopId: string;
  from: string;
  to: string;
  granularity: Granularity;
  /**
   * The period's counters: rows per day and touchpoint, or (db/period-counters.ts) rows per day for the trend with
   * `touchpoints` holding the same answers per touchpoint.
   */
  days: DailyCounters[] | { day: string; counters: Counters }[];
  touchpoints?: { touchpoint: Touchpoint; counters: Counters }[];
  previous: { from: string; to: string; days: { counters: Counters }[] };
  themes: ThemeCounts[];
  previousThemes: ThemeCounts[];
  recentNegative: NegativeAnswer[];
  attention: AttentionStats;
  customers: CustomerBalances;
  /** Default: no complaints. */
  recovery?: Recovery;
  /** Every answer and the reviews alone, for the same period and filters without `kind` (experience = all − review). */
  kinds: { all: { counters: Counters }[]; review: { counters: Counters }[] };
}

function kindSummary(counters: Counters) {
  return {
    responses: counters.responses,
    rating: ratingSummary(counters),
    nps: npsSummary(counters),
    csat: csat(counters),
    sentiment: sentimentSummary(counters),
  };
}

const sumOf = (days: { counters: Counters }[]) => days.reduce((sum, { counters }) => addCounters(sum, counters), emptyCounters());

export function byKind(kinds: SummaryInput['kinds']): Summary['byKind'] {
  const all = sumOf(kinds.all);
  const review = sumOf(kinds.review);
  const experience = addCounters(all, {
    responses: -review.responses,
    ratings: review.ratings.map((n) => -n) as Counters['ratings'],
    promoters: -review.promoters,
    passives: -review.passives,
    detractors: -review.detractors,
    positive: -review.positive,
    neutral: -review.neutral,
    negative: -review.negative,
    mixed: -review.mixed,
    attention: -review.attention,
  });
  return { experience: kindSummary(experience), review: kindSummary(review) };
}

/** Everything but the invitation figures (`byChannel`, `responseRate`) and `moderation`, which the service adds. */
export function buildSummary(input: SummaryInput): Omit<Summary, 'byChannel' | 'responseRate' | 'moderation'> {
  const byTouchpoint = new Map(TOUCHPOINTS.map((touchpoint) => [touchpoint, emptyCounters()]));
  for (const { touchpoint, counters } of input.touchpoints ?? (input.days as DailyCounters[]))
    byTouchpoint.set(touchpoint, addCounters(byTouchpoint.get(touchpoint)!, counters));
  const total = [...byTouchpoint.values()].reduce(addCounters, emptyCounters());
  const previousTotal = input.previous.days.reduce((sum, { counters }) => addCounters(sum, counters), emptyCounters());
  return {
    shopId: input.shopId,
    from: input.from,
    to: input.to,
    responses: total.responses,
    rating: ratingSummary(total),
    nps: npsSummary(total),
    sentiment: sentimentSummary(total),
    byTouchpoint: Object.fromEntries(
      [...byTouchpoint].map(([touchpoint, counters]) => [touchpoint, touchpointSummary(counters)]),
    ) as Summary['byTouchpoint'],
    recentNegative: input.recentNegative,
    csat: csat(total),
    granularity: input.granularity,
    trend: trendSeries(input.days, input.from, input.to, input.granularity),
    previous: comparePeriods(total, previousTotal, { from: input.previous.from, to: input.previous.to }),
    themes: themeSummaries(input.themes, input.previousThemes),
    attention: {
      open: input.attention.open,
      openTotal: input.attention.openTotal,
      opened: total.attention,
      resolved: input.attention.resolutions.reduce((sum, { resolved }) => sum + resolved, 0),
      medianHoursToResolve: input.attention.exactHours
        ? exactMedian(input.attention.exactHours)
        : medianOfHistogram(input.attention.resolutions),
    },
    customers: input.customers,
    recovery: input.recovery ?? recoveryFigures([], null, input.from, input.to, input.granularity),
    byKind: byKind(input.kinds),
  };
}
