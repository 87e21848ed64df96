// The weakest spot of the audit (worker/src/domain/audit.ts): the stage or touchpoint with the lowest balance per
// answer, and whether it stands out beyond the noise by the rule every change on the Audit screen follows
// (intervals.ts compareRates: enough answers on both sides and the 95 % intervals apart). A lowest stage within
// the noise of another is named but does not stand out, so the dashboard does not raise the alarm for it.
import { describe, expect, it } from 'vitest';
import type { Touchpoint } from '../../../shared/schemas.ts';
import { balanceRate, weakestSpots } from '../../../worker/src/domain/audit.ts';
import { emptyCounters, type Counters } from '../../../worker/src/domain/summary.ts';

/** `responses` answers of which `positive` positive and `negative` negative (the rest neutral). */
const answers = (responses: number, positive: number, negative: number): Counters => ({
  ...emptyCounters(),
  responses,
  positive,
  negative,
  neutral: responses - positive - negative,
});
const spots = (entries: [Touchpoint, Counters][]) => weakestSpots(new Map(entries));

describe('the weakest stage and touchpoint', () => {
  it('should name the lowest balance per answer but not let it stand out when the gap is within the noise', () => {
    // The demo shop's walk-through: after +26 over 99 answers (+0.26), before +5 over 18 (+0.28), during +7 over 12.
    const level = spots([
      ['browse', answers(18, 8, 3)],
      ['checkout', answers(12, 8, 1)],
      ['delivery', answers(99, 40, 14)],
    ]);
    expect(level).toMatchObject({ stage: 'after', stageStandsOut: false });
    expect(level).toMatchObject({ touchpoint: 'delivery', touchpointStandsOut: false });
  });

  it('should let it stand out when its interval lies below every other competitor’s', () => {
    const gap = spots([
      ['browse', answers(100, 60, 10)],
      ['checkout', answers(50, 30, 5)],
      ['delivery', answers(60, 10, 40)],
      ['support', answers(40, 4, 30)],
    ]);
    expect(gap).toMatchObject({ stage: 'after', stageStandsOut: true });
    // Support (−0.65) is lowest, but delivery (−0.50) lies within its noise: named, not standing out.
    expect(gap).toMatchObject({ touchpoint: 'support', touchpointStandsOut: false });
    const clear = spots([
      ['browse', answers(100, 60, 10)],
      ['delivery', answers(100, 70, 5)],
      ['return', answers(40, 2, 30)],
    ]);
    expect(clear).toMatchObject({ touchpoint: 'return', touchpointStandsOut: true });
  });

  it('should not let it stand out with nothing to compare with, or too few answers on a side', () => {
    expect(spots([['delivery', answers(80, 5, 60)]])).toMatchObject({ stage: 'after', stageStandsOut: false });
    // Far apart, but checkout has only 9 answers: it does not compete, and there is no other stage to be below.
    expect(
      spots([
        ['checkout', answers(9, 9, 0)],
        ['delivery', answers(80, 5, 60)],
      ]),
    ).toMatchObject({
      stage: 'after',
      stageStandsOut: false,
    });
    // No stage has enough answers: the lowest is still named, never standing out.
    expect(
      spots([
        ['browse', answers(5, 5, 0)],
        ['delivery', answers(6, 0, 6)],
      ]),
    ).toMatchObject({
      stage: 'after',
      stageStandsOut: false,
    });
    expect(spots([])).toEqual({ stage: null, stageStandsOut: false, touchpoint: null, touchpointStandsOut: false });
  });

  it('should give balance per answer the margin of error of a difference of shares, like NPS', () => {
    expect(balanceRate(answers(100, 60, 10))).toMatchObject({ value: 50, count: 100 });
    const rate = balanceRate(answers(100, 60, 10));
    expect(rate.high! - rate.value!).toBeCloseTo(1.96 * Math.sqrt(0.7 - 0.25) * 10, 0);
  });
});
