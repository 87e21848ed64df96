// migrations/0023_summary_slices(_product_experience) backfill the experience slices, the products' kinds and their
// experience answers from the rollups already stored: on a shop whose answers were written before them (those rows
// missing), the backfill leaves them equal to a recount, the same as the triggers keep them for every later write.
// Removed and backfilled on this spec's shop only, in one batch: the worker specs share one D1, and the tables emptied
// for every shop, then refilled, lost or doubled what other specs wrote in between.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createShop, storeAnswerAt } from '../support/api.ts';
import { consistencyReport, expectConsistent } from '../support/consistency.ts';
import { forOneShop, migrationStatements, runForOneShop } from '../support/migrations.ts';

/** The backfilling statements of the migrations (their CREATE/DROP statements ran with the other migrations). */
const backfillStatements = () =>
  migrationStatements(
    '0023_summary_slices',
    /INSERT INTO (daily_slice_stats|daily_product_kinds|daily_product_experience)\b/i,
    2,
  );

describe("migrations 0023_summary_slices* (experience slices, products by kind, products' experience answers)", () => {
  it('should backfill all three from the stored rollups, equal to a recount', async () => {
    const { shopId } = await createShop();
    for (let i = 0; i < 12; i++)
      await storeAnswerAt(shopId, `2026-05-0${1 + (i % 2)}T10:0${i % 10}:00.000Z`, {
        kind: i % 3 === 0 ? 'review' : 'experience',
        touchpoint: i % 3 === 0 ? 'post_purchase' : 'delivery',
        locale: i % 2 ? 'pl' : 'en',
        rating: 1 + (i % 5),
        ...(i % 4 === 1 ? { segment: 'vip' } : {}),
        ...(i % 3 === 0 || i % 2 === 0 ? { productId: i % 4 ? 'cup' : 'mug' } : {}),
      });
    // The database as it was before the migration: no experience slices, no products' kinds.
    await env.DB.batch([
      env.DB.prepare("DELETE FROM daily_slice_stats WHERE shop_id = ? AND kind = 'experience'").bind(shopId),
      env.DB.prepare('DELETE FROM daily_product_kinds WHERE shop_id = ?').bind(shopId),
      env.DB.prepare('DELETE FROM daily_product_experience WHERE shop_id = ?').bind(shopId),
    ]);
    const before = await consistencyReport(env.DB, shopId);
    expect(before.productKinds.stored).toEqual([]);
    expect(before.productExperience.stored).toEqual([]);
    expect(before.slices.stored).not.toEqual(before.slices.recount);

    const statements = backfillStatements();
    expect(statements).toHaveLength(3);
    await runForOneShop(
      statements.map((sql) => forOneShop(sql, ['daily_stats', 'daily_review_stats'])),
      shopId,
    );
    await expectConsistent(shopId);
  });
});
