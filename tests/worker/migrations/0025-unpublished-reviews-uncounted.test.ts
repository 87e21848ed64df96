// migrations/0025_unpublished_reviews_uncounted takes the reviews that are not published (held or rejected) out of the
// rollups stored before it, where every review counted: afterwards every rollup equals a recount that leaves them out,
// as db/rollups.ts keeps them for every later write. Replayed on this spec's shop only, in one batch: the worker specs
// share one D1, and the migration replayed over every shop moved other specs' rollups while they used them.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { addToRelationship } from '../../../worker/src/db/relationship.ts';
import { addToDailyStats, addToThemeStats } from '../../../worker/src/db/rollups.ts';
import { createShop, ownerJson, postAnswer } from '../support/api.ts';
import { consistencyReport, expectConsistent } from '../support/consistency.ts';
import { forOneShop, migrationStatements, runForOneShop } from '../support/migrations.ts';
import { postReview } from '../support/reviews.ts';

/** The correcting statements of the migration (its CREATE/DROP VIEW statements ran with the other migrations). */
const correctionStatements = () => migrationStatements('0025_unpublished_reviews_uncounted', /UPDATE daily_/i);

/** A review put back into the rollups as the code before the migration counted every review, whatever its status. */
function countAsBefore(id: string, status: string): D1PreparedStatement[] {
  const rollups = (sign: 1 | -1) => [
    ...addToDailyStats(env.DB, id, sign),
    ...addToThemeStats(env.DB, id, sign),
    ...addToDailyStats(env.DB, id, sign, 'review'),
    ...addToThemeStats(env.DB, id, sign, 'review'),
    addToRelationship(env.DB, id, sign),
  ];
  // Out as it counts now (its attention item only), in as a published review counts (everything), status back.
  return [
    ...rollups(-1),
    env.DB.prepare("UPDATE reviews SET status = 'published' WHERE id = ?").bind(id),
    ...rollups(1),
    env.DB.prepare('UPDATE reviews SET status = ? WHERE id = ?').bind(status, id),
  ];
}

/** A shop with a review held for a link, counted as the code counts it now (not at all). */
async function anotherShopWithAHeldReview() {
  const { shopId } = await createShop();
  const response = await postReview(shopId, { rating: 2, comment: `Buy at https://spam.example/${crypto.randomUUID()}` });
  expect(response.status).toBe(201);
  await expectConsistent(shopId);
  return shopId;
}

describe('migrations/0025_unpublished_reviews_uncounted', () => {
  it('should take held and rejected reviews out of the stored rollups, leaving them equal to a recount', async () => {
    const { shopId, ownerKey } = await createShop();
    expect((await postAnswer(shopId, { rating: 4, productId: 'mug', customerRef: 'ania' })).status).toBe(201);
    expect(
      (await postReview(shopId, { rating: 5, customerRef: 'ania', comment: 'Great mug, the handle is very comfortable.' }))
        .status,
    ).toBe(201);
    const unpublished: string[] = [];
    for (const [index, rating] of [1, 2, 4].entries()) {
      const response = await postReview(shopId, {
        rating,
        productId: index ? 'cup' : 'mug',
        ...(index === 2 ? { customerRef: 'ania', segment: 'vip' } : {}),
        comment: `Terrible quality, the glaze cracked. Buy at https://spam.example/${crypto.randomUUID()}`,
      });
      expect(response.status).toBe(201);
      unpublished.push((await response.json<{ id: string }>()).id);
    }
    // Held for strong language: its attention item stays in the queue, and in the queue's figures.
    const strong = await postReview(shopId, { rating: 1, comment: `Shit quality, the handle broke off ${crypto.randomUUID()}` });
    expect(strong.status).toBe(201);
    unpublished.push((await strong.json<{ id: string }>()).id);
    const decision = await ownerJson(`/v1/shops/${shopId}/reviews/${unpublished[0]}/decision`, ownerKey, 'POST', {
      decision: 'reject',
      reason: 'spam',
    });
    expect(decision.status).toBe(200);
    await expectConsistent(shopId);

    const other = await anotherShopWithAHeldReview();
    const otherBefore = await consistencyReport(env.DB, other);

    // This shop as it was before the migration: every review counted, whatever its status.
    const { results } = await env.DB.prepare("SELECT id, status FROM reviews WHERE shop_id = ? AND status <> 'published'")
      .bind(shopId)
      .all<{ id: string; status: string }>();
    expect(results.map((row) => row.id).sort()).toEqual([...unpublished].sort());
    await env.DB.batch(results.flatMap(({ id, status }) => countAsBefore(id, status)));
    const before = await consistencyReport(env.DB, shopId);
    expect(before.reviewStats.stored).not.toEqual(before.reviewStats.recount);
    expect(before.relationship.stored).not.toEqual(before.relationship.recount);

    const statements = correctionStatements();
    expect(statements).toHaveLength(5);
    await runForOneShop(
      statements.map((sql) => forOneShop(sql, ['unpublished_review_answers'])),
      shopId,
    );
    await expectConsistent(shopId);
    // The other shop's rollups, already right, are left as they were.
    expect(await consistencyReport(env.DB, other)).toEqual(otherBefore);
  }, 60_000);
});
