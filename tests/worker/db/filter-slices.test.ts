// Migration 0021: every filter combination of the dashboard's overview (touchpoint, language, segment, product, kind)
// read from the filter slices gives exactly what a recount of the matching answers gives — per day and touchpoint,
// and per theme — also after an erasure.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../shared/schemas.ts';
import { dailyCounters, themeCounts } from '../../../worker/src/db/insights.ts';
import { createShop, ownerCall, storeAnswerAt } from '../support/api.ts';
import { expectConsistent } from '../support/consistency.ts';
import { type Filters, FROM, filterCombinations, matchingAnswers, TO } from '../support/filter-combinations.ts';

/** The same figures counted from the answers themselves. */
async function recount(shopId: string, filters: Filters) {
  const { where, values } = matchingAnswers(shopId, filters);
  const days = await env.DB.prepare(
    `SELECT day, touchpoint, COUNT(*) AS responses, SUM(rating IS 1) AS r1, SUM(rating IS 5) AS r5, SUM(polarity = -1) AS negative
     FROM responses WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
  )
    .bind(...values)
    .all();
  const themes = await env.DB.prepare(
    `SELECT t.value ->> 'theme' AS theme, COUNT(*) AS mentions, SUM(t.value ->> 'label' = 'negative') AS negative
     FROM responses, json_each(themes) t WHERE ${where} AND themes IS NOT NULL GROUP BY 1 ORDER BY 1`,
  )
    .bind(...values)
    .all();
  return { days: days.results, themes: themes.results };
}

async function fromSlices(shopId: string, filters: Filters) {
  const days = (await dailyCounters(env.DB, shopId, filters, FROM, TO))
    .filter((row) => row.counters.responses !== 0)
    .map((row) => ({
      day: row.day,
      touchpoint: row.touchpoint,
      responses: row.counters.responses,
      r1: row.counters.ratings[0],
      r5: row.counters.ratings[4],
      negative: row.counters.negative,
    }))
    .sort((a, b) => `${a.day}|${a.touchpoint}`.localeCompare(`${b.day}|${b.touchpoint}`));
  const themes = (await themeCounts(env.DB, shopId, filters, FROM, TO))
    .filter((row) => row.mentions !== 0)
    .map((row) => ({ theme: row.theme, mentions: row.mentions, negative: row.negative }))
    .sort((a, b) => a.theme.localeCompare(b.theme));
  return { days, themes };
}

describe('the filter slices (migration 0021)', () => {
  it('should give every filter combination exactly what a recount of the matching answers gives, also after an erasure', async () => {
    const { shopId, ownerKey } = await createShop();
    const touchpoints = ['delivery', 'checkout', 'return'] as const;
    const locales = ['pl-PL', 'en', 'cs'] as const;
    const themes: { theme: Theme; label: 'positive' | 'negative' }[][] = [
      [{ theme: 'delivery', label: 'negative' }],
      [
        { theme: 'price', label: 'positive' },
        { theme: 'quality', label: 'negative' },
      ],
      [],
    ];
    for (let i = 0; i < 36; i++) {
      const review = i % 4 === 0;
      await storeAnswerAt(shopId, `2026-05-0${1 + (i % 3)}T1${i % 10}:00:00.000Z`, {
        kind: review ? 'review' : 'experience',
        touchpoint: review ? 'post_purchase' : touchpoints[i % 3],
        locale: locales[(i >> 1) % 3],
        rating: 1 + (i % 5),
        ...(i % 3 === 1 ? { segment: 'vip' } : i % 5 === 0 ? { segment: 'newsletter' } : {}),
        ...(review || i % 2 === 0 ? { productId: i % 6 === 0 ? 'mug' : 'cup' } : {}),
        ...(i % 7 === 0 ? { customerRef: 'cust-7' } : {}),
        themes: themes[i % 3]!,
      });
    }
    for (const filters of filterCombinations())
      expect(await fromSlices(shopId, filters), JSON.stringify(filters)).toEqual(await recount(shopId, filters));
    expect((await ownerCall(`/v1/shops/${shopId}/customers/cust-7`, ownerKey, { method: 'DELETE' })).status).toBe(200);
    for (const filters of filterCombinations())
      expect(await fromSlices(shopId, filters), JSON.stringify(filters)).toEqual(await recount(shopId, filters));
    await expectConsistent(shopId);
  }, 60_000);
});
