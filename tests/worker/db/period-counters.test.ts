// Migration 0023 and db/period-counters.ts: every filter combination of the dashboard's overview read as the summary
// reads it — counters per day, per touchpoint and summed, and the newest negative answers through the indexes that
// carry the filter columns — gives exactly what a recount of the matching answers gives, also after an erasure.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { recentNegative, themeCounts } from '../../../worker/src/db/insights.ts';
import { periodCounters, summaryRollups, totalCounters } from '../../../worker/src/db/period-counters.ts';
import type { Counters } from '../../../worker/src/domain/summary.ts';
import { createShop, ownerCall, storeAnswerAt } from '../support/api.ts';
import { expectConsistent } from '../support/consistency.ts';
import { FILTERS, type Filters, FROM, filterCombinations, matchingAnswers, TO } from '../support/filter-combinations.ts';

const COUNTS = `COUNT(*) AS responses, SUM(rating IS 1) AS r1, SUM(rating IS 5) AS r5, SUM(IFNULL(nps <= 6, 0)) AS detractors,
  SUM(polarity = -1) AS negative, SUM(attention) AS attention`;

/** The same figures counted from the answers themselves. */
async function recount(shopId: string, filters: Filters) {
  const { where, values } = matchingAnswers(shopId, filters);
  const query = (sql: string) =>
    env.DB.prepare(sql)
      .bind(...values)
      .all<Record<string, string | number>>();
  const [days, touchpoints, total, negative] = await Promise.all([
    query(`SELECT day, ${COUNTS} FROM responses WHERE ${where} GROUP BY 1 ORDER BY 1`),
    query(`SELECT touchpoint, ${COUNTS} FROM responses WHERE ${where} GROUP BY 1 ORDER BY 1`),
    query(`SELECT ${COUNTS} FROM responses WHERE ${where}`),
    query(`SELECT id FROM responses WHERE ${where} AND polarity = -1 ORDER BY created_at DESC LIMIT 4`),
  ]);
  const row = total.results[0]!;
  return {
    days: days.results,
    touchpoints: touchpoints.results,
    total: row.responses ? row : { responses: 0, r1: 0, r5: 0, detractors: 0, negative: 0, attention: 0 },
    negative: negative.results.map((answer) => answer.id),
  };
}

const figures = (counters: Counters) => ({
  responses: counters.responses,
  r1: counters.ratings[0],
  r5: counters.ratings[4],
  detractors: counters.detractors,
  negative: counters.negative,
  attention: counters.attention,
});

/** What the summary reads (services/summary.ts), in the recount's shape. */
async function asTheSummaryReads(shopId: string, filters: Filters) {
  const [counters, total, negative] = await Promise.all([
    periodCounters(env.DB, shopId, filters, FROM, TO),
    totalCounters(env.DB, shopId, filters, FROM, TO),
    recentNegative(env.DB, shopId, filters, FROM, TO, 4),
  ]);
  return {
    days: counters.days.filter((row) => row.counters.responses !== 0).map((row) => ({ day: row.day, ...figures(row.counters) })),
    touchpoints: counters.touchpoints
      .filter((row) => row.counters.responses !== 0)
      .map((row) => ({ touchpoint: row.touchpoint, ...figures(row.counters) })),
    total: figures(total),
    negative: negative.map((answer) => answer.id),
  };
}

const PREVIOUS = { from: '2026-04-28', to: '2026-04-30' };

/** What summaryRollups batches, read one function at a time. */
async function oneByOne(shopId: string, filters: Filters) {
  const { kind, ...withoutKind } = filters;
  const period = { from: FROM, to: TO };
  return {
    counters: await periodCounters(env.DB, shopId, filters, FROM, TO),
    previous: await totalCounters(env.DB, shopId, filters, PREVIOUS.from, PREVIOUS.to),
    all: kind ? await totalCounters(env.DB, shopId, withoutKind, period.from, period.to) : null,
    review: kind === 'review' ? null : await totalCounters(env.DB, shopId, { ...withoutKind, kind: 'review' }, FROM, TO),
    themes: await themeCounts(env.DB, shopId, filters, FROM, TO),
    previousThemes: await themeCounts(env.DB, shopId, filters, PREVIOUS.from, PREVIOUS.to),
  };
}

describe('the summary counters of a period (migration 0023, db/period-counters.ts)', () => {
  it('should give every filter combination per day, per touchpoint, summed and its newest negative answers exactly as a recount, also after an erasure', async () => {
    const { shopId, ownerKey } = await createShop();
    const touchpoints = ['delivery', 'checkout', 'return'] as const;
    const locales = ['pl-PL', 'en', 'cs'] as const;
    for (let i = 0; i < 40; i++) {
      const review = i % 4 === 0;
      await storeAnswerAt(shopId, `2026-05-0${1 + (i % 3)}T1${i % 10}:${String(i).padStart(2, '0')}:00.000Z`, {
        kind: review ? 'review' : 'experience',
        touchpoint: review ? 'post_purchase' : touchpoints[i % 3],
        locale: locales[(i >> 1) % 3],
        rating: 1 + (i % 5),
        ...(i % 6 === 1 ? { nps: i % 11 } : {}),
        ...(i % 3 === 1 ? { segment: 'vip' } : i % 5 === 0 ? { segment: 'newsletter' } : {}),
        ...(review || i % 2 === 0 ? { productId: i % 6 === 0 || i % 5 === 1 ? 'mug' : 'cup' } : {}),
        ...(i % 7 === 0 ? { customerRef: 'cust-7' } : {}),
        ...(i === 38 ? { productId: 'mug', touchpoint: 'delivery', locale: 'pl', segment: 'vip', rating: 1 } : {}),
        themes: i % 3 === 0 ? [{ theme: 'delivery', label: 'negative' }] : [{ theme: 'price', label: 'positive' }],
      });
    }
    await storeAnswerAt(shopId, '2026-04-29T09:00:00.000Z', {
      touchpoint: 'delivery',
      locale: 'pl',
      productId: 'mug',
      rating: 2,
    });
    const check = async () => {
      for (const filters of filterCombinations()) {
        expect(await asTheSummaryReads(shopId, filters), JSON.stringify(filters)).toEqual(await recount(shopId, filters));
        expect(await summaryRollups(env.DB, shopId, filters, { from: FROM, to: TO }, PREVIOUS), JSON.stringify(filters)).toEqual(
          await oneByOne(shopId, filters),
        );
      }
    };
    await check();
    // Every filter at once still finds its one negative answer (the walk of the product's negatives, migration 0023).
    expect((await recount(shopId, { ...FILTERS, kind: 'experience' })).negative).toHaveLength(1);
    expect((await ownerCall(`/v1/shops/${shopId}/customers/cust-7`, ownerKey, { method: 'DELETE' })).status).toBe(200);
    await check();
    await expectConsistent(shopId);
  }, 60_000);
});
