import { describe, expect, it } from 'vitest';
import { buildSummary, emptyCounters, type Counters } from '../../../worker/src/domain/summary.ts';

const counters = (overrides: Partial<Counters>): Counters => ({ ...emptyCounters(), ...overrides });

describe('buildSummary', () => {
  it('should add up touchpoints into the totals', () => {
    const summary = buildSummary({
      shopId: 's',
      from: '2026-11-01',
      to: '2026-11-30',
      byTouchpoint: {
        delivery: counters({ responses: 3, ratings: [1, 0, 0, 0, 2], promoters: 2, detractors: 1, positive: 2, negative: 1 }),
        checkout: counters({ responses: 1, ratings: [0, 0, 0, 1, 0], passives: 1, neutral: 1 }),
      },
      recentNegative: [],
    });
    expect(summary.responses).toBe(4);
    expect(summary.rating).toEqual({ average: 3.75, count: 4, distribution: { '1': 1, '2': 0, '3': 0, '4': 1, '5': 2 } });
    expect(summary.nps).toEqual({ score: 25, promoters: 2, passives: 1, detractors: 1, count: 4 });
    expect(summary.sentiment).toEqual({ positive: 2, neutral: 1, negative: 1, balance: 1 });
    expect(summary.byTouchpoint.return.responses).toBe(0);
  });
});
