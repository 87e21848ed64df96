// The period of the summary, audit, export and attention queries (worker/src/domain/period-query.ts), as the OpenAPI
// document describes `from` and `to`: `to` defaults to today, `from` to 29 days before `to`.
import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../../worker/src/domain/period-query.ts';

const TODAY = '2026-12-03';

describe('resolvePeriod', () => {
  it('should give the 30 days ending today without from and to', () => {
    expect(resolvePeriod({}, TODAY)).toEqual({ from: '2026-11-04', to: TODAY });
  });

  it('should run from `from` to today when only `from` is given (an export "since then" misses nothing recent)', () => {
    expect(resolvePeriod({ from: '2026-11-01' }, TODAY)).toEqual({ from: '2026-11-01', to: TODAY });
    expect(resolvePeriod({ from: '2026-01-01' }, TODAY)).toEqual({ from: '2026-01-01', to: TODAY });
  });

  it('should give the 30 days ending at `to` when only `to` is given', () => {
    expect(resolvePeriod({ to: '2026-06-30' }, TODAY)).toEqual({ from: '2026-06-01', to: '2026-06-30' });
  });

  it('should read a future `from` alone as that one day, not as a period that ends before it starts', () => {
    expect(resolvePeriod({ from: '2027-01-05' }, TODAY)).toEqual({ from: '2027-01-05', to: '2027-01-05' });
  });

  it('should refuse `from` after `to` and periods longer than 3660 days with invalid_period', () => {
    expect(() => resolvePeriod({ from: '2026-12-02', to: '2026-12-01' }, TODAY)).toThrow(/must not be after/);
    expect(() => resolvePeriod({ from: '2000-01-01' }, TODAY)).toThrow(/at most 3660 days/);
  });
});
