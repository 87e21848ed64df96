// The audit built from counters: stages of the journey, the weakest spot, the relationship and segments.
import {
  MIN_COMPARABLE_ANSWERS,
  STAGES,
  STAGE_TOUCHPOINTS,
  type Audit,
  type Figures,
  type Relationship,
} from '../../../shared/audit.ts';
import { TOUCHPOINTS, type Touchpoint } from '../../../shared/schemas.ts';
import type { RelationshipCounts } from '../db/relationship.ts';
import { RELATIONSHIP_BUCKETS } from '../db/relationship.ts';
import { addDays } from './dates.ts';
import { compareRates, npsRate, ratingRate, wilson } from './intervals.ts';
import { previousPeriod } from './periods.ts';
import { addCounters, emptyCounters, type Counters } from './summary.ts';

/** The period compared with: the one just before, or the same days a year earlier (29 February → 28 February). */
export function comparedPeriod(from: string, to: string, compare: 'previous' | 'year'): { from: string; to: string } {
  if (compare === 'previous') return previousPeriod(from, to);
  const yearBefore = (day: string) => {
    const shifted = `${String(Number(day.slice(0, 4)) - 1).padStart(4, '0')}${day.slice(4)}`;
    return shifted.endsWith('-02-29') ? addDays(shifted.replace(/-29$/, '-28'), 0) : shifted;
  };
  return { from: yearBefore(from), to: yearBefore(to) };
}

const csatOf = (c: Counters) =>
  wilson(
    c.ratings[3] + c.ratings[4],
    c.ratings.reduce((sum, n) => sum + n, 0),
  );

export function figures(current: Counters, previous: Counters): Figures {
  const rating = ratingRate(current.ratings);
  const nps = npsRate(current.promoters, current.passives, current.detractors);
  const csat = csatOf(current);
  const balance = current.positive - current.negative;
  return {
    responses: current.responses,
    rating,
    nps,
    csat,
    balance,
    changes: {
      responses: current.responses - previous.responses,
      rating: compareRates(rating, ratingRate(previous.ratings)),
      nps: compareRates(nps, npsRate(previous.promoters, previous.passives, previous.detractors)),
      csat: compareRates(csat, csatOf(previous)),
      balance: balance - (previous.positive - previous.negative),
    },
  };
}

const sumOf = (byTouchpoint: Map<Touchpoint, Counters>, touchpoints: readonly Touchpoint[]) =>
  touchpoints.reduce((sum, touchpoint) => addCounters(sum, byTouchpoint.get(touchpoint) ?? emptyCounters()), emptyCounters());

/**
 * Balance per answer (positive minus negative answers, over all answers) with its 95 % interval: the same share
 * difference as NPS, so the same margin of error, in −100…100.
 */
export const balanceRate = (c: Counters) => npsRate(c.positive, c.responses - c.positive - c.negative, c.negative);

/**
 * Balance per answer: the lower, the weaker. Only spots with enough answers compete, unless none has enough. The
 * weakest stands out only by the rule every change on the screen follows (compareRates): below each other
 * competitor with enough answers on both sides and the 95 % intervals apart; otherwise it is level within the noise.
 */
function weakest<T extends string>(candidates: { key: T; counters: Counters }[]): { key: T | null; standsOut: boolean } {
  const answered = candidates.filter(({ counters }) => counters.responses > 0);
  const enough = answered.filter(({ counters }) => counters.responses >= MIN_COMPARABLE_ANSWERS);
  const pool = enough.length ? enough : answered;
  const score = (c: Counters) => (c.positive - c.negative) / c.responses;
  pool.sort((a, b) => score(a.counters) - score(b.counters) || b.counters.responses - a.counters.responses);
  const [first, ...others] = pool;
  if (!first) return { key: null, standsOut: false };
  const rate = balanceRate(first.counters);
  const standsOut =
    others.length > 0 && others.every(({ counters }) => compareRates(rate, balanceRate(counters)).verdict === 'down');
  return { key: first.key, standsOut };
}

export function weakestSpots(byTouchpoint: Map<Touchpoint, Counters>): Omit<Audit['gaps'], 'themes'> {
  const stage = weakest(STAGES.map((key) => ({ key, counters: sumOf(byTouchpoint, STAGE_TOUCHPOINTS[key]) })));
  const touchpoint = weakest(TOUCHPOINTS.map((key) => ({ key, counters: byTouchpoint.get(key) ?? emptyCounters() })));
  return {
    stage: stage.key,
    stageStandsOut: stage.standsOut,
    touchpoint: touchpoint.key,
    touchpointStandsOut: touchpoint.standsOut,
  };
}

/** Median of a histogram with buckets starting at `bounds`, interpolated inside its bucket (the last: its lower bound). */
export function histogramMedian(counts: readonly number[], bounds: readonly number[]): number | null {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total <= 0) return null;
  const half = total / 2;
  let before = 0;
  for (const [index, lower] of bounds.entries()) {
    const inBucket = counts[index] ?? 0;
    if (inBucket > 0 && before + inBucket >= half) {
      const upper = bounds[index + 1];
      return Math.round((upper === undefined ? lower : lower + ((half - before) / inBucket) * (upper - lower)) * 10) / 10;
    }
    before += inBucket;
  }
  return null;
}

export function relationship(current: RelationshipCounts, previous: RelationshipCounts, promoters: number): Relationship {
  const returning = current.seen - current.new;
  const share = wilson(returning, current.seen);
  return {
    customersSeen: current.seen,
    newCustomers: current.new,
    returningCustomers: returning,
    returningShare: share,
    meanDays: current.seen ? Math.round((current.days / current.seen) * 10) / 10 : null,
    medianDays: histogramMedian(current.histogram, RELATIONSHIP_BUCKETS),
    recommendations: { promoters, reviews: current.reviews },
    changes: {
      customersSeen: current.seen - previous.seen,
      returningShare: compareRates(share, wilson(previous.seen - previous.new, previous.seen)),
    },
  };
}

export interface AuditInput {
  shopId: string;
  from: string;
  to: string;
  segment: string | null;
  compare: 'previous' | 'year';
  compared: { from: string; to: string };
  byTouchpoint: Map<Touchpoint, Counters>;
  previousByTouchpoint: Map<Touchpoint, Counters>;
  relationship: RelationshipCounts;
  previousRelationship: RelationshipCounts;
  segments: Map<string, Counters>;
  previousSegments: Map<string, Counters>;
  gaps: Audit['gaps'];
}

export function buildAudit(input: AuditInput): Audit {
  const { byTouchpoint: now, previousByTouchpoint: before } = input;
  const overall = sumOf(now, TOUCHPOINTS);
  return {
    shopId: input.shopId,
    from: input.from,
    to: input.to,
    segment: input.segment,
    compare: input.compare,
    compared: input.compared,
    minAnswers: MIN_COMPARABLE_ANSWERS,
    overall: figures(overall, sumOf(before, TOUCHPOINTS)),
    stages: STAGES.map((stage) => ({
      stage,
      ...figures(sumOf(now, STAGE_TOUCHPOINTS[stage]), sumOf(before, STAGE_TOUCHPOINTS[stage])),
      touchpoints: STAGE_TOUCHPOINTS[stage].map((touchpoint) => ({
        touchpoint,
        ...figures(now.get(touchpoint) ?? emptyCounters(), before.get(touchpoint) ?? emptyCounters()),
      })),
    })),
    gaps: input.gaps,
    relationship: relationship(input.relationship, input.previousRelationship, overall.promoters),
    segments: [...input.segments]
      .filter(([, counters]) => counters.responses >= MIN_COMPARABLE_ANSWERS)
      .sort(([a, x], [b, y]) => y.responses - x.responses || a.localeCompare(b))
      .map(([segment, counters]) => ({ segment, ...figures(counters, input.previousSegments.get(segment) ?? emptyCounters()) })),
  };
}
