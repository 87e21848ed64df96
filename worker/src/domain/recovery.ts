import type { Resolution } from '../../../shared/close-loop.ts';
import type { Recovery } from '../../../shared/recovery.ts';
import type { Granularity } from '../../../shared/schemas.ts';
import { periodsBetween, periodStart } from './periods.ts';

/** One complaint and what became of it. */
export interface ComplaintOutcome {
  id: string;
  createdAt: string;
  firstReplyAt: string | null;
  resolution: Resolution | null;
  followedUp: boolean;
  detractorWon: boolean;
}

const HOUR_MS = 3_600_000;
export const REPLY_DUE_HOURS = 24;
export const REPLY_OVERDUE_HOURS = 48;

export function hoursBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / HOUR_MS;
}

/** The exact median, one decimal; null for no values. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

/** The recovery figures of the summary, from the complaints of the period. */
export function recoveryFigures(outcomes: ComplaintOutcome[], from: string, to: string, granularity: Granularity): Recovery {
  const replyHours = outcomes.flatMap((outcome) =>
    outcome.firstReplyAt ? [hoursBetween(outcome.createdAt, outcome.firstReplyAt)] : [],
  );
  const followUps = outcomes.filter((outcome) => outcome.followedUp).length;
  const recovered = outcomes.filter((outcome) => outcome.resolution === 'recovered').length;
  const trend = new Map(
    periodsBetween(from, to, granularity).map((period) => [period, { period, complaints: 0, replied: 0, recovered: 0 }]),
  );
  for (const outcome of outcomes) {
    const point = trend.get(periodStart(outcome.createdAt.slice(0, 10), granularity));
    if (!point) continue;
    point.complaints += 1;
    if (outcome.firstReplyAt) point.replied += 1;
    if (outcome.resolution === 'recovered') point.recovered += 1;
  }
  return {
    complaints: outcomes.length,
    replied: replyHours.length,
    medianHoursToFirstReply: median(replyHours),
    repliedWithin48h: replyHours.filter((hours) => hours <= REPLY_OVERDUE_HOURS).length,
    followUps,
    recovered,
    recoveryRate: followUps === 0 ? null : Math.round((recovered / followUps) * 1000) / 10,
    detractorsWon: outcomes.filter((outcome) => outcome.detractorWon).length,
    trend: [...trend.values()],
  };
}
