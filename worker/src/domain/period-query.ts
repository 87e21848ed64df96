import { ApiError } from '../errors.ts';
import { addDays, daysInRange } from './dates.ts';

const DEFAULT_DAYS = 30;
const MAX_DAYS = 3660;
/**
 * Days the API reasons about. Beyond year 9999 `toISOString` writes `+010000-…`, which sorts before `9999-…`, so
 * day-by-day loops over a period ending near 9999-12-31 never ended (a hung request); answers never date from there.
 */
const FIRST_DAY = '1970-01-01';
const LAST_DAY = '2999-12-31';

/**
 * Resolves a period query as the API documents it: `to` defaults to today (so `from` alone means "since then"; a
 * `from` in the future alone is that one day), `from` to 29 days before `to`.
 */
export function resolvePeriod(
  query: { from?: string | undefined; to?: string | undefined },
  today: string,
): { from: string; to: string } {
  const to = query.to ?? (query.from && query.from > today ? query.from : today);
  const from = query.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  if (from < FIRST_DAY || to > LAST_DAY)
    throw new ApiError(400, 'invalid_period', `Days must lie between ${FIRST_DAY} and ${LAST_DAY}.`);
  if (from > to) throw new ApiError(400, 'invalid_period', '`from` must not be after `to`.');
  if (daysInRange(from, to) > MAX_DAYS) throw new ApiError(400, 'invalid_period', `A period may span at most ${MAX_DAYS} days.`);
  return { from, to };
}
