// The overview's filters and granularity in the hash route's query (`#/?touchpoint=checkout&locale=pl`), so that a
// reload, Back/Forward and a link sent to a colleague show the same figures. Parameter names are the summary API's.
// A value the form cannot show (an unknown touchpoint, a malformed day) is dropped rather than sent.
import type { Granularity } from '../../../shared/schemas.ts';
import { NO_FILTERS, type Filters } from '../api.ts';
import { ANSWER_LANGUAGES, TOUCHPOINT_ORDER } from '../constants.ts';

export interface OverviewState {
  filters: Filters;
  granularity: Granularity;
}

/** In the order they are written: period first, then the form's order. */
const FILTER_NAMES = [
  'from',
  'to',
  'touchpoint',
  'locale',
  'kind',
  'segment',
  'productId',
] as const satisfies readonly (keyof Filters)[];
const GRANULARITIES = ['day', 'week', 'month'] as const satisfies readonly Granularity[];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const ACCEPTS: Record<keyof Filters, (value: string) => boolean> = {
  from: (value) => DAY.test(value),
  to: (value) => DAY.test(value),
  touchpoint: (value) => (TOUCHPOINT_ORDER as readonly string[]).includes(value),
  locale: (value) => (ANSWER_LANGUAGES as readonly string[]).includes(value),
  kind: (value) => value === 'experience' || value === 'review',
  segment: (value) => value.length <= 128,
  productId: (value) => value.length <= 200,
};

export function overviewStateOf(search: string): OverviewState {
  const params = new URLSearchParams(search);
  const filters: Filters = { ...NO_FILTERS };
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim() ?? '';
    if (value && ACCEPTS[name](value)) filters[name] = value;
  }
  const granularity = params.get('granularity');
  return {
    filters,
    granularity: (GRANULARITIES as readonly string[]).includes(granularity ?? '') ? (granularity as Granularity) : 'day',
  };
}

/** The query for a state, without "?": only what is set, the default granularity left out. */
export function searchOf({ filters, granularity }: OverviewState): string {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) if (filters[name]) params.set(name, filters[name]);
  if (granularity !== 'day') params.set('granularity', granularity);
  return params.toString();
}
