import { describe, expect, it } from 'vitest';
import type { DailyCounters } from '../../../worker/src/db/insights.ts';
import {
  buildSummary,
  byKind,
  emptyCounters,
  exactMedian,
  medianOfHistogram,
  themeSummaries,
  trendSeries,
  type Counters,
} from '../../../worker/src/domain/summary.ts';

const counters = (overrides: Partial<Counters>): Counters => ({ ...emptyCounters(), ...overrides });
const day = (date: string, touchpoint: DailyCounters['touchpoint'], overrides: Partial<Counters>): DailyCounters => ({
  day: date,
  touchpoint,
  counters: counters(overrides),
});

const noExtras = {
  granularity: 'day' as const,
  previous: { from: '2026-10-02', to: '2026-10-31', days: [] },
  themes: [],
  previousThemes: [],
  recentNegative: [],
  attention: { open: 0, openTotal: 0, resolutions: [], exactHours: null },
  customers: { inCredit: 0, inDebit: 0, even: 0 },
  kinds: { all: [], review: [] },
};

describe('buildSummary', () => {
  it('should add up days and touchpoints into the totals', () => {
    const summary = buildSummary({
      ...noExtras,
      shopId: 's',
      from: '2026-11-01',
      to: '2026-11-30',
      days: [
        day('2026-11-01', 'delivery', {
          responses: 3,
          ratings: [1, 0, 0, 0, 2],
          promoters: 2,
          detractors: 1,
          positive: 2,
          negative: 1,
          mixed: 1,
        }),
        day('2026-11-02', 'checkout', { responses: 1, ratings: [0, 0, 0, 1, 0], passives: 1, neutral: 1 }),
      ],
    });
    expect(summary.responses).toBe(4);
    expect(summary.rating).toEqual({ average: 3.75, count: 4, distribution: { '1': 1, '2': 0, '3': 0, '4': 1, '5': 2 } });
    expect(summary.nps).toEqual({ score: 25, promoters: 2, passives: 1, detractors: 1, count: 4 });
    expect(summary.sentiment).toEqual({ positive: 2, neutral: 1, negative: 1, balance: 1, mixed: 1 });
    expect(summary.csat).toBe(75);
    expect(summary.byTouchpoint.return.responses).toBe(0);
  });

  it('should compare with the previous period of equal length', () => {
    const summary = buildSummary({
      ...noExtras,
      shopId: 's',
      from: '2026-11-01',
      to: '2026-11-30',
      days: [day('2026-11-03', 'browse', { responses: 2, ratings: [0, 0, 0, 0, 2], promoters: 2, positive: 2 })],
      previous: {
        from: '2026-10-02',
        to: '2026-10-31',
        days: [day('2026-10-05', 'browse', { responses: 1, ratings: [1, 0, 0, 0, 0], detractors: 1, negative: 1 })],
      },
    });
    expect(summary.previous).toEqual({
      from: '2026-10-02',
      to: '2026-10-31',
      responses: 1,
      ratingAverage: 1,
      csat: 0,
      nps: -100,
      balance: -1,
      deltas: { responses: 1, ratingAverage: 4, csat: 100, nps: 200, balance: 3 },
    });
  });
});

describe('trendSeries', () => {
  const days = [
    day('2026-11-02', 'browse', { responses: 1, ratings: [0, 0, 0, 0, 1], positive: 1 }), // a Monday
    day('2026-11-08', 'browse', { responses: 1, ratings: [0, 1, 0, 0, 0], negative: 1 }), // the Sunday after
    day('2026-11-09', 'browse', { responses: 2, ratings: [0, 0, 0, 2, 0], positive: 2 }),
  ];

  it('should have a point for every day, with zeros where nobody answered', () => {
    const series = trendSeries(days, '2026-11-01', '2026-11-09', 'day');
    expect(series).toHaveLength(9);
    expect(series[0]).toEqual({ period: '2026-11-01', responses: 0, ratingAverage: null, csat: null, nps: null, balance: 0 });
  });

  it('should group weeks from Monday', () => {
    expect(trendSeries(days, '2026-11-01', '2026-11-09', 'week')).toEqual([
      { period: '2026-10-26', responses: 0, ratingAverage: null, csat: null, nps: null, balance: 0 },
      { period: '2026-11-02', responses: 2, ratingAverage: 3.5, csat: 50, nps: null, balance: 0 },
      { period: '2026-11-09', responses: 2, ratingAverage: 4, csat: 100, nps: null, balance: 2 },
    ]);
  });

  it('should group months', () => {
    expect(trendSeries(days, '2026-10-30', '2026-11-09', 'month').map((point) => [point.period, point.responses])).toEqual([
      ['2026-10-01', 0],
      ['2026-11-01', 4],
    ]);
  });
});

describe('themeSummaries', () => {
  it('should show a theme that went from praised to complained about', () => {
    const [delivery] = themeSummaries(
      [{ theme: 'delivery', mentions: 10, positive: 2, negative: 8 }],
      [{ theme: 'delivery', mentions: 10, positive: 9, negative: 1 }],
    );
    expect(delivery).toEqual({ theme: 'delivery', mentions: 10, positive: 2, negative: 8, delta: -1.4 });
  });

  it('should order by mentions and have no delta for a new theme', () => {
    const themes = themeSummaries(
      [
        { theme: 'price', mentions: 1, positive: 0, negative: 1 },
        { theme: 'quality', mentions: 5, positive: 5, negative: 0 },
      ],
      [],
    );
    expect(themes.map((theme) => [theme.theme, theme.delta])).toEqual([
      ['quality', null],
      ['price', null],
    ]);
  });
});

describe('medianOfHistogram', () => {
  it('should have no median without resolutions', () => {
    expect(medianOfHistogram([])).toBeNull();
  });

  it('should interpolate inside the bucket that holds the middle', () => {
    // 4 resolutions: one in [0,1) h, three in [24,36) h → the 2nd of 4 is a third into [24,36)
    expect(
      medianOfHistogram([
        { bucket: 0, resolved: 1 },
        { bucket: 24, resolved: 3 },
      ]),
    ).toBe(28);
    expect(medianOfHistogram([{ bucket: 12, resolved: 2 }])).toBe(18);
  });

  it('should give the lower bound of the open-ended last bucket', () => {
    expect(medianOfHistogram([{ bucket: 720, resolved: 5 }])).toBe(720);
  });
});

describe('exactMedian', () => {
  it('should give minutes, not an hour bucket, for items resolved in 2 to 5 minutes', () => {
    expect(exactMedian([2 / 60, 3 / 60, 5 / 60])).toBe(0.05);
    expect(exactMedian([2 / 60, 4 / 60])).toBe(0.05);
    expect(exactMedian([])).toBeNull();
  });
});

describe('byKind', () => {
  it('should give experience answers as every answer minus the reviews', () => {
    const all = [day('2026-11-01', 'post_purchase', { responses: 3, ratings: [0, 1, 0, 0, 2], positive: 2, negative: 1 })];
    const review = [day('2026-11-01', 'post_purchase', { responses: 1, ratings: [0, 1, 0, 0, 0], negative: 1 })];
    const kinds = byKind({ all, review });
    expect(kinds.review).toMatchObject({ responses: 1, csat: 0, rating: { average: 2, count: 1 }, sentiment: { balance: -1 } });
    expect(kinds.experience).toMatchObject({
      responses: 2,
      csat: 100,
      rating: { average: 5, count: 2 },
      sentiment: { balance: 2 },
    });
  });
});
