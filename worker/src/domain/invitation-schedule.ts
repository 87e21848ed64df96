import type { InvitationSettings, InvitationTouchpoint, OrderEventType } from '../../../shared/invitations.ts';

const DAY_MS = 86_400_000;

/** Which invitations an order event asks for: every order the same, whatever anyone expects the answer to be. */
export function touchpointsFor(event: OrderEventType, hasProducts: boolean): InvitationTouchpoint[] {
  if (event === 'delivered') return hasProducts ? ['delivery', 'reviews'] : ['delivery'];
  if (event === 'returned') return ['return'];
  return ['support'];
}

/** When an invitation about `touchpoint` goes out for an event at `at`. */
export function sendAtFor(touchpoint: InvitationTouchpoint, at: string, settings: InvitationSettings): string {
  return new Date(Date.parse(at) + settings.delays[touchpoint] * DAY_MS).toISOString();
}

/** Minutes since midnight of a moment in a time zone (UTC when the zone is unknown). */
function localMinutes(moment: Date, timeZone: string): number {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(
      moment,
    );
  } catch {
    return moment.getUTCHours() * 60 + moment.getUTCMinutes();
  }
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return value('hour') * 60 + value('minute');
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * null when `now` is outside the shop's quiet hours; otherwise the moment they end (when sending may resume).
 * Quiet hours may wrap midnight (21:00–08:00).
 */
export function quietUntil(now: Date, quiet: InvitationSettings['quietHours']): Date | null {
  if (!quiet) return null;
  const start = toMinutes(quiet.start);
  const end = toMinutes(quiet.end);
  if (start === end) return null;
  const local = localMinutes(now, quiet.timeZone);
  const inside = start < end ? local >= start && local < end : local >= start || local < end;
  if (!inside) return null;
  const wait = (end - local + 1440) % 1440;
  return new Date(now.getTime() + wait * 60_000 - (now.getTime() % 60_000));
}
