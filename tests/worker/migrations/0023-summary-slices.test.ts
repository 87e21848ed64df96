// migrations/0023_summary_slices(_product_experience) backfill the experience slices, the products' kinds and their
// experience answers from the rollups already stored: on a shop whose answers were written before them (those rows
// missing), the backfill leaves them equal to a recount, the same as the triggers keep them for every later write.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createShop, storeAnswerAt } from '../support/api.ts';
import { consistencyReport, expectConsistent } from '../support/consistency.ts';

/** The backfilling statements of the migrations (their CREATE/DROP statements ran with the other migrations). */
function backfillStatements(): string[] {
  const migrations = env.TEST_MIGRATIONS.filter((m) => m.name.startsWith('0023_summary_slices'));
  if (migrations.length !== 2) throw new Error('migrations 0023_summary_slices* are missing');
  return migrations.flatMap((migration) =>
    migration.queries.filter((query) =>
      /^\s*(--[^\n]*\n\s*)*INSERT INTO (daily_slice_stats|daily_product_kinds|daily_product_experience)\b/i.test(query),
    ),
  );
}

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
      env.DB.prepare("DELETE FROM daily_slice_stats WHERE kind = 'experience'"),
      env.DB.prepare('DELETE FROM daily_product_kinds'),
      env.DB.prepare('DELETE FROM daily_product_experience'),
    ]);
    const before = await consistencyReport(env.DB, shopId);
    expect(before.productKinds.stored).toEqual([]);
    expect(before.productExperience.stored).toEqual([]);
    expect(before.slices.stored).not.toEqual(before.slices.recount);

    const statements = backfillStatements();
    expect(statements).toHaveLength(3);
    await env.DB.batch(statements.map((sql) => env.DB.prepare(sql)));
    await expectConsistent(shopId);
  });
});
