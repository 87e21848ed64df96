// Lists the dashboard iterates over. shared/schemas.ts holds the same lists next to zod; importing its
// values would bundle zod, so they are repeated here and checked against its types at compile time.
import type { Touchpoint } from '../../shared/schemas.ts';
import type { Language } from './locales.ts';

export const TOUCHPOINT_ORDER = [
  'browse',
  'checkout',
  'post_purchase',
  'delivery',
  'support',
  'return',
] as const satisfies readonly Touchpoint[];

// Fails to compile when shared/schemas.ts gains a touchpoint this list lacks.
const _everyTouchpoint: Record<Touchpoint, true> = Object.fromEntries(TOUCHPOINT_ORDER.map((tp) => [tp, true])) as Record<
  (typeof TOUCHPOINT_ORDER)[number],
  true
>;
void _everyTouchpoint;

/** Languages offered by the answer-language filter (the widget speaks these). */
export const ANSWER_LANGUAGES = ['en', 'pl', 'cs'] as const satisfies readonly Language[];
