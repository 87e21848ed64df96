// How figures are written, per language. Pure functions (no DOM): the end-to-end test uses them too, to
// compare the tiles with the API's own summary.
import type { Language } from './locales.ts';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Language, digits: number, sign: 'negative' | 'exceptZero', percent = false): Intl.NumberFormat {
  const key = `${language}|${digits}|${sign}|${percent}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      ...(percent ? { style: 'percent' as const } : {}),
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      // The sign is decided on the rounded figure: −0.04 written with one decimal is "0.0", never "−0.0".
      signDisplay: sign,
    });
    cache.set(key, format);
  }
  return format;
}

/** The minus sign every figure is written with: U+2212, not the hyphen-minus Intl gives ("−3", not "-3"). */
export const MINUS = '\u2212';

/** `Intl` writes a negative number with a hyphen-minus in en/pl/cs; typography wants a true minus sign. */
const withMinus = (text: string) => text.replace(/-(?=\d)/g, MINUS);

/**
 * The kinds of figure the dashboard shows, each with one precision, sign and unit on every screen:
 * `count` "1,234"; `net` a balance that may fall below zero, always signed ("+35", "−3", "0"); `rating` "3.52";
 * `percent` "60.9%" (cs "60,9 %": the space where the language puts one); `score` the NPS, a whole number
 * ("28", "−12"); `decimal` one decimal, no unit ("4.5" days); `hours` "11.5".
 */
export type FigureKind = 'count' | 'net' | 'rating' | 'percent' | 'score' | 'decimal' | 'hours';

const DIGITS: Record<FigureKind, number> = { count: 0, net: 0, rating: 2, percent: 1, score: 0, decimal: 1, hours: 1 };

/** A figure as shown in a tile or table cell; `null` → the no-data dash. */
export function formatFigure(language: Language, kind: FigureKind, value: number | null, noData = '—'): string {
  if (value === null || !Number.isFinite(value)) return noData;
  const sign = kind === 'net' ? 'exceptZero' : 'negative';
  if (kind === 'percent') return withMinus(numberFormat(language, DIGITS[kind], sign, true).format(value / 100));
  return withMinus(numberFormat(language, DIGITS[kind], sign).format(value));
}

/** Percentage points, the unit of a change of a percentage. */
const POINTS: Record<Language, string> = { en: 'pts', pl: 'p.p.', cs: 'p.b.' };

/** A change against the previous period, always signed ("+7", "−0.25" with U+2212, "0"; never "−0.0"). */
export function formatDelta(language: Language, kind: FigureKind, value: number | null, noData = '—'): string {
  if (value === null || !Number.isFinite(value)) return noData;
  const text = withMinus(numberFormat(language, DIGITS[kind], 'exceptZero').format(value));
  return kind === 'percent' ? `${text}\u00a0${POINTS[language]}` : text;
}

/** From two days on, a duration is written in days and hours; a shorter one in hours, as each screen writes it. */
export const DAYS_FROM_HOURS = 48;

/** The day unit after a number of at least 2, as it stands alone and after "after" (Polish "po 12 dniach"). */
const DAY_UNIT: Record<Language, Record<DurationForm, string>> = {
  en: { plain: 'd', after: 'd' },
  pl: { plain: 'dni', after: 'dniach' },
  cs: { plain: 'd', after: 'd' },
};
const HOUR_UNIT: Record<Language, string> = { en: 'h', pl: 'godz.', cs: 'h' };

/** `after`: the duration follows the word "after" ("First reply after …"), which Polish declines. */
export type DurationForm = 'plain' | 'after';

/**
 * A long duration in days and whole hours: "12 d 3 h", pl "12 dni 3 godz." ("po 12 dniach 3 godz."), cs
 * "12 d 3 h"; "2 d" when the hours round to none. `null` under two days: the caller writes hours as before.
 */
export function formatLongDuration(language: Language, hours: number, form: DurationForm = 'plain'): string | null {
  if (!Number.isFinite(hours) || hours < DAYS_FROM_HOURS) return null;
  const whole = Math.round(hours);
  const days = `${formatFigure(language, 'count', Math.floor(whole / 24))}\u00a0${DAY_UNIT[language][form]}`;
  const rest = whole % 24;
  return rest === 0 ? days : `${days} ${formatFigure(language, 'count', rest)}\u00a0${HOUR_UNIT[language]}`;
}

/** A calendar day `YYYY-MM-DD` (UTC) as the language writes it, e.g. "23 Nov 2026" / "23 lis 2026". */
export function formatDay(language: Language, day: string, withYear = true): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(date);
}

/** A moment (ISO date-time) in the viewer's own time zone. */
export function formatMoment(language: Language, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The period label of a trend point: a day, the Monday a week starts on, or a month. */
export function formatPeriod(language: Language, period: string, granularity: 'day' | 'week' | 'month'): string {
  if (granularity !== 'month') return formatDay(language, period, false);
  const date = new Date(`${period}T00:00:00Z`);
  return new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}
