// The overview's address: the hash route's path and query (dashboard/src/shell/route.ts) and the filters read from
// and written to that query (dashboard/src/overview/url-state.ts). The browser side (reload, Back/Forward, a link
// sent to a colleague) is specified in tests/e2e/dashboard.test.ts.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../dashboard/src/api.ts';
import { overviewStateOf, searchOf } from '../../../dashboard/src/overview/url-state.ts';
import { customerHref, parseRoute, viewHref } from '../../../dashboard/src/shell/route.ts';

describe('the hash route', () => {
  it('should split the view, its parameter and the query, and keep the links it made before', () => {
    expect(parseRoute('#/?touchpoint=checkout&locale=pl')).toEqual({
      view: 'overview',
      param: '',
      search: 'touchpoint=checkout&locale=pl',
    });
    expect(parseRoute('#/overview?granularity=week')).toEqual({ view: 'overview', param: '', search: 'granularity=week' });
    expect(parseRoute(customerHref('jan?x@y'))).toEqual({ view: 'customers', param: 'jan?x@y', search: '' });
    expect(parseRoute(viewHref('audit'))).toEqual({ view: 'audit', param: '', search: '' });
    expect(parseRoute('#figures')).toBeNull();
  });
});

describe("the overview's filters in the address", () => {
  it('should write only what is set, in a fixed order, and read back the same state', () => {
    const state = {
      filters: { ...NO_FILTERS, locale: 'pl', touchpoint: 'delivery', from: '2026-11-01', to: '2026-11-30', segment: 'vip & co' },
      granularity: 'week' as const,
    };
    const search = searchOf(state);
    expect(search).toBe('from=2026-11-01&to=2026-11-30&touchpoint=delivery&locale=pl&segment=vip+%26+co&granularity=week');
    expect(overviewStateOf(search)).toEqual(state);
    expect(searchOf({ filters: NO_FILTERS, granularity: 'day' })).toBe('');
  });

  it('should drop what the form cannot show rather than send it', () => {
    expect(
      overviewStateOf('touchpoint=nowhere&locale=xx&kind=all&from=1.11.2026&granularity=fortnight&productId=mug&utm_source=mail'),
    ).toEqual({ filters: { ...NO_FILTERS, productId: 'mug' }, granularity: 'day' });
  });
});
