// Regression found by the endpoint property test (seed -1465700910): GET …/summary?from=9999-12-30&to=9999-12-31
// never answered. `addDays('9999-12-31', 1)` is '+010000-01' (toISOString beyond year 9999, cut to 10 characters),
// which sorts before '9999-12-31' and never moves on, so the trend's day-by-day loop spun forever (in production:
// until the CPU limit killed the request, a 5xx). Periods are now bounded to 1970-01-01…2999-12-31 (400 otherwise).
// A synchronous loop blocks the isolate the test runs in, so before the fix this file hung rather than failed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createShop, ownerCall } from '../support/api.ts';
import { assertProperty, checkAnswer, setting } from './check.ts';

const RUNS = Number(setting('PROPERTY_RUNS') ?? 12);

/** Any calendar day the schema accepts, with the edges of the calendar weighted in. */
const day = fc.oneof(
  fc.constantFrom(
    '0000-01-01',
    '0001-01-01',
    '1969-12-31',
    '1970-01-01',
    '2999-12-31',
    '3000-01-01',
    '9999-12-01',
    '9999-12-30',
    '9999-12-31',
  ),
  fc
    .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
);

describe('periods at the edges of the calendar', () => {
  it('should answer the summary for the last days of year 9999 with 400, not hang', async () => {
    const { shopId, ownerKey } = await createShop();
    for (const query of [
      'from=9999-12-30&to=9999-12-31',
      'to=9999-12-31',
      'from=9999-12-31',
      'from=0000-01-01&to=0000-01-02&granularity=week',
    ]) {
      const response = await ownerCall(`/v1/shops/${shopId}/summary?${query}`, ownerKey);
      await checkAnswer(response, 'GET');
      expect(response.status, query).toBe(400);
    }
  });

  it('should answer every summary, JSON and CSV export period with 2xx or 400', async () => {
    const { shopId, ownerKey } = await createShop();
    await assertProperty(
      'periods',
      fc.asyncProperty(
        fc.option(day, { nil: undefined }),
        fc.option(day, { nil: undefined }),
        fc.constantFrom('day', 'week', 'month'),
        fc.constantFrom('summary', 'responses', 'responses.csv'),
        async (from, to, granularity, path) => {
          const query = new URLSearchParams({
            ...(from ? { from } : {}),
            ...(to ? { to } : {}),
            ...(path === 'summary' ? { granularity } : {}),
          });
          const response = await ownerCall(`/v1/shops/${shopId}/${path}?${query}`, ownerKey);
          await checkAnswer(response, 'GET');
          expect([200, 400]).toContain(response.status);
        },
      ),
      RUNS * 4,
    );
  }, 60_000);
});
