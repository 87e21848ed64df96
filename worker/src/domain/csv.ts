import type { ExportedAnswer } from '../../../shared/owner-api.ts';

/** UTF-8 byte order mark: spreadsheets then read Polish and Czech letters right. */
export const BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'id',
  'createdAt',
  'kind',
  'touchpoint',
  'rating',
  'nps',
  'comment',
  'locale',
  'orderId',
  'productId',
  'customerRef',
  'segment',
  'sentiment',
  'sentimentScore',
  'language',
  'themes',
  'polarity',
  'channel',
  'followUpOf',
  'solved',
  // product reviews only (empty for other answers); added after the original columns, which keep their places
  'title',
  'author',
  'verified',
  'moderationStatus',
] as const;

/**
 * One RFC 4180 field. Text a shopper or shop wrote that a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) gets a leading apostrophe.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvRow(values: (string | number | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function csvAnswerRow(answer: ExportedAnswer): string {
  return csvRow([
    answer.id,
    answer.createdAt,
    answer.kind,
    answer.touchpoint,
    answer.rating,
    answer.nps,
    answer.comment,
    answer.locale,
    answer.orderId,
    answer.productId,
    answer.customerRef,
    answer.segment,
    answer.sentiment?.label ?? null,
    answer.sentiment?.score ?? null,
    answer.sentiment?.lang ?? null,
    answer.themes.map((theme) => `${theme.theme}:${theme.label}`).join(' ') || null,
    answer.polarity,
    answer.channel,
    answer.followUpOf,
    answer.solved,
    answer.review?.title ?? null,
    answer.review?.authorName ?? null,
    answer.review ? String(answer.review.verified) : null,
    answer.review?.status ?? null,
  ]);
}
