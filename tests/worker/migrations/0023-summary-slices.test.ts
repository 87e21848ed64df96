// migrations/0023_summary_slices backfills the experience slices and the products' kinds from the rollups already
// stored: on a shop whose answers were written before it (those rows missing), the backfill leaves them equal to a
// recount, the same as the triggers keep them for every later write.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createShop, storeAnswerAt } from '../support/api.ts';
import { consistencyReport, expectConsistent } from '../support/consistency.ts';

/** The backfilling statements of the migration (its CREATE/DROP statements ran with the other migrations). */
function backfillStatements(): string[] {
  const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0023_summary_slices'));
  if (!migration) throw new Error('migration 0023_summary_slices is missing');
  return migration.queries.filter((query) =>
    /^\s*(--[^\n]*\n\s*)*INSERT INTO (daily_slice_stats|daily_product_kinds)\b/i.test(query),
  );
}

describe('migration 0023_summary_slices (experience slices, products by kind)', () => {
  it('should backfill both from the stored rollups, equal to a recount', async () => {
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
    ]);
    const before = await consistencyReport(env.DB, shopId);
    expect(before.productKinds.stored).toEqual([]);
    expect(before.slices.stored).not.toEqual(before.slices.recount);

    const statements = backfillStatements();
    expect(statements).toHaveLength(2);
    await env.DB.batch(statements.map((sql) => env.DB.prepare(sql)));
    await expectConsistent(shopId);
  });
});
