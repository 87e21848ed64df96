// The complaint rollups (migrations/0022) behind the summary's recovery block and filtered attention figures:
// whatever happens to complaints — replies, follow-ups, a customer's later answers, resolution, reopening, erasure —
// complaint_slices and complaint_hours equal a recount from the attention items and the answers
// (support/consistency.ts), and the migration's backfill builds the very same rows from existing data.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../shared/schemas.ts';
import { createShop, getSummary, ownerCall, ownerJson, postAnswer, storeAnswerAt } from '../support/api.ts';
import { complain, followUp, pending, reply } from '../support/close-loop.ts';
import { expectConsistent } from '../support/consistency.ts';

const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

async function flags(id: string) {
  return env.DB.prepare('SELECT followed_up AS followedUp, won FROM attention_items WHERE id = ?').bind(id).first();
}

async function recovery(shopId: string, ownerKey: string, query = '') {
  const period = `?from=${daysAgo(200).slice(0, 10)}&to=${daysAgo(0).slice(0, 10)}`;
  const response = await getSummary(shopId, ownerKey, `${period}${query}`);
  expect(response.status).toBe(200);
  return (await response.json<Summary>()).recovery;
}

/** Replies to a complaint and answers its follow-up with the token of the on-site card. */
async function repliedAndFollowedUp(shopId: string, ownerKey: string, complaint: { id: string; clientId: string }, nps: number) {
  expect((await reply(shopId, ownerKey, complaint.id)).status).toBe(201);
  const [card] = (await pending(shopId, `clientId=${complaint.clientId}`)).replies;
  const response = await followUp(shopId, { followUpOf: complaint.id, followUpToken: card!.followUpToken, solved: 'yes', nps });
  expect(response.status).toBe(201);
}

// Each test writes dozens of answers through the real path: 2-4 s idle, over 5 s (the default timeout) at load 17.
describe('the complaint rollups (migrations/0022)', () => {
  it('should equal a recount after complaints, replies, follow-ups, later NPS answers, resolution and reopening', async () => {
    const { shopId, ownerKey } = await createShop();
    const ola = await complain(shopId, ownerKey, {
      nps: 2,
      customerRef: 'ola',
      locale: 'pl',
      segment: 'vip',
      touchpoint: 'delivery',
    });
    const mug = await complain(shopId, ownerKey, { kind: 'review', productId: 'mug', customerRef: 'jan', locale: 'en' });
    const recent = await storeAnswerAt(shopId, daysAgo(10), { rating: 1, nps: 3, customerRef: 'eva', locale: 'cs' });
    const old = await storeAnswerAt(shopId, daysAgo(100), { rating: 1, nps: 1, customerRef: 'eva', locale: 'cs' });
    await expectConsistent(shopId);

    // Replies: one the same day (within 48 h), one ten days after its complaint (overdue).
    expect((await reply(shopId, ownerKey, mug.id)).status).toBe(201);
    expect((await reply(shopId, ownerKey, recent)).status).toBe(201);
    await expectConsistent(shopId);
    expect(await recovery(shopId, ownerKey)).toMatchObject({ complaints: 4, replied: 2, repliedWithin48h: 1 });

    // The follow-up with an NPS of 9 marks the item followed up and wins the detractor back.
    await repliedAndFollowedUp(shopId, ownerKey, ola, 9);
    expect(await flags(ola.id)).toEqual({ followedUp: 1, won: 1 });
    await expectConsistent(shopId);

    // Eva's later NPS of 8 wins back her complaint of 10 days before, not the one of 100 days before.
    await postAnswer(shopId, { nps: 8, customerRef: 'eva', locale: 'cs' });
    expect(await flags(recent)).toEqual({ followedUp: 0, won: 1 });
    expect(await flags(old)).toEqual({ followedUp: 0, won: 0 });
    await expectConsistent(shopId);
    expect(await recovery(shopId, ownerKey)).toMatchObject({
      complaints: 4,
      replied: 3,
      followUps: 1,
      recovered: 1,
      detractorsWon: 2,
    });
    expect(await recovery(shopId, ownerKey, '&locale=pl&segment=vip&touchpoint=delivery')).toMatchObject({
      complaints: 1,
      detractorsWon: 1,
    });

    // Resolved by the owner, reopened, resolved again: the resolution histogram moves with it.
    for (const status of ['resolved', 'open', 'resolved'])
      expect((await ownerJson(`/v1/shops/${shopId}/attention/${mug.id}`, ownerKey, 'POST', { status })).status).toBe(200);
    await ownerJson(`/v1/shops/${shopId}/attention/${old}`, ownerKey, 'POST', { status: 'resolved' });
    await expectConsistent(shopId);
    const reviews = await (await getSummary(shopId, ownerKey, '?kind=review&productId=mug')).json<Summary>();
    expect(reviews.attention).toMatchObject({ open: 0, resolved: 1 });
  }, 60_000);

  it('should take erased answers out: the won flag falls with the later answer, the complaint with its customer', async () => {
    const { shopId, ownerKey } = await createShop();
    const complaint = await storeAnswerAt(shopId, daysAgo(20), { rating: 1, nps: 4, customerRef: 'kim', orderId: 'A-1' });
    await postAnswer(shopId, { nps: 10, customerRef: 'kim', orderId: 'B-2' });
    const other = await complain(shopId, ownerKey, { nps: 0, customerRef: 'lou', orderId: 'C-3' });
    await repliedAndFollowedUp(shopId, ownerKey, other, 7);
    expect(await flags(complaint)).toEqual({ followedUp: 0, won: 1 });
    await expectConsistent(shopId);

    // Erasing the order of the later answer takes the win back; the complaint stays.
    expect((await ownerCall(`/v1/shops/${shopId}/orders/B-2`, ownerKey, { method: 'DELETE' })).status).toBe(200);
    expect(await flags(complaint)).toEqual({ followedUp: 0, won: 0 });
    await expectConsistent(shopId);

    // Erasing a customer takes their complaints, replies and follow-ups out of every slice.
    expect((await ownerCall(`/v1/shops/${shopId}/customers/lou`, ownerKey, { method: 'DELETE' })).status).toBe(200);
    await expectConsistent(shopId);
    expect(await recovery(shopId, ownerKey)).toMatchObject({ complaints: 1, followUps: 0, detractorsWon: 0 });
    expect((await ownerCall(`/v1/shops/${shopId}/customers/kim`, ownerKey, { method: 'DELETE' })).status).toBe(200);
    await expectConsistent(shopId);
    const left = await env.DB.prepare(
      'SELECT (SELECT COUNT(*) FROM complaint_slices WHERE shop_id = ?1 AND complaints <> 0) + (SELECT COUNT(*) FROM complaint_hours WHERE shop_id = ?1 AND n <> 0) AS n',
    )
      .bind(shopId)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  }, 60_000);

  it("should backfill from existing data exactly what the triggers keep (the migration's own statements)", async () => {
    const { shopId, ownerKey } = await createShop();
    const won = await storeAnswerAt(shopId, daysAgo(30), { rating: 1, nps: 5, customerRef: 'max', locale: 'pl' });
    await storeAnswerAt(shopId, daysAgo(5), { nps: 9, customerRef: 'max', locale: 'pl' });
    // A complaint stored after the later answer that wins it back (a late import) is flagged on arrival.
    await storeAnswerAt(shopId, daysAgo(2), { nps: 7, customerRef: 'zoe' });
    const late = await storeAnswerAt(shopId, daysAgo(40), { rating: 2, nps: 0, customerRef: 'zoe' });
    expect(await flags(late)).toEqual({ followedUp: 0, won: 1 });
    const followed = await complain(shopId, ownerKey, { nps: 6, customerRef: 'ida', kind: 'review', productId: 'cup' });
    await repliedAndFollowedUp(shopId, ownerKey, followed, 3);
    await ownerJson(`/v1/shops/${shopId}/attention/${won}`, ownerKey, 'POST', { status: 'resolved' });
    const rows = () =>
      env.DB.batch([
        env.DB.prepare('SELECT * FROM complaint_slices WHERE shop_id = ? ORDER BY 1, 2, 3, 4, 5, 6, 7').bind(shopId),
        env.DB.prepare('SELECT * FROM complaint_hours WHERE shop_id = ? ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9').bind(shopId),
        env.DB.prepare('SELECT id, followed_up, won FROM attention_items WHERE shop_id = ? ORDER BY id').bind(shopId),
      ]);
    const kept = (await rows()).map((result) => result.results);
    expect(kept[2]).toContainEqual({ id: won, followed_up: 0, won: 1 });
    expect(kept[2]).toContainEqual({ id: followed.id, followed_up: 1, won: 0 });

    // As before the migration: no triggers, no rollup rows, no flags; then its backfill statements, then its triggers.
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0022_'));
    if (!migration) throw new Error('migration 0022 is missing');
    const triggers = migration.queries.filter((query) => /^\s*(--[^\n]*\n\s*)*CREATE TRIGGER\b/i.test(query));
    const backfill = migration.queries.filter((query) => /^\s*(--[^\n]*\n\s*)*(UPDATE|INSERT INTO complaint_)/i.test(query));
    expect(backfill).toHaveLength(4);
    // One batch (one transaction): the worker specs share this database, and another spec's complaint written while
    // the triggers were gone, or counted by a half-made set of them, would be miscounted for good.
    const drops = triggers.map((trigger) => `DROP TRIGGER ${/CREATE TRIGGER\s+(\w+)/i.exec(trigger)![1]}`);
    await env.DB.batch(
      [
        ...drops,
        'DELETE FROM complaint_slices',
        'DELETE FROM complaint_hours',
        'UPDATE attention_items SET followed_up = 0, won = 0',
        ...backfill,
        ...triggers,
      ].map((sql) => env.DB.prepare(sql)),
    );

    expect((await rows()).map((result) => result.results)).toEqual(kept);
    await expectConsistent(shopId);
  }, 60_000);
});
