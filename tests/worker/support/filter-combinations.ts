// The dashboard overview's filter combinations (touchpoint, language, segment, product, kind) over a three-day window,
// and the WHERE clause that picks their answers from `responses`: for the specs that compare a rollup read with a
// recount of the answers themselves.
import type { AnswerFilters } from '../../../shared/schemas.ts';

export const FROM = '2026-05-01';
export const TO = '2026-05-03';

export const FILTERS = { touchpoint: 'delivery', locale: 'pl', segment: 'vip', productId: 'mug' } as const;
export type Filters = Omit<AnswerFilters, 'from' | 'to'>;

/** Every subset of FILTERS, each with no kind, 'experience' and 'review': 48 combinations. */
export function filterCombinations(): Filters[] {
  const keys = Object.keys(FILTERS) as (keyof typeof FILTERS)[];
  const out: Filters[] = [];
  for (let mask = 0; mask < 1 << keys.length; mask++)
    for (const kind of [undefined, 'experience', 'review'] as const) {
      const filters: Record<string, string> = {};
      keys.forEach((key, bit) => {
        if (mask & (1 << bit)) filters[key] = FILTERS[key];
      });
      if (kind) filters.kind = kind;
      out.push(filters);
    }
  return out;
}

/** `responses` rows of the shop from FROM to TO that match the filters: a WHERE clause and its values. */
export function matchingAnswers(shopId: string, filters: Filters): { where: string; values: string[] } {
  const clauses = ['shop_id = ?1', 'day BETWEEN ?2 AND ?3'];
  const values: string[] = [shopId, FROM, TO];
  const add = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    values.push(value);
    clauses.push(`${column} = ?${values.length}`);
  };
  add('touchpoint', filters.touchpoint);
  add('lang', filters.locale);
  add('segment', filters.segment);
  add('product_id', filters.productId);
  if (filters.kind) clauses.push(filters.kind === 'review' ? "kind = 'review'" : "kind IS NOT 'review'");
  return { where: clauses.join(' AND '), values };
}
