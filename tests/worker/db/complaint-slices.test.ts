// The complaint rollups' reads (db/complaint-slices.ts): with and without a product filter (a product's complaints at
// their own key since migrations/0024, summed at read time, when another filter is set), every filter combination of
// the overview gives exactly what a recount of the matching complaints gives — totals, days and the resolution
// histogram — also after an erasure; and a product's complaint counts under the product alone and at one own key,
// not under every combination.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { complaintDaysStatement, complaintHours, complaintTotals } from '../../../worker/src/db/complaint-slices.ts';
import { createShop, ownerCall, storeAnswerAt } from '../support/api.ts';
import { expectConsistent } from '../support/consistency.ts';
import { type Filters, FROM, filterCombinations, matchingAnswers, TO } from '../support/filter-combinations.ts';

const COUNTS = `COUNT(*) AS complaints, IFNULL(SUM(a.status = 'open'), 0) AS open, IFNULL(SUM(a.first_reply_at IS NOT NULL), 0) AS replied,
  IFNULL(SUM(a.followed_up), 0) AS followedUp, IFNULL(SUM(a.resolution IS 'recovered'), 0) AS recovered, IFNULL(SUM(a.won), 0) AS won`;

/** The complaints of the matching answers counted from the items themselves. */
async function recount(shopId: string, filters: Filters) {
  const { where, values } = matchingAnswers(shopId, filters);
  const items = `attention_items a JOIN (SELECT id FROM responses WHERE ${where}) r ON r.id = a.id`;
  const totals = await env.DB.prepare(`SELECT ${COUNTS} FROM ${items}`)
    .bind(...values)
    .first();
  const { results: resolved } = await env.DB.prepare(
    `SELECT COUNT(*) AS n FROM attention_items a JOIN (SELECT id FROM responses WHERE shop_id = ?1 AND ${where.replace('day BETWEEN ?2 AND ?3', '1')}) r
       ON r.id = a.id WHERE a.status = 'resolved' AND substr(a.resolved_at, 1, 10) BETWEEN ?2 AND ?3`,
  )
    .bind(...values)
    .all<{ n: number }>();
  return { totals, resolved: resolved[0]!.n };
}

async function fromRollups(shopId: string, filters: Filters) {
  const { replied48h: _, ...totals } = await complaintTotals(env.DB, shopId, filters, FROM, TO);
  const hours = await complaintHours(env.DB, shopId, filters, 'resolve', FROM, TO);
  return { totals, resolved: hours.reduce((sum, row) => sum + row.n, 0) };
}

async function expectEveryCombination(shopId: string) {
  for (const filters of filterCombinations())
    expect(await fromRollups(shopId, filters), JSON.stringify(filters)).toEqual(await recount(shopId, filters));
  // Per day (the recovery block's read: every kind).
  for (const filters of filterCombinations().filter((f) => !f.kind)) {
    const { where, values } = matchingAnswers(shopId, filters);
    const { results: expected } = await env.DB.prepare(
      `SELECT substr(a.created_at, 1, 10) AS day, ${COUNTS} FROM attention_items a JOIN (SELECT id FROM responses WHERE ${where}) r
         ON r.id = a.id GROUP BY 1 ORDER BY 1`,
    )
      .bind(...values)
      .all();
    const { results } = await complaintDaysStatement(env.DB, shopId, filters, '*', FROM, TO).all<Record<string, unknown>>();
    expect(
      results.map(({ replied48h: _, ...row }) => row),
      JSON.stringify(filters),
    ).toEqual(expected);
  }
}

describe('the complaint rollups read per filter combination (db/complaint-slices.ts, migrations/0024)', () => {
  it('should give every combination, a product filter too, what a recount of the matching complaints gives', async () => {
    const { shopId, ownerKey } = await createShop();
    const touchpoints = ['delivery', 'checkout', 'return'] as const;
    const locales = ['pl-PL', 'en', 'cs'] as const;
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const review = i % 4 === 0;
      ids.push(
        await storeAnswerAt(shopId, `2026-05-0${1 + (i % 3)}T1${i % 10}:00:00.000Z`, {
          kind: review ? 'review' : 'experience',
          touchpoint: review ? 'post_purchase' : touchpoints[i % 3],
          locale: locales[(i >> 1) % 3],
          rating: 1 + (i % 2),
          nps: i % 7,
          ...(i % 3 === 1 ? { segment: 'vip' } : i % 5 === 0 ? { segment: 'newsletter' } : {}),
          ...(review || i % 2 === 0 ? { productId: i % 6 === 0 ? 'mug' : 'cup' } : {}),
          ...(i % 7 === 0 ? { customerRef: 'cust-7' } : {}),
        }),
      );
    }
    // Replies, resolutions (within the window and after it) and a reopening move the items' rows.
    for (const [i, id] of ids.entries()) {
      if (i % 2 === 0)
        await env.DB.prepare("UPDATE attention_items SET first_reply_at = '2026-05-03T20:00:00.000Z' WHERE id = ?")
          .bind(id)
          .run();
      if (i % 3 !== 2)
        await env.DB.prepare("UPDATE attention_items SET status = 'resolved', resolution = ?2, resolved_at = ?3 WHERE id = ?1")
          .bind(
            id,
            i % 2 ? 'recovered' : 'closed_without_answer',
            i % 4 ? '2026-05-03T21:00:00.000Z' : '2026-05-09T08:00:00.000Z',
          )
          .run();
      if (i % 9 === 0) await env.DB.prepare("UPDATE attention_items SET status = 'open' WHERE id = ?").bind(id).run();
    }
    const { results: items } = await env.DB.prepare('SELECT COUNT(*) AS n FROM attention_items WHERE shop_id = ?')
      .bind(shopId)
      .all<{ n: number }>();
    expect(items[0]!.n).toBeGreaterThan(20);
    await expectEveryCombination(shopId);

    // A product's complaint counts at its product in one row of complaint_slices at its own kind, touchpoint,
    // language and segment, and under the product alone (kind '*', and 'review' for a review), next to at most 16
    // with product '*'.
    const { results: rows } = await env.DB.prepare(
      `SELECT product_id AS productId, kind, touchpoint, lang, segment FROM complaint_slices
       WHERE shop_id = ?1 AND product_id <> '*' AND touchpoint <> '*' AND day = '2026-05-01' AND complaints <> 0 ORDER BY 1, 2, 3, 4, 5`,
    )
      .bind(shopId)
      .all();
    const { results: own } = await env.DB.prepare(
      `SELECT DISTINCT product_id AS productId, CASE WHEN kind = 'review' THEN 'review' ELSE 'experience' END AS kind, touchpoint,
         lang, IFNULL(segment, '') AS segment FROM responses r JOIN attention_items a ON a.id = r.id
       WHERE r.shop_id = ?1 AND product_id IS NOT NULL AND substr(a.created_at, 1, 10) = '2026-05-01' ORDER BY 1, 2, 3, 4, 5`,
    )
      .bind(shopId)
      .all();
    expect(rows).toEqual(own);
    expect(rows.length).toBeGreaterThan(0);
    const { results: alone } = await env.DB.prepare(
      `SELECT product_id AS productId, kind, complaints FROM complaint_slices
       WHERE shop_id = ?1 AND product_id <> '*' AND touchpoint = '*' AND day = '2026-05-01' AND complaints <> 0 ORDER BY 1, 2`,
    )
      .bind(shopId)
      .all();
    const { results: perProduct } = await env.DB.prepare(
      `SELECT product_id AS productId, '*' AS kind, COUNT(*) AS complaints FROM responses r JOIN attention_items a ON a.id = r.id
       WHERE r.shop_id = ?1 AND product_id IS NOT NULL AND substr(a.created_at, 1, 10) = '2026-05-01' GROUP BY 1
       UNION ALL
       SELECT product_id, 'review', COUNT(*) FROM responses r JOIN attention_items a ON a.id = r.id
       WHERE r.shop_id = ?1 AND product_id IS NOT NULL AND r.kind = 'review' AND substr(a.created_at, 1, 10) = '2026-05-01' GROUP BY 1
       ORDER BY 1, 2`,
    )
      .bind(shopId)
      .all();
    expect(alone).toEqual(perProduct);

    expect((await ownerCall(`/v1/shops/${shopId}/customers/cust-7`, ownerKey, { method: 'DELETE' })).status).toBe(200);
    await expectEveryCombination(shopId);
    await expectConsistent(shopId);
  }, 60_000);
});
