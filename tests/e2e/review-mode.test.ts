import { describe, expect, it } from 'vitest';
import { signOrderToken } from '../../examples/order-tokens/sign-order-token.mjs';
import type { OrderTokenCheck } from '../../shared/order-token-check.ts';
import { embed, recordPostedAnswers, useE2E, widget } from './harness.ts';

const e2e = useE2E();

/** A verified-purchase token for a new order of the product, as a shop's server signs it. */
const freshToken = () =>
  signOrderToken({
    secret: e2e.stack.demo.orderTokenSecret,
    shopId: e2e.stack.demo.shopId,
    orderId: `RM-${crypto.randomUUID()}`,
    productId: 'BRUSH-SET-3',
  });

const reviewPage = (lang: string, attributes = '') =>
  `<!doctype html><html lang="${lang}"><title>Review</title><body>${embed(e2e.stack, `data-mode="review" data-product-id="BRUSH-SET-3" ${attributes}`)}</body></html>`;

describe('review mode (one form) on a product page: the reviews form, alone (issue #14 item 5)', () => {
  it('should ask for stars first, post the title and name with kind "review", and say a held review is held', async () => {
    const page = await e2e.newPage();
    await page.clock.install(); // the worker refuses answers sent < 1.5 s after the form appeared: move the clock on
    const posted = await recordPostedAnswers(page);
    const chunks: string[] = [];
    page.on('request', (request) => request.url().endsWith('.js') && chunks.push(new URL(request.url()).pathname));
    await e2e.openTestPage(page, reviewPage('cs'));
    const root = widget(page);
    await expect.poll(() => root.getByRole('heading', { name: 'Napsat recenzi' }).isVisible()).toBe(true);
    // The very fields of the form under a product's reviews; no 0–10 question, no Preact (no widget-ui chunk).
    expect(await root.getByRole('radiogroup').count()).toBe(1);
    expect(chunks.filter((chunk) => chunk.includes('widget-ui'))).toEqual([]);

    await root.getByLabel('Nadpis (nepovinné)').fill('Drží tvar');
    // A link in the text: held for the owner's check (worker/src/domain/moderation.ts).
    await root.getByLabel('Vaše recenze (nepovinné)').fill('Kartáče drží tvar i po měsíci, víc na https://example.com/kartace');
    await root.getByLabel('Vaše jméno (nepovinné)').fill('Jana');
    await root.getByRole('button', { name: 'Odeslat recenzi' }).click();
    expect(await root.getByRole('status').textContent()).toBe('Vyberte prosím hodnocení.');
    expect(posted).toHaveLength(0);

    await root.getByRole('radio', { name: '5 hvězdiček' }).check();
    await page.clock.fastForward(2_000);
    await root.getByRole('button', { name: 'Odeslat recenzi' }).click();
    // Not "Your answer has been saved": the review waits for the owner, and the shopper is told so.
    await expect.poll(() => root.getByRole('status').textContent()).toBe('Děkujeme! Vaše recenze se zobrazí po kontrole.');
    expect(posted).toEqual([
      expect.objectContaining({
        kind: 'review',
        productId: 'BRUSH-SET-3',
        rating: 5,
        title: 'Drží tvar',
        authorName: 'Jana',
        comment: 'Kartáče drží tvar i po měsíci, víc na https://example.com/kartace',
        locale: 'cs',
      }),
    ]);
  });

  it('should find a used order token when the form opens, and offer (and do) an unverified review instead', async () => {
    const token = freshToken();
    const page = await e2e.newPage();
    await page.clock.install();
    const posted = await recordPostedAnswers(page);
    const checked = page.waitForResponse((response) => response.url().endsWith('/order-tokens/check'));
    await e2e.openTestPage(page, reviewPage('en', `data-order-token="${token}"`));
    const root = widget(page);
    expect(await ((await checked).json() as Promise<OrderTokenCheck>)).toEqual({ usable: true, problem: null });
    await expect.poll(() => root.locator('.badge').textContent()).toBe('Your review will show as a verified purchase.');

    // Another tab spends the token while this form is open: the post is refused, the form offers to post unverified.
    const spent = await fetch(`${e2e.stack.workerUrl}/v1/shops/demo/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        clientId: crypto.randomUUID(),
        kind: 'review',
        productId: 'BRUSH-SET-3',
        rating: 4,
        orderToken: token,
        elapsedMs: 5_000,
      }),
    });
    expect(spent.status).toBe(201);
    await root.getByRole('radio', { name: '4 stars' }).check();
    await root.getByLabel('Your review (optional)').fill(`Good brushes, firm bristles (${token.slice(-8)}).`);
    await page.clock.fastForward(2_000);
    await root.getByRole('button', { name: 'Send review' }).click();
    const offer =
      'This order was already used to review this product. You can still send your review, without the “verified purchase” badge.';
    await expect.poll(() => root.getByRole('status').textContent()).toBe(offer);
    await root.getByRole('button', { name: 'Send review' }).click();
    await expect
      .poll(() => root.getByRole('status').textContent())
      .toMatch(/^Thank you! Your review (is published|will appear after a check)\.$/);
    expect(posted.map((answer) => answer.orderToken)).toEqual([token, undefined]);

    // The next visit with the same (now used) link: said at once, before any writing; the review goes unverified.
    const again = await e2e.newPage();
    await e2e.openTestPage(again, reviewPage('en', `data-order-token="${token}"`));
    await expect.poll(() => widget(again).locator('.note').textContent()).toBe(offer);
    expect(await widget(again).locator('.badge').count()).toBe(0);
  });

  it("should give every load of the example shop's thank-you pages its own review link, each verifying one review", async () => {
    const reviewLink = async (lang: string) => {
      const html = await (await fetch(`${e2e.stack.shopUrl}/${lang}/thank-you.html`)).text();
      const links = [...html.matchAll(/product\.html\?order=([\w-]+)/g)].map((match) => match[0]);
      expect(new Set(links).size, `${lang}: the widget's invitation and the page's link name one order`).toBe(1);
      return links[0]!;
    };
    const links = [await reviewLink('en'), await reviewLink('en'), await reviewLink('pl'), await reviewLink('cs')];
    expect(new Set(links).size).toBe(4);
    const product = await (await fetch(`${e2e.stack.shopUrl}/en/${links[0]}`)).text();
    const token = /data-order-token="([^"]+)"/.exec(product)?.[1];
    expect(token).toBeDefined();
    const check = await fetch(`${e2e.stack.workerUrl}/v1/shops/demo/order-tokens/check`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ orderToken: token, productId: 'BRUSH-SET-3' }),
    });
    expect(await check.json()).toEqual({ usable: true, problem: null });
  });

  it('should render nothing and say why in the console when data-product-id is missing', async () => {
    const page = await e2e.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await e2e.openTestPage(page, `<html lang="en"><body>${embed(e2e.stack, 'data-mode="review"')}</body></html>`);
    await expect.poll(() => warnings).toContain('Opinia: data-mode="review" needs data-product-id');
    expect(await page.locator('opinia-widget').count()).toBe(0);
  });
});

describe('a mistake in the script tag', () => {
  it('should not retry a 400, say the form is not set up correctly, and tell the owner why in the console', async () => {
    const page = await e2e.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const posted = await recordPostedAnswers(page);
    await e2e.openTestPage(page, `<html lang="en"><body>${embed(e2e.stack, 'data-touchpoint="nowhere"')}</body></html>`);
    await widget(page).getByRole('radio', { name: '3 stars' }).click();
    await page.waitForTimeout(1600);
    await widget(page).getByRole('button', { name: 'Send' }).click();

    await expect
      .poll(() => widget(page).getByRole('status').textContent())
      .toBe('Sorry, this form is not set up correctly, so your answer could not be saved.');
    expect(
      await widget(page)
        .getByRole('button', { name: /Send|Try again/ })
        .count(),
    ).toBe(0);
    expect(posted).toHaveLength(1);
    expect(errors.join('\n')).toMatch(/Opinia: the answer could not be sent \(400 invalid_request\).*touchpoint/s);
  });
});
