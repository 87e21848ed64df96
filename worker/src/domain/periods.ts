import type { Granularity } from '../../../shared/schemas.ts';
import { addDays, daysInRange } from './dates.ts';

/** First day of the period holding `day`: the day itself, its week's Monday, or the 1st of its month. */
export function periodStart(day: string, granularity: Granularity): string {
  if (granularity === 'day') return day;
  if (granularity === 'month') return `${day.slice(0, 7)}-01`;
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(day, -weekday);
}

/** Every period touching from…to, in order. */
export function periodsBetween(from: string, to: string, granularity: Granularity): string[] {
  const periods: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const period = periodStart(day, granularity);
    if (periods.at(-1) !== period) periods.push(period);
  }
  return periods;
}

/** The period of equal length just before from…to. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const length = daysInRange(from, to);
  return { from: addDays(from, -length), to: addDays(from, -1) };
}
