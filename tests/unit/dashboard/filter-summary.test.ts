// The overview's filters folded behind "Filters (n)" on a phone (dashboard/src/overview/filter-summary.ts): how many
// are active, and the one line that says what the figures are scoped to, in the dashboard's language. The browser
// side (the button, its state, the address) is specified in tests/e2e/dashboard-overview-narrow.test.ts.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../dashboard/src/api.ts';
import { MESSAGES } from '../../../dashboard/src/locales.ts';
import { activeFilterCount, defaultPeriod, filterSummary } from '../../../dashboard/src/overview/filter-summary.ts';
import { OVERVIEW_TEXTS } from '../../../dashboard/src/overview/texts.ts';

const TODAY = '2026-12-03';

describe('how many filters are active', () => {
  it('should count none for the default period, whether the address names it or not', () => {
    expect(defaultPeriod(TODAY)).toEqual({ from: '2026-11-04', to: '2026-12-03' });
    expect(activeFilterCount(NO_FILTERS, TODAY)).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, ...defaultPeriod(TODAY) }, TODAY)).toBe(0);
  });

  it('should count each filter that narrows the answers, and a chosen period once', () => {
    const narrowed = { ...NO_FILTERS, ...defaultPeriod(TODAY), touchpoint: 'delivery', locale: 'pl' };
    expect(activeFilterCount(narrowed, TODAY)).toBe(2);
    expect(activeFilterCount({ ...narrowed, from: '2026-11-01', to: '2026-11-30' }, TODAY)).toBe(3);
    expect(activeFilterCount({ ...narrowed, to: '2026-12-02' }, TODAY)).toBe(3);
    expect(
      activeFilterCount({ ...NO_FILTERS, kind: 'review', segment: 'vip', productId: 'mug', touchpoint: 'return' }, TODAY),
    ).toBe(4);
    // The default period of a day before is a chosen period today.
    expect(activeFilterCount({ ...NO_FILTERS, ...defaultPeriod('2026-12-02') }, TODAY)).toBe(1);
  });
});

describe('the line of active filters', () => {
  const period = { from: '2026-11-01', to: '2026-11-30' };
  it('should write the period in the dashboard language and name each active filter', () => {
    const filters = { ...NO_FILTERS, touchpoint: 'delivery', locale: 'pl', kind: 'review', segment: 'vip' };
    expect(filterSummary('cs', MESSAGES.cs, OVERVIEW_TEXTS.cs, filters, period)).toBe(
      '1. 11. 2026 – 30. 11. 2026 · Doručení · Recenze produktů · Jazyk odpovědí: Polski · Segment: vip',
    );
    expect(filterSummary('en', MESSAGES.en, OVERVIEW_TEXTS.en, { ...NO_FILTERS, productId: 'mug' }, period)).toBe(
      'Nov 1, 2026 – Nov 30, 2026 · Product id: mug',
    );
    expect(filterSummary('pl', MESSAGES.pl, OVERVIEW_TEXTS.pl, NO_FILTERS, period)).toBe('1 lis 2026 – 30 lis 2026');
  });

  it("should prefer the filters' own period to the one the figures were last shown for", () => {
    const filters = { ...NO_FILTERS, from: '2026-10-01', to: '2026-10-31' };
    expect(filterSummary('cs', MESSAGES.cs, OVERVIEW_TEXTS.cs, filters, period)).toBe('1. 10. 2026 – 31. 10. 2026');
    expect(filterSummary('en', MESSAGES.en, OVERVIEW_TEXTS.en, NO_FILTERS, null)).toBe('');
  });
});
