import type { Cadence } from '../../../shared/audit.ts';
import { addDays } from './dates.ts';

/**
 * The last period closed before `today` (UTC): for weekly digests Monday…Sunday, for monthly ones the calendar
 * month. On a Monday the week that ended yesterday is closed; on the 1st, the month that ended yesterday.
 */
export function lastClosedPeriod(cadence: Cadence, today: string): { from: string; to: string } {
  if (cadence === 'monthly') {
    const to = addDays(`${today.slice(0, 7)}-01`, -1);
    return { from: `${to.slice(0, 7)}-01`, to };
  }
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  const to = addDays(today, -weekday - 1);
  return { from: addDays(to, -6), to };
}

/** The segment a period studies: the list in turn, one per digest sent. */
export function studySegment(segments: readonly string[] | undefined, digestsSent: number): string | null {
  if (!segments?.length) return null;
  return segments[digestsSent % segments.length] ?? null;
}
