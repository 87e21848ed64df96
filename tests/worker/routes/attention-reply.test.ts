import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { AttentionItem, AttentionPage, AttentionRepliedPayload } from '../../../shared/owner-api.ts';
import { signBody } from '../../../worker/src/domain/webhooks.ts';
import { call, ownerCall, ownerJson, postAnswer } from '../support/api.ts';
import { complain, item, pending, deliveryOf, reply, shopWithWebhook } from '../support/close-loop.ts';
import { publicReviews } from '../support/reviews.ts';

async function repliedDelivery(key: string) {
  const delivery = await deliveryOf(key, 'attention.replied');
  return { delivery, payload: JSON.parse(delivery.body) as AttentionRepliedPayload };
}

describe('POST /v1/shops/:shopId/attention/:id/reply', () => {
  it('should store a private reply, move the item to replied and send a signed attention.replied with a Polish e-mail', async () => {
    const { shopId, ownerKey, settings } = await shopWithWebhook('reply-pl', { name: 'Zielony <Kosz>' });
    const { id } = await complain(shopId, ownerKey, {
      locale: 'pl-PL',
      customerRef: 'c-1',
      orderId: 'Z-7',
      comment: 'Kubek <b>stłuczony</b>',
    });

    const response = await reply(shopId, ownerKey, id, 'Przepraszamy!\nNowy kubek wysłaliśmy dziś <kurierem>.');
    expect(response.status).toBe(201);
    const result = await response.json<{ reply: { id: string; lang: string }; item: AttentionItem }>();
    expect(result.reply).toMatchObject({ lang: 'pl', text: 'Przepraszamy!\nNowy kubek wysłaliśmy dziś <kurierem>.' });
    expect(result.item).toMatchObject({
      status: 'replied',
      firstReplyAt: expect.any(String),
      resolution: null,
      replies: [result.reply],
    });
    expect(await item(shopId, ownerKey, id)).toMatchObject({ status: 'replied', replies: [{ id: result.reply.id }] });

    const { delivery, payload } = await repliedDelivery('reply-pl');
    expect(delivery.headers['opinia-signature']).toBe(`sha256=${await signBody(settings.webhookSecret, delivery.body)}`);
    expect(payload).toMatchObject({
      type: 'attention.replied',
      shopId,
      customerRef: 'c-1',
      orderId: 'Z-7',
      reply: { id: result.reply.id, lang: 'pl' },
      item: { id, status: 'replied', comment: 'Kubek <b>stłuczony</b>' },
      followUp: { token: expect.stringMatching(/^fut_/), link: expect.stringMatching(/^https:\/\/opinia.test\/f\/fut_/) },
    });
    expect(payload.email.locale).toBe('pl');
    expect(payload.email.subject).toBe('Zielony <Kosz> odpowiada na Twoją opinię');
    expect(payload.email.text).toContain('Nowy kubek wysłaliśmy dziś <kurierem>.');
    expect(payload.email.text).toContain('> Kubek <b>stłuczony</b>');
    expect(payload.email.html).toContain('Nowy kubek wysłaliśmy dziś &lt;kurierem&gt;.');
    expect(payload.email.html).toContain('Kubek &lt;b&gt;stłuczony&lt;/b&gt;');
    expect(payload.email.html).not.toContain('<kurierem>');
    expect(payload.email.html).not.toMatch(/kupon|coupon|rabat|discount|recenzj|review/i);
  });

  it("should keep a reply to a low-rated review private: not in the product's public reviews nor its JSON-LD", async () => {
    const { shopId, ownerKey } = await shopWithWebhook('reply-review');
    const posted = await call(`/v1/shops/${shopId}/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        clientId: crypto.randomUUID(),
        kind: 'review',
        productId: 'mug',
        rating: 2,
        comment: 'The handle cracked after two weeks.',
        locale: 'en',
        elapsedMs: 8000,
      }),
    });
    expect(posted.status).toBe(201);
    const { id } = await posted.json<{ id: string }>();
    const text = `Private apology ${crypto.randomUUID()}`;
    expect((await reply(shopId, ownerKey, id, text)).status).toBe(201);
    expect(await item(shopId, ownerKey, id)).toMatchObject({ status: 'replied', replies: [{ text }] });

    const page = await publicReviews(shopId);
    expect(page.reviews.map((review) => [review.id, review.reply])).toEqual([[id, null]]);
    expect(JSON.stringify(page)).not.toContain(text);
    const jsonLd = await (await call(`/v1/shops/${shopId}/products/mug/reviews.jsonld`)).text();
    expect(jsonLd).toContain('The handle cracked');
    expect(jsonLd).not.toContain(text);
  });

  it("should write in Czech for a Czech complaint and fall back to the shop's language, then English", async () => {
    const { shopId, ownerKey } = await shopWithWebhook('reply-cs', { defaultLocale: 'cs-CZ' });
    const czech = await complain(shopId, ownerKey, { locale: 'cs' });
    expect((await reply(shopId, ownerKey, czech.id)).status).toBe(201);
    const { payload } = await repliedDelivery('reply-cs');
    expect(payload.email).toMatchObject({ locale: 'cs', subject: expect.stringContaining('odpověděl na vaši zpětnou vazbu') });

    const unknown = await complain(shopId, ownerKey, { locale: 'de-DE' });
    const byShop = await (await reply(shopId, ownerKey, unknown.id)).json<{ reply: { lang: string } }>();
    expect(byShop.reply.lang).toBe('cs');
    const { shopId: plain, ownerKey: plainKey } = await shopWithWebhook('reply-en');
    const english = await complain(plain, plainKey, { locale: 'de' });
    expect((await (await reply(plain, plainKey, english.id)).json<{ reply: { lang: string } }>()).reply.lang).toBe('en');
  });

  it("should give the dashboard the shop's default locale with the queue, so its templates follow the same rule", async () => {
    const { shopId, ownerKey } = await shopWithWebhook('reply-shop-locale', { defaultLocale: 'cs-CZ' });
    await complain(shopId, ownerKey, { locale: 'de' });
    const page = await (await ownerCall(`/v1/shops/${shopId}/attention`, ownerKey)).json<AttentionPage>();
    expect(page.shopLocale).toBe('cs-CZ');
    const { shopId: plain, ownerKey: plainKey } = await shopWithWebhook('reply-no-locale');
    expect((await (await ownerCall(`/v1/shops/${plain}/attention`, plainKey)).json<AttentionPage>()).shopLocale).toBeNull();
  });

  it('should keep a resolved item resolved, and let the old resolve/open API work beside replies', async () => {
    const { shopId, ownerKey } = await shopWithWebhook('reply-legacy');
    const { id } = await complain(shopId, ownerKey);
    const resolved = await (
      await ownerJson(`/v1/shops/${shopId}/attention/${id}`, ownerKey, 'POST', { status: 'resolved' })
    ).json<AttentionItem>();
    expect(resolved).toMatchObject({ status: 'resolved', resolution: 'closed_without_answer' });
    expect((await (await reply(shopId, ownerKey, id)).json<{ item: AttentionItem }>()).item).toMatchObject({
      status: 'resolved',
      firstReplyAt: expect.any(String),
    });
    const reopened = await (
      await ownerJson(`/v1/shops/${shopId}/attention/${id}`, ownerKey, 'POST', { status: 'open' })
    ).json<AttentionItem>();
    expect(reopened).toMatchObject({ status: 'open', resolution: null, resolvedAt: null, replies: [expect.any(Object)] });
    const listed = await ownerJson(`/v1/shops/${shopId}/attention?status=replied`, ownerKey, 'GET', undefined);
    expect(listed.status).toBe(200);
  });

  it("should answer 400 for an empty or too long reply, 404 for another shop's item and 401 without the key", async () => {
    const mine = await shopWithWebhook('reply-errors');
    const theirs = await shopWithWebhook('reply-errors-2');
    const { id } = await complain(theirs.shopId, theirs.ownerKey);
    expect((await reply(mine.shopId, mine.ownerKey, id)).status).toBe(404);
    expect((await reply(theirs.shopId, theirs.ownerKey, id, '   ')).status).toBe(400);
    expect((await reply(theirs.shopId, theirs.ownerKey, id, 'x'.repeat(2001))).status).toBe(400);
    expect((await reply(theirs.shopId, 'opk_wrong', id)).status).toBe(401);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM attention_replies WHERE attention_id = ?').bind(id).first()).toEqual({
      n: 0,
    });
  });
});

describe('GET /v1/shops/:shopId/replies (the on-site reply card)', () => {
  it("should find the reply by the browser's earlier clientId or the page's customer, and nobody else's", async () => {
    const { shopId, ownerKey } = await shopWithWebhook('pending');
    const { id, clientId } = await complain(shopId, ownerKey, { customerRef: 'anna', locale: 'en' });
    expect((await pending(shopId, `clientId=${clientId}`)).replies).toEqual([]);
    await reply(shopId, ownerKey, id, 'First answer');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await reply(shopId, ownerKey, id, 'Second answer');

    const byBrowser = await pending(shopId, `clientId=${clientId}`);
    expect(byBrowser.replies).toEqual([
      {
        id: expect.any(String),
        attentionId: id,
        createdAt: expect.any(String),
        text: 'Second answer',
        lang: 'en',
        shopName: 'Zielony Kosz',
        followUpToken: expect.stringMatching(/^fut_/),
      },
    ]);
    expect((await pending(shopId, 'customer=anna')).replies.map((r) => r.text)).toEqual(['Second answer']);
    expect((await pending(shopId, `customer=bob&clientId=${crypto.randomUUID()}`)).replies).toEqual([]);
    // An answer without a complaint from the same browser finds nothing either.
    const happy = crypto.randomUUID();
    await postAnswer(shopId, { clientId: happy, rating: 5 });
    expect((await pending(shopId, `clientId=${happy}`)).replies).toEqual([]);
  });

  it("should be cacheable privately, allowed from the shop's origins only, and need a clientId or customer", async () => {
    const { shopId } = await shopWithWebhook('pending-http');
    const { call } = await import('../support/api.ts');
    const ok = await call(`/v1/shops/${shopId}/replies?customer=x`, { headers: { Origin: 'https://shop.example' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Cache-Control')).toBe('private, max-age=300');
    expect(ok.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example');
    expect((await call(`/v1/shops/${shopId}/replies?customer=x`, { headers: { Origin: 'https://evil.example' } })).status).toBe(
      403,
    );
    expect((await call(`/v1/shops/${shopId}/replies`)).status).toBe(400);
    expect((await call(`/v1/shops/${shopId}/replies?clientId=not-a-uuid`)).status).toBe(400);
    expect((await call('/v1/shops/nope/replies?customer=x')).status).toBe(404);
  });
});

describe('the attention list with threads', () => {
  it('should list a full page of 200 items with their replies (one bound parameter for the ids, not 200)', async () => {
    const { shopId, ownerKey } = await shopWithWebhook('reply-page');
    const { storeAnswerAt, ownerCall } = await import('../support/api.ts');
    for (let i = 0; i < 120; i++) await storeAnswerAt(shopId, new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), { rating: 1 });
    const response = await ownerCall(`/v1/shops/${shopId}/attention?limit=200`, ownerKey);
    expect(response.status).toBe(200);
    expect((await response.json<{ items: unknown[] }>()).items).toHaveLength(120);
  }, 60_000);
});
