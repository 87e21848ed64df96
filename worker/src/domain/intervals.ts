// Honest figures: every rate with its count and a 95 % interval, and a direction only when intervals are apart.
import { MIN_COMPARABLE_ANSWERS, type Change, type Rate } from '../../../shared/audit.ts';

const Z = 1.96;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Wilson score interval of `successes` out of `count`, in percent (one decimal). */
export function wilson(successes: number, count: number): Rate {
  if (count <= 0) return { value: null, count: 0, low: null, high: null };
  const p = successes / count;
  const denominator = 1 + (Z * Z) / count;
  const centre = (p + (Z * Z) / (2 * count)) / denominator;
  const half = (Z * Math.sqrt((p * (1 - p)) / count + (Z * Z) / (4 * count * count))) / denominator;
  return {
    value: round(p * 100, 1),
    count,
    low: round(clamp(centre - half, 0, 1) * 100, 1),
    high: round(clamp(centre + half, 0, 1) * 100, 1),
  };
}

/** NPS with its margin of error from the promoter and detractor shares: ±1.96·√(p+ + p− − (p+ − p−)²)/√n. */
export function npsRate(promoters: number, passives: number, detractors: number): Rate {
  const count = promoters + passives + detractors;
  if (count === 0) return { value: null, count: 0, low: null, high: null };
  const plus = promoters / count;
  const minus = detractors / count;
  const score = (plus - minus) * 100;
  const margin = (Z * Math.sqrt(Math.max(0, plus + minus - (plus - minus) ** 2)) * 100) / Math.sqrt(count);
  return {
    value: round(score, 1),
    count,
    low: round(clamp(score - margin, -100, 100), 1),
    high: round(clamp(score + margin, -100, 100), 1),
  };
}

/** Mean stars from the 1…5 distribution, interval mean ± 1.96·s/√n (sample standard deviation; none for one answer). */
export function ratingRate(ratings: readonly number[]): Rate {
  const count = ratings.reduce((sum, n) => sum + n, 0);
  if (count === 0) return { value: null, count: 0, low: null, high: null };
  const mean = ratings.reduce((sum, n, i) => sum + n * (i + 1), 0) / count;
  if (count === 1) return { value: round(mean, 2), count, low: null, high: null };
  const variance = ratings.reduce((sum, n, i) => sum + n * (i + 1 - mean) ** 2, 0) / (count - 1);
  const margin = (Z * Math.sqrt(variance)) / Math.sqrt(count);
  return { value: round(mean, 2), count, low: round(clamp(mean - margin, 1, 5), 2), high: round(clamp(mean + margin, 1, 5), 2) };
}

/** Current against previous: a direction only with enough answers on both sides and intervals that do not overlap. */
export function compareRates(current: Rate, previous: Rate, minAnswers = MIN_COMPARABLE_ANSWERS): Change {
  const delta = current.value === null || previous.value === null ? null : round(current.value - previous.value, 2);
  if (current.count < minAnswers || previous.count < minAnswers || delta === null) return { previous, delta, verdict: 'too_few' };
  const apart =
    current.low !== null &&
    current.high !== null &&
    previous.low !== null &&
    previous.high !== null &&
    (current.low > previous.high || current.high < previous.low);
  return { previous, delta, verdict: apart ? (delta > 0 ? 'up' : 'down') : 'overlapping' };
}
