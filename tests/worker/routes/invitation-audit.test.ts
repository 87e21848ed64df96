import { env } from 'cloudflare:test';
import { describe, expect, inject, it } from 'vitest';
import { SCORE_GROUPS, type AuditCounts, type OrderInvitationAudit, type ScoreGroup } from '../../../shared/invitation-audit.ts';
import { INVITATION_TOUCHPOINTS, type InvitationTouchpoint, type Order, type OrderCreated } from '../../../shared/invitations.ts';
import type { Summary } from '../../../shared/schemas.ts';
import { sendDueInvitations } from '../../../worker/src/services/invitation-cron.ts';
import { call, createShop, getSummary, ownerCall, ownerJson, postAnswer } from '../support/api.ts';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);
const path = (link: string) => new URL(link).pathname;
const submit = (link: string, fields: Record<string, string>) =>
  call(path(link), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

type Shop = { shopId: string; ownerKey: string };

async function shopWith(invitations: Record<string, unknown> = {}): Promise<Shop> {
  const shop = await createShop();
  const settings = await ownerJson(`/v1/shops/${shop.shopId}/settings`, shop.ownerKey, 'PUT', {
    webhooks: [`${inject('webhookReceiverUrl')}/ok/${crypto.randomUUID()}`],
    invitations,
  });
  expect(settings.status).toBe(200);
  return shop;
}

async function placeOrder(shop: Shop, order: Record<string, unknown>): Promise<OrderCreated> {
  const response = await ownerJson(`/v1/shops/${shop.shopId}/orders`, shop.ownerKey, 'POST', order);
  expect(response.status).toBe(201);
  return response.json();
}

async function audit(shop: Shop, query = ''): Promise<OrderInvitationAudit> {
  const response = await ownerCall(`/v1/shops/${shop.shopId}/invitations/order-audit${query}`, shop.ownerKey);
  expect(response.status).toBe(200);
  return response.json();
}

const groupOfRating = (rating: number): ScoreGroup => (rating <= 2 ? 'low' : rating === 3 ? 'middle' : 'high');
const groupOfNps = (nps: number): ScoreGroup => (nps <= 6 ? 'low' : nps <= 8 ? 'middle' : 'high');

/** The audit recounted from what each order's own page (GET …/orders/:orderId) says, and the scores the test gave. */
async function recount(shop: Shop, orderIds: string[], scores: Map<string, ScoreGroup>) {
  const counts = new Map<string, AuditCounts>();
  const bump = (key: string, sent: boolean, opened: boolean, answered: boolean) => {
    const into = counts.get(key) ?? { sent: 0, opened: 0, answered: 0 };
    counts.set(key, {
      sent: into.sent + Number(sent),
      opened: into.opened + Number(opened),
      answered: into.answered + Number(answered),
    });
  };
  for (const orderId of orderIds) {
    const order = await (await ownerCall(`/v1/shops/${shop.shopId}/orders/${orderId}`, shop.ownerKey)).json<Order>();
    for (const invitation of order.invitations) {
      const group = scores.get(`${orderId}|${invitation.touchpoint}`) ?? 'no_answer';
      const flags = [invitation.sentAt !== null, invitation.openedAt !== null, invitation.answeredAt !== null] as const;
      bump(invitation.touchpoint, ...flags);
      bump(`${invitation.touchpoint}|${group}`, ...flags);
      bump(group, ...flags);
    }
  }
  return (key: string) => counts.get(key) ?? { sent: 0, opened: 0, answered: 0 };
}

describe('GET /v1/shops/:shopId/invitations/order-audit', () => {
  it('should count sent, opened and answered per touchpoint and per score group exactly as a recount of the orders does', async () => {
    const shop = await shopWith();
    const orderIds = ['A-1', 'A-2', 'A-3', 'A-4', 'A-5', 'A-6'];
    const links = new Map<string, OrderCreated['links']>();
    for (const orderId of orderIds) {
      const created = await placeOrder(shop, {
        orderId,
        customerRef: `c-${orderId}`,
        products: [{ productId: 'mug' }],
        deliveredAt: daysAgo(11),
      });
      links.set(orderId, created.links);
    }
    // Due later: counted as scheduled once the period reaches its sending day.
    await placeOrder(shop, { orderId: 'A-7', customerRef: 'c-A-7', deliveredAt: new Date(Date.now() + 2 * DAY).toISOString() });
    expect((await sendDueInvitations(env, new Date(), { shopId: shop.shopId })).sent).toBe(12);

    const scores = new Map<string, ScoreGroup>();
    const answer = async (orderId: string, touchpoint: InvitationTouchpoint, fields: Record<string, string>, rating: number) => {
      const link = touchpoint === 'reviews' ? links.get(orderId)!.reviews! : links.get(orderId)!.experience;
      expect((await call(path(link))).status).toBe(200); // the shopper opens the page…
      expect((await submit(link, fields)).status).toBe(303); // …and sends the form
      scores.set(`${orderId}|${touchpoint}`, groupOfRating(rating));
    };
    await answer('A-1', 'delivery', { rating: '1' }, 1);
    await answer('A-2', 'delivery', { rating: '3' }, 3);
    await answer('A-3', 'delivery', { rating: '5' }, 5);
    await answer('A-3', 'reviews', { 'rating.0': '2' }, 2);
    await answer('A-5', 'reviews', { 'rating.0': '4' }, 4);
    expect((await call(path(links.get('A-4')!.experience))).status).toBe(200); // opened, never answered

    const result = await audit(shop);
    const expected = await recount(shop, orderIds, scores);
    expect(result.orders).toBe(6);
    expect(result.touchpoints.map((row) => row.touchpoint)).toEqual([...INVITATION_TOUCHPOINTS]);
    for (const row of result.touchpoints) {
      expect({ sent: row.sent, opened: row.opened, answered: row.answered }, row.touchpoint).toEqual(expected(row.touchpoint));
      for (const group of SCORE_GROUPS)
        expect(row.byScore[group], `${row.touchpoint} ${group}`).toEqual(expected(`${row.touchpoint}|${group}`));
    }
    for (const group of SCORE_GROUPS) expect(result.byScore[group], group).toEqual(expected(group));

    const delivery = result.touchpoints.find((row) => row.touchpoint === 'delivery')!;
    expect(delivery).toMatchObject({
      invitations: 6,
      scheduled: 0,
      sent: 6,
      opened: 4,
      answered: 3,
      failed: 0,
      skipped: {},
      responseRate: 0.5,
    });
    expect(delivery.byScore).toEqual({
      low: { sent: 1, opened: 1, answered: 1 },
      middle: { sent: 1, opened: 1, answered: 1 },
      high: { sent: 1, opened: 1, answered: 1 },
      no_answer: { sent: 3, opened: 1, answered: 0 },
    });
    expect(result.touchpoints.find((row) => row.touchpoint === 'reviews')!.byScore).toMatchObject({
      low: { sent: 1, answered: 1 },
      high: { sent: 1, answered: 1 },
      no_answer: { sent: 4, answered: 0 },
    });

    // The same invitations as the summary's response rate, for the same days.
    const summary = await (await getSummary(shop.shopId, shop.ownerKey)).json<Summary>();
    for (const row of result.touchpoints) {
      expect(summary.responseRate[row.touchpoint], row.touchpoint).toEqual({
        sent: row.sent,
        opened: row.opened,
        answered: row.answered,
        rate: row.responseRate,
      });
    }

    // A period reaching the later order's sending day counts it as scheduled; one before everything counts nothing.
    const ahead = await audit(shop, `?from=${dayOf(Date.now() - DAY)}&to=${dayOf(Date.now() + 30 * DAY)}`);
    expect(ahead.orders).toBe(7);
    expect(ahead.touchpoints[0]).toMatchObject({ touchpoint: 'delivery', invitations: 7, scheduled: 1, sent: 6 });
    expect(ahead.touchpoints[0]!.byScore.no_answer.sent).toBe(3);
    const before = await audit(shop, `?from=2020-01-01&to=2020-01-31`);
    expect(before).toMatchObject({ from: '2020-01-01', to: '2020-01-31', orders: 0 });
    expect(before.touchpoints.every((row) => row.invitations === 0 && row.responseRate === null)).toBe(true);
  }, 30_000); // ~40 requests: over 5 s on a loaded 2-core machine

  it('should give every order the same invitations whatever its customer said before (no gating), and say why any was held back', async () => {
    const shop = await shopWith({ cooldownDays: 30 });
    // Half the customers were unhappy on the shop's pages, half delighted.
    for (const [index, rating] of [1, 1, 1, 5, 5, 5].entries()) {
      expect(
        (
          await postAnswer(
            shop.shopId,
            { rating, customerRef: `g-${index}`, touchpoint: 'checkout' },
            { Origin: 'https://shop.example' },
          )
        ).status,
      ).toBe(201);
    }
    for (let index = 0; index < 6; index++) {
      await placeOrder(shop, {
        orderId: `G-${index}`,
        customerRef: `g-${index}`,
        products: [{ productId: 'mug' }],
        deliveredAt: daysAgo(11),
      });
    }
    // A second order of an unhappy customer: held by the cooldown only, like anyone's.
    await placeOrder(shop, { orderId: 'G-0b', customerRef: 'g-0', deliveredAt: daysAgo(4) });
    await sendDueInvitations(env, new Date(), { shopId: shop.shopId });

    for (let index = 0; index < 6; index++) {
      const order = await (await ownerCall(`/v1/shops/${shop.shopId}/orders/G-${index}`, shop.ownerKey)).json<Order>();
      expect(
        order.invitations.map(({ touchpoint, status }) => ({ touchpoint, status })),
        `G-${index}`,
      ).toEqual([
        { touchpoint: 'delivery', status: 'sent' },
        { touchpoint: 'reviews', status: 'sent' },
      ]);
    }
    const result = await audit(shop);
    expect(result.touchpoints.find((row) => row.touchpoint === 'delivery')).toMatchObject({
      invitations: 7,
      sent: 6,
      skipped: { cooldown: 1 },
    });
    expect(result.touchpoints.find((row) => row.touchpoint === 'reviews')).toMatchObject({
      invitations: 6,
      sent: 6,
      skipped: {},
    });
  }, 30_000);

  it('should group 0–10 answers as detractor (low), passive (middle) and promoter (high)', async () => {
    const shop = await shopWith({ question: 'nps' });
    const scores = new Map<string, ScoreGroup>();
    const orderIds = ['N-0', 'N-6', 'N-7', 'N-8', 'N-9', 'N-10'];
    for (const orderId of orderIds) {
      const { links } = await placeOrder(shop, { orderId, customerRef: orderId, deliveredAt: daysAgo(4) });
      const nps = Number(orderId.slice(2));
      expect((await submit(links.experience, { nps: String(nps) })).status).toBe(303);
      scores.set(`${orderId}|delivery`, groupOfNps(nps));
    }
    await sendDueInvitations(env, new Date(), { shopId: shop.shopId });
    const result = await audit(shop);
    const expected = await recount(shop, orderIds, scores);
    const delivery = result.touchpoints[0]!;
    for (const group of SCORE_GROUPS) expect(delivery.byScore[group], group).toEqual(expected(`delivery|${group}`));
    expect(delivery.byScore).toMatchObject({
      low: { answered: 2 },
      middle: { answered: 2 },
      high: { answered: 2 },
      no_answer: { answered: 0 },
    });
    // Answered from the link before the e-mail went out: counted, never sent.
    expect(delivery).toMatchObject({ invitations: 6, sent: 0, answered: 6, skipped: { answered_first: 6 }, responseRate: null });
  }, 30_000);

  it('should need the owner key and refuse a malformed period with the JSON error shape', async () => {
    const shop = await shopWith();
    expect((await call(`/v1/shops/${shop.shopId}/invitations/order-audit`)).status).toBe(401);
    for (const query of ['?from=2026-13-01', '?from=2026-12-10&to=2026-12-01']) {
      const response = await ownerCall(`/v1/shops/${shop.shopId}/invitations/order-audit${query}`, shop.ownerKey);
      expect(response.status, query).toBe(400);
      expect((await response.json<{ error: { code: string } }>()).error.code, query).toMatch(
        /^(invalid_request|invalid_period|validation_failed)$/,
      );
    }
  });
});
