const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` (UTC) of a moment. */
export function dayOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** Number of calendar days from `from` to `to`, both inclusive. */
export function daysInRange(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/**
 * A moment for a reader, in their language and in UTC (a page has no time zone of the reader without JS):
 * "December 5, 2026 at 9:40 AM UTC", "5 grudnia 2026 09:40 UTC", "5. prosince 2026 v 9:40 UTC".
 */
export function momentInWords(locale: string, moment: Date): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(moment);
}
