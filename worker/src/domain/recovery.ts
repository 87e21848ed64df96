import type { Recovery } from '../../../shared/recovery.ts';
import type { Granularity } from '../../../shared/schemas.ts';
import { periodsBetween, periodStart } from './periods.ts';

/** The complaints of one day (YYYY-MM-DD, the day they came in) and what became of them, counted. */
export interface RecoveryDay {
  day: string;
  complaints: number;
  replied: number;
  repliedWithin48h: number;
  followUps: number;
  recovered: number;
  detractorsWon: number;
}

/** A first reply later than this many hours after the complaint is overdue. */
export const REPLY_OVERDUE_HOURS = 48;

/**
 * The recovery figures of the summary, from the per-day counts of the period's complaints and the median of the hours
 * to first reply (both read from the complaint rollups, see db/recovery.ts: the median exact while the shop has at most
 * 2,000 replies in the period, else interpolated inside its hour bucket).
 */
export function recoveryFigures(
  days: RecoveryDay[],
  medianHours: number | null,
  from: string,
  to: string,
  granularity: Granularity,
): Recovery {
  const sum = (key: Exclude<keyof RecoveryDay, 'day'>) => days.reduce((total, day) => total + day[key], 0);
  const trend = new Map(
    periodsBetween(from, to, granularity).map((period) => [period, { period, complaints: 0, replied: 0, recovered: 0 }]),
  );
  for (const day of days) {
    const point = trend.get(periodStart(day.day, granularity));
    if (!point) continue;
    point.complaints += day.complaints;
    point.replied += day.replied;
    point.recovered += day.recovered;
  }
  const followUps = sum('followUps');
  const recovered = sum('recovered');
  return {
    complaints: sum('complaints'),
    replied: sum('replied'),
    medianHoursToFirstReply: medianHours,
    repliedWithin48h: sum('repliedWithin48h'),
    followUps,
    recovered,
    recoveryRate: followUps === 0 ? null : Math.round((recovered / followUps) * 1000) / 10,
    detractorsWon: sum('detractorsWon'),
    trend: [...trend.values()],
  };
}
