import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { OrderCreated } from '../../../shared/invitations.ts';
import { signInvitationToken } from '../../../worker/src/domain/invitation-token.ts';
import { call, createShop, ownerJson } from '../support/api.ts';

const count = async (sql: string, ...values: unknown[]) =>
  (
    await env.DB.prepare(sql)
      .bind(...values)
      .first<{ n: number }>()
  )?.n ?? 0;
const path = (link: string) => new URL(link).pathname;
const submit = (link: string, fields: Record<string, string>) =>
  call(path(link), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

async function order(overrides: Record<string, unknown> = {}) {
  const { shopId, ownerKey } = await createShop({ name: 'Zielony <Kosz>' });
  const response = await ownerJson(`/v1/shops/${shopId}/orders`, ownerKey, 'POST', {
    orderId: 'H-1',
    customerRef: 'cust-h',
    locale: 'pl-PL',
    products: [{ productId: 'mug', name: 'Kubek' }, { productId: 'tea' }],
    deliveredAt: '2026-11-20T12:00:00Z',
    ...overrides,
  });
  return { shopId, ownerKey, links: (await response.json<OrderCreated>()).links };
}

describe('hosted page /f/<token>', () => {
  it("should show the form in the shopper's language with the e-mail's rating pre-selected, and record nothing on a GET", async () => {
    const { shopId, links } = await order();
    const page = await call(`${path(links.experience)}?r=4`);
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('Set-Cookie')).toBeNull();
    expect(page.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('<html lang="pl">');
    expect(html).toContain('Jak oceniasz dostawę zamówienia?');
    expect(html).toContain('Zielony &lt;Kosz&gt;');
    expect(html).toMatch(/name="rating" value="4" checked/);
    expect(html).not.toContain('<script');
    expect(await count('SELECT COUNT(*) AS n FROM responses WHERE shop_id = ?', shopId)).toBe(0);
    expect(
      await count(
        "SELECT COUNT(*) AS n FROM order_invitations WHERE shop_id = ? AND touchpoint = 'delivery' AND opened_at IS NOT NULL",
        shopId,
      ),
    ).toBe(1);
  });

  it('should record the answer sent from the page once, with channel "link", and offer to change it within 24 h', async () => {
    const { shopId, links } = await order();
    const sent = await submit(links.experience, { rating: '2', comment: 'Paczka przyszła zgnieciona.' });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('Location')).toBe(`${path(links.experience)}?done=1`);
    const row = await env.DB.prepare(
      'SELECT touchpoint, rating, channel, order_id, customer_ref, kind FROM responses WHERE shop_id = ?',
    )
      .bind(shopId)
      .first();
    expect(row).toEqual({
      touchpoint: 'delivery',
      rating: 2,
      channel: 'link',
      order_id: 'H-1',
      customer_ref: 'cust-h',
      kind: 'experience',
    });

    const back = await (await call(path(links.experience))).text();
    expect(back).toContain('Dziękujemy, już odpowiedziałeś(-aś).');
    expect(back).toContain('?change=1');
    expect(await (await call(`${path(links.experience)}?change=1`)).text()).toContain('<form method="post">');

    expect((await submit(links.experience, { rating: '4' })).status).toBe(303);
    expect(await count('SELECT COUNT(*) AS n FROM responses WHERE shop_id = ?', shopId)).toBe(1);
    expect(await count('SELECT COUNT(*) AS n FROM responses WHERE shop_id = ? AND rating = 4', shopId)).toBe(1);
    expect(
      await count("SELECT IFNULL(SUM(responses), 0) AS n FROM daily_stats WHERE shop_id = ? AND product_id = '*'", shopId),
    ).toBe(1);
  });

  it("should say until when an answer can be changed as a date in the page's language, not a raw timestamp", async () => {
    // Month names written out here (not by Intl) so that the spec checks the words, in UTC.
    const months = {
      en: 'January February March April May June July August September October November December'.split(' '),
      pl: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(' '),
      cs: 'ledna února března dubna května června července srpna září října listopadu prosince'.split(' '),
    };
    for (const locale of ['en', 'pl', 'cs'] as const) {
      const { shopId, links } = await order({ locale });
      expect((await submit(links.experience, { rating: '3' })).status).toBe(303);
      const answeredAt = await env.DB.prepare(
        "SELECT answered_at AS at FROM order_invitations WHERE shop_id = ? AND touchpoint = 'delivery'",
      )
        .bind(shopId)
        .first<{ at: string }>();
      const until = new Date(Date.parse(answeredAt!.at) + 86_400_000);
      const [day, month, year] = [until.getUTCDate(), months[locale][until.getUTCMonth()], until.getUTCFullYear()];
      const [hours, minutes] = [until.getUTCHours(), String(until.getUTCMinutes()).padStart(2, '0')];
      const html = (await (await call(path(links.experience))).text()).replace(/\s+/g, ' ');
      const expected = {
        en: `You can change it until ${month} ${day}, ${year} at ${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'} UTC.`,
        pl: `Możesz ją zmienić do ${day} ${month} ${year} ${String(hours).padStart(2, '0')}:${minutes} UTC.`,
        cs: `Změnit ji můžete do ${day}. ${month} ${year} v ${hours}:${minutes} UTC.`,
      }[locale];
      expect(html, locale).toContain(expected);
      expect(html, locale).not.toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    }
  });

  it('should refuse a change after 24 h with "you already answered"', async () => {
    const { shopId, links } = await order();
    await submit(links.experience, { rating: '5' });
    await env.DB.prepare("UPDATE order_invitations SET answered_at = '2020-01-01T00:00:00.000Z' WHERE shop_id = ?")
      .bind(shopId)
      .run();
    const again = await submit(links.experience, { rating: '1' });
    expect(again.status).toBe(409);
    const html = await again.text();
    expect(html).toContain('już odpowiedziałeś');
    expect(html).not.toContain('?change=1');
    expect(await count('SELECT COUNT(*) AS n FROM responses WHERE shop_id = ? AND rating = 5', shopId)).toBe(1);
  });

  it('should store reviews from the page as verified purchases, one per rated product', async () => {
    const { shopId, links } = await order();
    const page = await (await call(`${path(links.reviews!)}?p=tea&r=5`)).text();
    expect(page).toMatch(/name="rating\.1" value="5" checked/);
    expect(page).not.toMatch(/name="rating\.0" value="5" checked/);
    const sent = await submit(links.reviews!, {
      'rating.0': '5',
      'title.0': 'Świetny kubek',
      'body.0': 'Trzyma ciepło.',
      authorName: 'Ala',
    });
    expect(sent.status).toBe(303);
    const review = await env.DB.prepare(
      'SELECT product_id, verified, status, rating, title, author_name FROM reviews WHERE shop_id = ?',
    )
      .bind(shopId)
      .first();
    expect(review).toEqual({
      product_id: 'mug',
      verified: 1,
      status: 'published',
      rating: 5,
      title: 'Świetny kubek',
      author_name: 'Ala',
    });
    expect(
      await count("SELECT COUNT(*) AS n FROM responses WHERE shop_id = ? AND channel = 'link' AND kind = 'review'", shopId),
    ).toBe(1);
  });

  it('should show the form again with a message when sent without a rating', async () => {
    const { shopId, links } = await order();
    const sent = await submit(links.experience, { comment: 'no stars' });
    expect(sent.status).toBe(400);
    const html = await sent.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('Najpierw wybierz ocenę.');
    expect(await count('SELECT COUNT(*) AS n FROM responses WHERE shop_id = ?', shopId)).toBe(0);
  });

  it('should answer a tampered or unknown token with a clear page (404), never a 500', async () => {
    const { links } = await order();
    const [body, signature] = path(links.experience).slice(3).split('.');
    const tampered = `${body!.slice(0, -2)}${body!.endsWith('A') ? 'B' : 'A'}${body!.slice(-1)}.${signature}`;
    for (const token of [tampered, `${body}.${signature!.slice(1)}x`, 'garbage', 'a.b.c', '%E2%82']) {
      const response = await call(`/f/${token}`);
      expect(response.status, token).toBe(404);
      expect(await response.text()).toMatch(/not valid|nieprawidłowy/);
      expect((await submit(`https://x/f/${token}`, { rating: '5' })).status, token).toBe(404);
    }
  });

  it('should answer a link its schemas refuse (over-long token or pre-selection) with the HTML "not valid" page, never JSON', async () => {
    const { links } = await order();
    const long = 'x'.repeat(2100);
    const cases: [string, RequestInit][] = [
      [`${path(links.experience)}?p=${'p'.repeat(200)}`, {}],
      [`${path(links.experience)}?r=${'5'.repeat(20)}`, {}],
      [`/f/${long}`, {}],
      [`/f/${long}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'rating=5' }],
      [`/u/${long}`, {}],
      [`/u/${long}`, { method: 'POST' }],
    ];
    for (const [url, init] of cases) {
      const response = await call(url, { ...init, headers: { 'Accept-Language': 'cs', ...init.headers } });
      const where = `${init.method ?? 'GET'} ${url.slice(0, 60)}`;
      expect(response.status, where).toBe(404);
      expect(response.headers.get('Content-Type'), where).toBe('text/html; charset=utf-8');
      expect(response.headers.get('Content-Security-Policy'), where).toContain("default-src 'none'");
      expect(await response.text(), where).toContain('<html lang="cs">');
    }
  });

  it('should answer an expired token with a clear page (410)', async () => {
    const { shopId } = await order();
    const secret = (await env.DB.prepare('SELECT token_secret FROM invitation_settings WHERE shop_id = ?')
      .bind(shopId)
      .first<{ token_secret: string }>())!.token_secret;
    const token = await signInvitationToken(secret, {
      k: 'f',
      s: shopId,
      o: 'H-1',
      t: 'delivery',
      exp: Math.floor(Date.now() / 1000) - 60,
    });
    const response = await call(`/f/${token}`);
    expect(response.status).toBe(410);
    expect(await response.text()).toContain('Ten link wygasł.');
    const unsubscribeToken = await signInvitationToken(secret, {
      k: 'u',
      s: shopId,
      o: 'H-1',
      t: 'delivery',
      exp: Math.floor(Date.now() / 1000) + 60,
    });
    expect((await call(`/f/${unsubscribeToken}`)).status, 'an unsubscribe token is no feedback token').toBe(404);
  });
});
