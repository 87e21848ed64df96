import { env } from 'cloudflare:test';
import { describe, expect, inject, it } from 'vitest';
import type { DigestPayload, DigestSent } from '../../../shared/audit.ts';
import type { Settings } from '../../../shared/owner-api.ts';
import { addDays, dayOf } from '../../../worker/src/domain/dates.ts';
import { signBody } from '../../../worker/src/domain/webhooks.ts';
import { digestCron, sendDueDigests } from '../../../worker/src/services/digest.ts';
import { createShop, ownerCall, ownerJson, storeAnswerAt } from '../support/api.ts';

type Received = { path: string; headers: Record<string, string>; body: string }[];
const receiver = () => inject('webhookReceiverUrl');
const log = async (key: string) => (await fetch(`${receiver()}/log/${key}`)).json<Received>();

/** The Monday 00:00 UTC after today: the moment this week's period closes. */
function nextMonday(): Date {
  const today = dayOf(new Date());
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return new Date(`${addDays(today, 7 - weekday)}T00:00:00Z`);
}

async function shopWithDigest(key: string) {
  const shop = await createShop({ name: 'Zielony Kosz' });
  const response = await ownerJson(`/v1/shops/${shop.shopId}/settings`, shop.ownerKey, 'PUT', {
    webhooks: [`${receiver()}/ok/${key}`],
    digest: { cadence: 'weekly', segments: ['vip', 'mobile'], locale: 'pl' },
  });
  expect(response.status).toBe(200);
  const settings = await response.json<Settings>();
  expect(settings.digest).toEqual({ cadence: 'weekly', segments: ['vip', 'mobile'], locale: 'pl' });
  return { ...shop, secret: settings.webhookSecret };
}

describe('the audit digest', () => {
  it('should send one signed webhook at a period boundary, rotate the studied segment, and never twice for one period', async () => {
    const key = crypto.randomUUID();
    const { shopId, secret } = await shopWithDigest(key);
    const monday = nextMonday();
    const week = { from: addDays(dayOf(monday), -7), to: addDays(dayOf(monday), -1) };
    await storeAnswerAt(shopId, `${week.from}T10:00:00Z`, {
      rating: 2,
      nps: 3,
      segment: 'vip',
      customerRef: 'c1',
      touchpoint: 'delivery',
    });
    await storeAnswerAt(shopId, `${week.to}T10:00:00Z`, { rating: 5, nps: 10, segment: 'mobile', customerRef: 'c1' });

    // Only this spec's shop ({ shopId }): the worker project shares one D1 with other files' shops and receivers.
    await sendDueDigests(env, new Date(), { shopId });
    expect(await log(key), 'periods closed before the digest was set count as sent').toEqual([]);
    expect(await sendDueDigests(env, monday, { shopId })).toBe(1);
    expect(await log(key)).toHaveLength(1);
    await sendDueDigests(env, new Date(monday.getTime() + 30 * 60_000), { shopId });
    expect(await log(key), 'the same period again').toHaveLength(1);
    await digestCron(env, monday.getTime() + 3_600_000, { shopId });

    const [first, ...rest] = await log(key);
    expect(rest).toEqual([]);
    expect(first!.headers['opinia-signature']).toBe(`sha256=${await signBody(secret, first!.body)}`);
    const payload = JSON.parse(first!.body) as DigestPayload;
    expect(payload).toMatchObject({ type: 'audit.digest', shopId, cadence: 'weekly', studySegment: 'vip', test: false });
    expect(payload.audit).toMatchObject({ from: week.from, to: week.to, overall: { responses: 2 } });
    expect(payload.audit.relationship).toMatchObject({ customersSeen: 1, newCustomers: 1 });
    expect(payload.studyAudit).toMatchObject({ segment: 'vip', overall: { responses: 1 } });
    expect(payload.text.split('\n').length).toBeGreaterThanOrEqual(4);
    expect(payload.text).toContain(`Podsumowanie Opinia: Zielony Kosz* ${week.from} – ${week.to}`);
    expect(payload.text).toContain('Badany segment: vip');

    const nextWeek = new Date(monday.getTime() + 7 * 86_400_000);
    expect(await sendDueDigests(env, nextWeek, { shopId })).toBe(1);
    await sendDueDigests(env, nextWeek, { shopId });
    const second = JSON.parse((await log(key))[1]!.body) as DigestPayload;
    expect(second.studySegment).toBe('mobile');
    expect(second.audit.from).toBe(dayOf(monday));
    expect(await log(key)).toHaveLength(2);
  });

  it("should send a test digest on request without counting it as the period's digest", async () => {
    const key = crypto.randomUUID();
    const { shopId, ownerKey } = await shopWithDigest(key);
    const response = await ownerCall(`/v1/shops/${shopId}/audit/digest`, ownerKey, { method: 'POST' });
    expect(response.status).toBe(200);
    const sent = await response.json<DigestSent>();
    expect(sent).toMatchObject({ studySegment: 'vip', deliveries: 1, mailed: false });
    const [delivery] = await log(key);
    expect(JSON.parse(delivery!.body)).toMatchObject({ type: 'audit.digest', test: true, studySegment: 'vip' });
    expect(await sendDueDigests(env, nextMonday(), { shopId })).toBe(1);
    expect(await log(key)).toHaveLength(2);
    expect(JSON.parse((await log(key))[1]!.body)).toMatchObject({ test: false, studySegment: 'vip' });
  });

  it("should e-mail the digest in the owner's language through the shop's mail provider (the shared deliverEmail), besides the webhook", async () => {
    const key = crypto.randomUUID();
    const mail = crypto.randomUUID();
    const { shopId, ownerKey } = await shopWithDigest(key);
    const response = await ownerJson(`/v1/shops/${shopId}/settings`, ownerKey, 'PUT', {
      digest: { cadence: 'weekly', locale: 'pl', email: 'owner@example.com' },
      email: { provider: 'resend', apiKey: 're_digest_1', from: 'Opinia <digest@example.com>' },
    });
    expect(response.status).toBe(200);
    const monday = nextMonday();
    await storeAnswerAt(shopId, `${addDays(dayOf(monday), -3)}T10:00:00Z`, {
      rating: 1,
      nps: 2,
      comment: '<b>late</b>',
      touchpoint: 'delivery',
    });

    expect(await sendDueDigests({ ...env, RESEND_API_URL: `${receiver()}/ok/${mail}` }, monday, { shopId })).toBe(1);
    const [request, ...more] = (await log(mail)).filter((entry) => entry.headers.authorization === 'Bearer re_digest_1');
    expect(more).toEqual([]);
    expect(request!.path).toBe(`/ok/${mail}/emails`);
    expect(request!.headers.authorization).toBe('Bearer re_digest_1');
    const body = JSON.parse(request!.body) as { from: string; to: string[]; subject: string; text: string; html: string };
    expect(body.from).toBe('Opinia <digest@example.com>');
    expect(body.to).toEqual(['owner@example.com']);
    expect(body.subject).toContain('Podsumowanie Opinia: Zielony Kosz');
    expect(body.text).not.toContain('*');
    expect(body.html).toMatch(/^<pre[^>]*>Podsumowanie Opinia/);
    expect(await log(key), 'the webhook goes too, once').toHaveLength(1);
  });

  it('should answer 409 for a test digest with nowhere to go, and 401 without the owner key', async () => {
    const { shopId, ownerKey } = await createShop();
    expect((await ownerCall(`/v1/shops/${shopId}/audit/digest`, ownerKey, { method: 'POST' })).status).toBe(409);
    expect((await ownerCall(`/v1/shops/${shopId}/audit/digest`, 'opk_wrong', { method: 'POST' })).status).toBe(401);
  });

  it('should turn the digest off with null', async () => {
    const key = crypto.randomUUID();
    const { shopId, ownerKey } = await shopWithDigest(key);
    const settings = await (await ownerJson(`/v1/shops/${shopId}/settings`, ownerKey, 'PUT', { digest: null })).json<Settings>();
    expect(settings.digest).toBeNull();
    await sendDueDigests(env, nextMonday(), { shopId });
    expect(await log(key)).toEqual([]);
  });

  it("should send, when run for one shop ({ shopId }), that shop's digest and leave another shop's due digest alone", async () => {
    const [keyA, keyB] = [crypto.randomUUID(), crypto.randomUUID()];
    const a = await shopWithDigest(keyA);
    await shopWithDigest(keyB);
    await digestCron(env, nextMonday().getTime(), { shopId: a.shopId });
    expect(await log(keyA)).toHaveLength(1);
    expect(await log(keyB), 'the other shop: untouched').toEqual([]);
  });
});
