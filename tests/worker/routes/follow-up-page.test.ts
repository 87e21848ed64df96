// The hosted follow-up page /f/<follow-up token> (issue #16, item 2): the reply's e-mail and webhook carry its link;
// it shows the shop's reply as text and "Did we make it right?", and its form records a follow_up like the widget's card.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { AttentionRepliedPayload } from '../../../shared/owner-api.ts';
import { call } from '../support/api.ts';
import { complain, item, deliveryOf, reply, shopWithWebhook } from '../support/close-loop.ts';

const path = (link: string) => new URL(link).pathname;
const submit = (link: string, fields: Record<string, string>) =>
  call(path(link), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

async function repliedLink(key: string, options: { name?: string; locale?: string } = {}) {
  const shop = await shopWithWebhook(key, { name: options.name ?? 'Zielony <Kosz>' });
  const { id } = await complain(shop.shopId, shop.ownerKey, { locale: options.locale ?? 'pl-PL', customerRef: `c-${key}` });
  expect((await reply(shop.shopId, shop.ownerKey, id, 'Przepraszamy!\nNowy kubek <b>wysłany</b>.')).status).toBe(201);
  const payload = JSON.parse((await deliveryOf(key, 'attention.replied')).body) as AttentionRepliedPayload;
  return { ...shop, id, payload };
}

describe('hosted follow-up page /f/<follow-up token>', () => {
  it("should link the reply's webhook and e-mail to the page, which shows the reply as text and asks in the customer's language", async () => {
    const { shopId, payload } = await repliedLink('fu-page-show');
    expect(payload.followUp.link).toBe(`https://opinia.test/f/${payload.followUp.token}`);
    expect(payload.email.text).toContain(payload.followUp.link);
    expect(payload.email.html).toContain(`href="${payload.followUp.link}"`);

    const page = await call(path(payload.followUp.link!));
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('<html lang="pl">');
    expect(html).toContain('Odpowiedź od sklepu Zielony &lt;Kosz&gt;');
    expect(html).toContain('Przepraszamy!\nNowy kubek &lt;b&gt;wysłany&lt;/b&gt;.');
    expect(html).toContain('Czy udało nam się to naprawić?');
    expect(html).toMatch(/name="solved" value="partly"/);
    expect(html).not.toMatch(/<script|recenzj|review/i);
    const followUps = await env.DB.prepare("SELECT COUNT(*) AS n FROM responses WHERE shop_id = ? AND kind = 'follow_up'")
      .bind(shopId)
      .first<{ n: number }>();
    expect(followUps?.n).toBe(0); // opening the page records nothing
  });

  it('should record "yes, 5★" as the follow-up, resolve the item as recovered and thank the customer; a second send is 409', async () => {
    const { shopId, ownerKey, id, payload } = await repliedLink('fu-page-send');
    const link = payload.followUp.link!;
    const incomplete = await submit(link, { solved: 'yes' });
    expect(incomplete.status).toBe(400);
    expect(await incomplete.text()).toContain('Wybierz odpowiedź i ocenę.');

    const sent = await submit(link, { solved: 'yes', rating: '5', comment: 'Dziękuję, <i>wszystko</i> w porządku.' });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('Location')).toBe(path(link));
    expect(await item(shopId, ownerKey, id)).toMatchObject({
      status: 'resolved',
      resolution: 'recovered',
      followUp: { solved: 'yes', rating: 5, comment: 'Dziękuję, <i>wszystko</i> w porządku.' },
    });
    const stored = await env.DB.prepare("SELECT channel, customer_ref FROM responses WHERE shop_id = ? AND kind = 'follow_up'")
      .bind(shopId)
      .first<{ channel: string; customer_ref: string }>();
    expect(stored).toEqual({ channel: 'link', customer_ref: 'c-fu-page-send' });
    expect(await (await call(path(link))).text()).toContain('Dziękujemy! Zielony &lt;Kosz&gt; zobaczy Twoją odpowiedź.');
    expect((await submit(link, { solved: 'no', rating: '1' })).status).toBe(409);
    await deliveryOf('fu-page-send', 'attention.followed_up');
  });

  it('should answer 404 for a follow-up token nobody was given', async () => {
    const page = await call('/f/fut_AAAAAAAAAAAAAAAAAAAAAA');
    expect(page.status).toBe(404);
    expect((await submit('https://opinia.test/f/fut_AAAAAAAAAAAAAAAAAAAAAA', { solved: 'yes', rating: '5' })).status).toBe(404);
  });

  it("should say so in the browser's language (Accept-Language: en, pl or cs), also once the complaint was erased", async () => {
    const unknown = (acceptLanguage?: string) =>
      call('/f/fut_BBBBBBBBBBBBBBBBBBBBBB', acceptLanguage ? { headers: { 'Accept-Language': acceptLanguage } } : {});
    const says = async (response: Response) => {
      expect(response.status).toBe(404);
      expect(response.headers.get('Content-Security-Policy')).toMatch(/^default-src 'none'/);
      const html = await response.text();
      return [/<html lang="(\w+)"/.exec(html)?.[1], /<h1>([^<]*)<\/h1>/.exec(html)?.[1]];
    };
    expect(await says(await unknown())).toEqual(['en', 'This link is not valid.']);
    expect(await says(await unknown('pl-PL,pl;q=0.9,en;q=0.8'))).toEqual(['pl', 'Ten link jest nieprawidłowy.']);
    expect(await says(await unknown('de-DE, cs;q=0.7, en;q=0.3'))).toEqual(['cs', 'Tento odkaz není platný.']);
    expect(await says(await unknown('en;q=0.2, pl;q=0.9'))).toEqual(['pl', 'Ten link jest nieprawidłowy.']);
    expect(await says(await unknown('cs;q=0, de'))).toEqual(['en', 'This link is not valid.']);

    // A link whose complaint was erased with its customer is as unknown: 404 in the browser's language, for GET and POST.
    const { shopId, ownerKey, payload } = await repliedLink('follow-page-erased', { locale: 'cs' });
    const erased = await call(`/v1/shops/${shopId}/customers/c-follow-page-erased`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${ownerKey}` },
    });
    expect(erased.status).toBe(200);
    expect(await says(await call(path(payload.followUp.link!), { headers: { 'Accept-Language': 'cs-CZ' } }))).toEqual([
      'cs',
      'Tento odkaz není platný.',
    ]);
    const posted = await call(path(payload.followUp.link!), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': 'pl' },
      body: 'solved=yes&rating=5',
    });
    expect(await says(posted)).toEqual(['pl', 'Ten link jest nieprawidłowy.']);
  });
});
