import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { AttentionFollowedUpPayload, Customer, CustomerExport, ExportPage } from '../../../shared/owner-api.ts';
import type { Summary } from '../../../shared/schemas.ts';
import { signBody } from '../../../worker/src/domain/webhooks.ts';
import { expectConsistent } from '../support/consistency.ts';
import { getSummary, ownerCall, postAnswer, storeAnswerAt } from '../support/api.ts';
import { complain, followUp, item, pending, deliveryOf, reply, shopWithWebhook } from '../support/close-loop.ts';

const count = async (sql: string, ...values: unknown[]) =>
  (
    await env.DB.prepare(sql)
      .bind(...values)
      .first<{ n: number }>()
  )?.n ?? 0;

/** A complaint the shop replied to, with the token the on-site card would carry. */
async function repliedComplaint(shopId: string, ownerKey: string, answer: Parameters<typeof complain>[2] = {}) {
  const complaint = await complain(shopId, ownerKey, answer);
  expect((await reply(shopId, ownerKey, complaint.id)).status).toBe(201);
  const [card] = (await pending(shopId, `clientId=${complaint.clientId}`)).replies;
  expect(card).toBeDefined();
  return { ...complaint, token: card!.followUpToken };
}

describe('the follow-up: "Did we make it right?"', () => {
  it('should store a follow_up answer, resolve the item as recovered, pay into the balance and send attention.followed_up', async () => {
    const { shopId, ownerKey, settings } = await shopWithWebhook('follow-yes');
    const { id, token } = await repliedComplaint(shopId, ownerKey, {
      customerRef: 'anna',
      orderId: 'A-1',
      touchpoint: 'delivery',
      locale: 'pl',
    });

    const response = await followUp(shopId, {
      followUpOf: id,
      followUpToken: token,
      solved: 'yes',
      rating: 5,
      comment: 'Dziękuję, wszystko dobrze',
    });
    expect(response.status).toBe(201);
    const { id: followUpId } = await response.json<{ id: string }>();
    expect(await item(shopId, ownerKey, id)).toMatchObject({
      status: 'resolved',
      resolution: 'recovered',
      resolvedAt: expect.any(String),
      followUp: { id: followUpId, solved: 'yes', rating: 5, comment: 'Dziękuję, wszystko dobrze' },
    });
    // Filed under the complaint's customer, order and touchpoint; it opens no new item.
    const stored = await env.DB.prepare(
      'SELECT kind, follow_up_of, solved, customer_ref, order_id, touchpoint, polarity FROM responses WHERE id = ?',
    )
      .bind(followUpId)
      .first();
    expect(stored).toEqual({
      kind: 'follow_up',
      follow_up_of: id,
      solved: 'yes',
      customer_ref: 'anna',
      order_id: 'A-1',
      touchpoint: 'delivery',
      polarity: 1,
    });
    expect(await count('SELECT COUNT(*) AS n FROM attention_items WHERE shop_id = ?', shopId)).toBe(1);
    // The card is not shown again once answered.
    expect((await pending(shopId, 'customer=anna')).replies).toEqual([]);

    const customer = await (await ownerCall(`/v1/shops/${shopId}/customers/anna`, ownerKey)).json<Customer>();
    expect(customer.balance).toBe(0);
    expect(customer.recoveries).toEqual([
      {
        attentionId: id,
        complainedAt: expect.any(String),
        balanceBefore: 0,
        balanceAfterComplaint: -1,
        repliedAt: expect.any(String),
        balanceAfterRepair: 0,
        resolution: 'recovered',
      },
    ]);
    expect(customer.replies).toHaveLength(1);
    expect(customer.timeline.at(-1)).toMatchObject({ kind: 'follow_up', followUpOf: id, balance: 0 });

    const delivery = await deliveryOf('follow-yes', 'attention.followed_up');
    expect(delivery.headers['opinia-signature']).toBe(`sha256=${await signBody(settings.webhookSecret, delivery.body)}`);
    const payload = JSON.parse(delivery.body) as AttentionFollowedUpPayload;
    expect(payload).toMatchObject({
      type: 'attention.followed_up',
      shopId,
      item: { id, status: 'resolved', resolution: 'recovered' },
      followUp: { id: followUpId, solved: 'yes' },
    });
    await expectConsistent(shopId);
  });

  it('should count "no", and "partly" with 1–3★, as not recovered, and "partly" with 4–5★ as recovered', async () => {
    const { shopId, ownerKey } = await shopWithWebhook('follow-mixed');
    const cases = [
      { solved: 'no', rating: 5, resolution: 'not_recovered' },
      { solved: 'partly', rating: 3, resolution: 'not_recovered' },
      { solved: 'partly', rating: 4, resolution: 'recovered' },
    ] as const;
    for (const { solved, rating, resolution } of cases) {
      const { id, token } = await repliedComplaint(shopId, ownerKey);
      expect((await followUp(shopId, { followUpOf: id, followUpToken: token, solved, rating })).status).toBe(201);
      expect(await item(shopId, ownerKey, id)).toMatchObject({ status: 'resolved', resolution });
    }
  });

  it("should refuse a follow-up without the reply's token, for an unknown complaint, or without its fields", async () => {
    const { shopId, ownerKey } = await shopWithWebhook('follow-refused');
    const { id, token } = await repliedComplaint(shopId, ownerKey);
    const other = await repliedComplaint(shopId, ownerKey);
    const wrong = await followUp(shopId, { followUpOf: id, followUpToken: other.token });
    expect(wrong.status).toBe(403);
    expect((await wrong.json<{ error: { code: string } }>()).error.code).toBe('follow_up_token_invalid');
    expect((await followUp(shopId, { followUpOf: 'nope', followUpToken: token })).status).toBe(404);
    expect((await followUp(shopId, { followUpOf: id, followUpToken: token, solved: undefined })).status).toBe(400);
    expect((await followUp(shopId, { followUpOf: id, followUpToken: token, rating: undefined, comment: 'ok' })).status).toBe(400);
    // Another kind of answer carrying follow-up fields is just that answer: they are ignored.
    const plain = await postAnswer(shopId, { rating: 5, followUpOf: id, solved: 'yes' });
    expect(plain.status).toBe(201);
    const { id: plainId } = await plain.json<{ id: string }>();
    expect(await env.DB.prepare('SELECT kind, follow_up_of, solved FROM responses WHERE id = ?').bind(plainId).first()).toEqual({
      kind: 'experience',
      follow_up_of: null,
      solved: null,
    });
    expect(await item(shopId, ownerKey, id)).toMatchObject({ status: 'replied', resolution: null, followUp: null });
  });

  it('should not move anything twice when the same follow-up is retried', async () => {
    const { shopId, ownerKey } = await shopWithWebhook('follow-retry');
    const { id, token } = await repliedComplaint(shopId, ownerKey, { customerRef: 'retry' });
    const clientId = crypto.randomUUID();
    expect((await followUp(shopId, { clientId, followUpOf: id, followUpToken: token })).status).toBe(201);
    expect((await followUp(shopId, { clientId, followUpOf: id, followUpToken: token })).status).toBe(200);
    expect(await count("SELECT COUNT(*) AS n FROM responses WHERE shop_id = ? AND kind = 'follow_up'", shopId)).toBe(1);
    expect(
      await count(
        "SELECT COUNT(*) AS n FROM webhook_deliveries WHERE shop_id = ? AND payload LIKE '%attention.followed_up%'",
        shopId,
      ),
    ).toBe(1);
    await expectConsistent(shopId);
  });
});

describe('recovery figures', () => {
  it('should report complaints, replies, follow-ups and detractors won, equal to a recount from the tables', async () => {
    const { shopId, ownerKey } = await shopWithWebhook('recovery');
    const won = await repliedComplaint(shopId, ownerKey, { nps: 3, customerRef: 'won' });
    await followUp(shopId, { followUpOf: won.id, followUpToken: won.token, solved: 'yes', rating: 5, nps: 9 });
    const lost = await repliedComplaint(shopId, ownerKey, { nps: 2, customerRef: 'lost' });
    await followUp(shopId, { followUpOf: lost.id, followUpToken: lost.token, solved: 'no', rating: 2 });
    const laterAnswer = await repliedComplaint(shopId, ownerKey, { nps: 5, customerRef: 'later' });
    await postAnswer(shopId, { nps: 8, customerRef: 'later' });
    await complain(shopId, ownerKey, { customerRef: 'waiting' });
    expect(laterAnswer.id).toBeTruthy();

    const summary = await (await getSummary(shopId, ownerKey)).json<Summary>();
    expect(summary.recovery).toMatchObject({
      complaints: 4,
      replied: 3,
      repliedWithin48h: 3,
      followUps: 2,
      recovered: 1,
      recoveryRate: 50,
      detractorsWon: 2,
      medianHoursToFirstReply: expect.any(Number),
    });
    expect(summary.recovery.trend.reduce((sum, point) => sum + point.complaints, 0)).toBe(4);
    // Follow-ups never open items or count as complaints in the opened figure.
    expect(summary.attention.opened).toBe(4);

    // Recount straight from the tables.
    const rows = (
      await env.DB.prepare(
        `SELECT a.id, a.created_at, a.first_reply_at, a.resolution, r.nps, r.customer_ref FROM attention_items a JOIN responses r ON r.id = a.id WHERE a.shop_id = ?`,
      )
        .bind(shopId)
        .all<{
          id: string;
          created_at: string;
          first_reply_at: string | null;
          resolution: string | null;
          nps: number | null;
          customer_ref: string | null;
        }>()
    ).results;
    const answers = (
      await env.DB.prepare('SELECT follow_up_of, customer_ref, nps, created_at FROM responses WHERE shop_id = ?')
        .bind(shopId)
        .all<{
          follow_up_of: string | null;
          customer_ref: string | null;
          nps: number | null;
          created_at: string;
        }>()
    ).results;
    const hours = rows
      .filter((row) => row.first_reply_at)
      .map((row) => (Date.parse(row.first_reply_at!) - Date.parse(row.created_at)) / 3_600_000)
      .sort((a, b) => a - b);
    const middle =
      hours.length % 2 ? hours[(hours.length - 1) / 2]! : (hours[hours.length / 2 - 1]! + hours[hours.length / 2]!) / 2;
    const followedUp = rows.filter((row) => answers.some((answer) => answer.follow_up_of === row.id));
    const recovered = rows.filter((row) => row.resolution === 'recovered').length;
    const detractorsWon = rows.filter(
      (row) =>
        row.nps !== null &&
        row.nps <= 6 &&
        answers.some(
          (answer) =>
            answer.nps !== null &&
            answer.nps >= 7 &&
            answer.created_at > row.created_at &&
            (answer.follow_up_of === row.id || (row.customer_ref !== null && answer.customer_ref === row.customer_ref)),
        ),
    ).length;
    expect(summary.recovery).toEqual({
      complaints: rows.length,
      replied: hours.length,
      medianHoursToFirstReply: Math.round(middle * 10) / 10,
      repliedWithin48h: hours.filter((h) => h <= 48).length,
      followUps: followedUp.length,
      recovered,
      recoveryRate: Math.round((recovered / followedUp.length) * 1000) / 10,
      detractorsWon,
      // Day granularity: each point counts the complaints that came in that day.
      trend: summary.recovery.trend.map(({ period }) => {
        const ofDay = rows.filter((row) => row.created_at.slice(0, 10) === period);
        return {
          period,
          complaints: ofDay.length,
          replied: ofDay.filter((row) => row.first_reply_at).length,
          recovered: ofDay.filter((row) => row.resolution === 'recovered').length,
        };
      }),
    });

    // Filters apply to the complaint: none of them was at checkout.
    const checkout = await (await getSummary(shopId, ownerKey, '?touchpoint=checkout')).json<Summary>();
    expect(checkout.recovery).toMatchObject({
      complaints: 0,
      replied: 0,
      followUps: 0,
      recoveryRate: null,
      medianHoursToFirstReply: null,
    });
  });
});

describe('detractors won back', () => {
  it("should count a detractor's complaint only when the same customer's later NPS of 7+ came within 90 days", async () => {
    const { shopId, ownerKey } = await shopWithWebhook('won-window');
    const day = '2026-06-01';
    const at = (days: number) => new Date(Date.parse(`${day}T10:00:00.000Z`) + days * 86_400_000).toISOString();
    const complaint = (customerRef: string, nps: number) => storeAnswerAt(shopId, at(0), { rating: 1, nps, customerRef });
    await complaint('within', 3);
    await storeAnswerAt(shopId, at(89), { rating: 4, nps: 8, customerRef: 'within' }); // won back
    await complaint('too-late', 2);
    await storeAnswerAt(shopId, at(91), { rating: 5, nps: 10, customerRef: 'too-late' }); // after 90 days
    await storeAnswerAt(shopId, at(-1), { rating: 5, nps: 9, customerRef: 'before' }); // before the complaint
    await complaint('before', 4);
    await complaint('still-unhappy', 1);
    await storeAnswerAt(shopId, at(10), { rating: 3, nps: 6, customerRef: 'still-unhappy' }); // still a detractor
    await complaint('passive', 8); // not a detractor: nothing to win back
    await storeAnswerAt(shopId, at(5), { rating: 5, nps: 10, customerRef: 'passive' });

    const { recovery } = await (await getSummary(shopId, ownerKey, `?from=${day}&to=${day}`)).json<Summary>();
    expect(recovery).toMatchObject({ complaints: 5, detractorsWon: 1 });
  });
});

describe('recovery figures: hours to first reply', () => {
  /** Sets an item's first reply `ms` after the complaint came in, to the millisecond. */
  const repliedAfter = async (id: string, ms: number) => {
    const row = await env.DB.prepare('SELECT created_at FROM attention_items WHERE id = ?')
      .bind(id)
      .first<{ created_at: string }>();
    const at = new Date(Date.parse(row!.created_at) + ms).toISOString();
    await env.DB.prepare('UPDATE attention_items SET first_reply_at = ? WHERE id = ?').bind(at, id).run();
  };
  const HOUR = 3_600_000;

  it('should give the exact median (one decimal, halves rounded up) and the replies within 48 h to the millisecond', async () => {
    const { shopId, ownerKey } = await shopWithWebhook('recovery-median');
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await complain(shopId, ownerKey)).id);
    // 1 h 15 min and 2 h 30 min: an even count's middle is 1.875 h → 1.9; 48 h exactly counts, 48 h + 1 ms does not.
    await repliedAfter(ids[0]!, 1.25 * HOUR);
    await repliedAfter(ids[1]!, 2.5 * HOUR);
    await repliedAfter(ids[2]!, 48 * HOUR + 1);
    await repliedAfter(ids[3]!, 0.25 * HOUR);
    let { recovery } = await (await getSummary(shopId, ownerKey)).json<Summary>();
    expect(recovery).toMatchObject({ complaints: 5, replied: 4, repliedWithin48h: 3, medianHoursToFirstReply: 1.9 });

    await repliedAfter(ids[2]!, 48 * HOUR);
    await repliedAfter(ids[4]!, 0.75 * HOUR + 3 * 60_000); // 0.8 h: the odd count's middle is 1.25 h → 1.3
    ({ recovery } = await (await getSummary(shopId, ownerKey)).json<Summary>());
    expect(recovery).toMatchObject({ complaints: 5, replied: 5, repliedWithin48h: 5, medianHoursToFirstReply: 1.3 });
  });
});

describe('privacy of replies and follow-ups', () => {
  it("should export a customer's replies and follow-ups, and erase them with the customer", async () => {
    const { shopId, ownerKey } = await shopWithWebhook('follow-privacy');
    const { id, token } = await repliedComplaint(shopId, ownerKey, { customerRef: 'erase-me' });
    await followUp(shopId, { followUpOf: id, followUpToken: token, solved: 'partly', rating: 4, comment: 'Better now' });

    const exported = await (await ownerCall(`/v1/shops/${shopId}/customers/erase-me/export`, ownerKey)).json<CustomerExport>();
    expect(exported.replies).toEqual([
      { id: expect.any(String), attentionId: id, createdAt: expect.any(String), text: expect.any(String), lang: 'en' },
    ]);
    expect(exported.answers.map((answer) => [answer.kind, answer.followUpOf, answer.solved])).toEqual([
      ['follow_up', id, 'partly'],
      ['experience', null, null],
    ]);
    const page = await (await ownerCall(`/v1/shops/${shopId}/responses`, ownerKey)).json<ExportPage>();
    expect(page.responses.find((answer) => answer.kind === 'follow_up')).toMatchObject({ followUpOf: id, solved: 'partly' });
    const csv = await (await ownerCall(`/v1/shops/${shopId}/responses.csv`, ownerKey)).text();
    expect(csv.split('\r\n')[0]).toMatch(/,followUpOf,solved(,|$)/);
    expect(csv).toContain(`,${id},partly,`);

    const erased = await ownerCall(`/v1/shops/${shopId}/customers/erase-me`, ownerKey, { method: 'DELETE' });
    expect(await erased.json()).toEqual({ deleted: 2 });
    expect(await count('SELECT COUNT(*) AS n FROM attention_replies WHERE shop_id = ?', shopId)).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM responses WHERE shop_id = ?', shopId)).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM webhook_deliveries WHERE shop_id = ?', shopId)).toBe(0);
    await expectConsistent(shopId);
  });

  it("should erase the replies and the follow-up with the complaint's order, also without a customer reference", async () => {
    const { shopId, ownerKey } = await shopWithWebhook('follow-privacy-order');
    const { id, token } = await repliedComplaint(shopId, ownerKey, { orderId: 'ORD-ERASE' }); // no customer reference
    expect((await reply(shopId, ownerKey, id, 'And one more thing: the courier will call first.')).status).toBe(201);
    await followUp(shopId, { followUpOf: id, followUpToken: token, solved: 'no', rating: 2, comment: 'Still broken' });
    const kept = await complain(shopId, ownerKey, { orderId: 'ORD-KEEP' });
    expect((await reply(shopId, ownerKey, kept.id)).status).toBe(201);

    const erased = await ownerCall(`/v1/shops/${shopId}/orders/ORD-ERASE`, ownerKey, { method: 'DELETE' });
    expect(erased.status).toBe(200);
    expect(await count('SELECT COUNT(*) AS n FROM attention_replies WHERE shop_id = ? AND attention_id = ?', shopId, id)).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM responses WHERE shop_id = ? AND order_id = ?', shopId, 'ORD-ERASE')).toBe(0);
    expect(await count("SELECT COUNT(*) AS n FROM responses WHERE shop_id = ? AND kind = 'follow_up'", shopId)).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM attention_replies WHERE shop_id = ?', shopId)).toBe(1); // the other order's
    const { recovery } = await (await getSummary(shopId, ownerKey)).json<Summary>();
    expect(recovery).toMatchObject({ complaints: 1, replied: 1, followUps: 0 });
    await expectConsistent(shopId);
  });
});
