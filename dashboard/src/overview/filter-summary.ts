// The overview's filters in one line and counted, for the "Filters (n)" button that holds them on a phone: the
// figures' period in the dashboard's language, then every filter that narrows the answers. Pure functions.
import type { Filters } from '../api.ts';
import { formatDay } from '../format.ts';
import type { Language, Messages } from '../locales.ts';
import type { OverviewTexts } from './texts.ts';

/** Days the summary covers when no period is asked for (the API's default: the last 30 days up to today, UTC). */
const DEFAULT_DAYS = 30;

const dayBefore = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** The period the API shows when none is asked for, seen from `today` (a UTC day `YYYY-MM-DD`). */
export const defaultPeriod = (today: string) => ({ from: dayBefore(today, DEFAULT_DAYS - 1), to: today });

const NARROWING = ['touchpoint', 'locale', 'kind', 'segment', 'productId'] as const satisfies readonly (keyof Filters)[];

/**
 * How many filters are active: each one that narrows the answers, and the period when it is not the default one
 * (applying the form writes the default period into the address too, which chooses nothing).
 */
export function activeFilterCount(filters: Filters, today: string): number {
  const usual = defaultPeriod(today);
  const period = (filters.from !== '' && filters.from !== usual.from) || (filters.to !== '' && filters.to !== usual.to);
  return NARROWING.filter((name) => filters[name] !== '').length + (period ? 1 : 0);
}

/** "4. 11. 2026 – 3. 12. 2026 · Doručení · Jazyk odpovědí: Polski": the period shown, then each active filter. */
export function filterSummary(
  language: Language,
  t: Messages,
  o: OverviewTexts,
  filters: Filters,
  period: { from: string; to: string } | null,
): string {
  const from = filters.from || period?.from;
  const to = filters.to || period?.to;
  const parts: string[] = [];
  if (from && to) parts.push(`${formatDay(language, from)} – ${formatDay(language, to)}`);
  if (filters.touchpoint)
    parts.push(t.touchpointNames[filters.touchpoint as keyof Messages['touchpointNames']] ?? filters.touchpoint);
  if (filters.kind === 'experience' || filters.kind === 'review') parts.push(o.kinds[filters.kind]);
  if (filters.locale) parts.push(`${t.filters.locale}: ${t.languageNames[filters.locale as Language] ?? filters.locale}`);
  if (filters.segment) parts.push(`${t.filters.segment}: ${filters.segment}`);
  if (filters.productId) parts.push(`${t.filters.productId}: ${filters.productId}`);
  return parts.join(' · ');
}
