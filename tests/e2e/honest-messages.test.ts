// Issue #14 items 2, 3 and 6: the shopper never reads a message that is not true. A refusal says what happened
// (its own message per error code, en/pl/cs) and is never queued for a retry; a wrong data-shop says the form is
// not set up (the worker's 404 carries CORS, so the widget can read it) and keeps nothing; an order answered before
// shows a short thank-you inside the room the page keeps. Against the real worker; refusals the worker cannot be
// made to give on demand (413) are stubbed with its own error body.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXTRA_LOCALES } from '../../shared/locales-extra.ts';
import { seriousViolations as serious } from './axe.ts';
import { embed, recordPostedAnswers, RESPONSES_ROUTE, useE2E, widget } from './harness.ts';
import { shoot } from './screenshots.ts';

const e2e = useE2E();

const outbox = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('opinia-outbox:') && !key.endsWith(':done')));

const tag = (shop: string, attributes = '') =>
  `<script src="${e2e.stack.workerUrl}/widget.js" data-shop="${shop}" ${attributes} async></script>`;
const page375 = { viewport: { width: 375, height: 667 } };

describe('honest messages', () => {
  it('should clear a stale "Please choose…" as soon as the answer can be sent', async () => {
    const page = await e2e.newPage();
    await e2e.openTestPage(page, `<html lang="en"><body>${embed(e2e.stack, '')}</body></html>`);
    const root = widget(page);
    await root.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => root.getByRole('status').textContent()).toBe('Please choose a rating, a score or write a comment.');
    await root.getByRole('radio', { name: '4 stars' }).click();
    await expect.poll(() => root.getByRole('status').textContent()).toBe('');
  });

  it('should say what a 422 spam_suspected means, keep the form, queue nothing, and send when the shopper tries again', async () => {
    const page = await e2e.newPage({ colorScheme: 'dark' }); // a dark OS, a light page: a light card
    const posted = await recordPostedAnswers(page);
    await page.clock.install(); // the retry must not depend on how fast this machine reached it
    await e2e.openTestPage(page, `<html lang="pl"><body>${embed(e2e.stack, '')}</body></html>`);
    const root = widget(page);
    await root.getByRole('radio', { name: '5 gwiazdek' }).click();
    await root.getByRole('button', { name: 'Wyślij' }).click(); // faster than a person: the worker's 422
    await expect.poll(() => root.getByRole('status').textContent()).toBe(EXTRA_LOCALES.pl.spam_suspected);
    expect(await outbox(page)).toEqual([]);
    expect(await root.getByRole('button', { name: 'Spróbuj ponownie' }).count()).toBe(0);
    expect(await serious(page)).toEqual([]);
    await shoot(root, 'widget-spam-pl-light');
    await page.clock.fastForward(2_000); // now slower than the worker's "faster than a person" limit
    await root.getByRole('button', { name: 'Wyślij' }).click();
    await expect.poll(() => root.getByRole('status').textContent()).toBe('Dziękujemy! Twoja odpowiedź została zapisana.');
    expect(posted.map((answer) => answer.clientId)).toEqual([posted[0]!.clientId, posted[0]!.clientId]);
  });

  it('should say a 413 is too long, in Czech, and never queue it', async () => {
    const page = await e2e.newPage();
    await page.route(RESPONSES_ROUTE, (route) =>
      route.fulfill({
        status: 413,
        contentType: 'application/json',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: '{"error":{"code":"payload_too_large","message":"The body may be at most 16384 bytes."}}',
      }),
    );
    await e2e.openTestPage(page, `<html lang="cs"><body>${embed(e2e.stack, '')}</body></html>`);
    const root = widget(page);
    await root.getByRole('radio', { name: '3 hvězdičky' }).click();
    await root.getByRole('button', { name: 'Odeslat' }).click();
    await expect.poll(() => root.getByRole('status').textContent()).toBe(EXTRA_LOCALES.cs.payload_too_large);
    expect(await outbox(page)).toEqual([]);
    expect(await root.getByRole('button', { name: 'Odeslat' }).isVisible()).toBe(true);
  });
});

describe('a wrong data-shop', () => {
  for (const [scheme, options] of [
    ['light', { viewport: { width: 1280, height: 900 } }],
    ['dark', { ...page375, colorScheme: 'dark' as const }],
  ] as const) {
    it(`should say the form is not set up, tell the owner in the console and keep nothing (${scheme}, ${options.viewport.width} px)`, async () => {
      const page = await e2e.newPage(options);
      await page.clock.install(); // the worker refuses answers sent < 1.5 s after the form appeared: move the clock on
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      const theme = scheme === 'dark' ? 'data-theme="dark"' : '';
      await e2e.openTestPage(page, `<html lang="en"><body>${tag('no-such-shop', `data-order-id="ZK-1" ${theme}`)}</body></html>`);
      const root = widget(page);
      await root.getByRole('radio', { name: '4 stars' }).click();
      await page.clock.fastForward(2_000);
      await root.getByRole('button', { name: 'Send' }).click();
      await expect.poll(() => root.getByRole('status').textContent()).toBe(EXTRA_LOCALES.en.shop_not_found);
      expect(await root.locator('form').count()).toBe(0);
      expect(await root.getByRole('button').count()).toBe(0); // no "Try again": it cannot work
      expect(errors.join('\n')).toMatch(/Opinia: the answer could not be sent \(404 shop_not_found\).*no-such-shop/);
      expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]); // no outbox, not even "answered"
      expect(await serious(page)).toEqual([]);
      await shoot(root, `widget-not-set-up-en-${scheme}-${options.viewport.width}`);
    });
  }

  it('should hide the bars and the sort in reviews mode and say the reviews are not set up', async () => {
    const page = await e2e.newPage(page375);
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await e2e.openTestPage(
      page,
      `<html lang="en"><body>${tag('no-such-shop', 'data-mode="reviews" data-product-id="MUG"')}</body></html>`,
    );
    const root = widget(page);
    await expect.poll(() => root.getByRole('status').textContent()).toBe('Reviews are not set up on this page yet.');
    expect(await root.locator('.bar:visible, .sort:visible, details:visible, form').count()).toBe(0);
    expect(errors.join('\n')).toMatch(/Opinia: 404 shop_not_found/);
    expect(await serious(page)).toEqual([]);
    await shoot(root, 'reviews-not-set-up-en-light-375');
  });
});

/** A thank-you page that keeps the widget's room as the README asks (.opinia-slot), light or dark. */
const thankYouPage = (orderId: string, dark: boolean) =>
  `<!doctype html><html lang="en"><title>Thank you</title><style>body{margin:0;padding:8px;background:${dark ? '#15171a;color:#eee' : '#f6f3ea'}}.opinia-slot{display:flow-root;min-height:620px}@media (max-width:480px){.opinia-slot{min-height:770px}}</style><body><h1>Thank you for your order</h1><div class="opinia-slot">${embed(e2e.stack, `data-order-id="${orderId}" data-review-url="/review"`)}</div><p>Footer</p></body></html>`;

describe('an order answered before', () => {
  for (const [scheme, viewport] of [
    ['light', { width: 1280, height: 900 }],
    ['dark', { width: 375, height: 667 }],
  ] as const) {
    it(`should show "you already told us" with the review invitation inside the reserved room (${scheme}, ${viewport.width} px)`, async () => {
      const page = await e2e.newPage({ viewport });
      await page.clock.install(); // the worker refuses answers sent < 1.5 s after the form appeared: move the clock on
      await e2e.openTestPage(page, thankYouPage(`ZK-AGAIN-${scheme}-${Date.now()}`, scheme === 'dark'));
      const root = widget(page);
      await root.getByRole('radio', { name: '5 stars' }).click();
      await page.clock.fastForward(2_000);
      await root.getByRole('button', { name: 'Send' }).click();
      await expect.poll(() => root.getByRole('status').textContent()).toMatch(/^Thank you/);
      const slot = page.locator('.opinia-slot');
      const room = (await slot.boundingBox())!;
      await page.reload();
      await expect.poll(() => root.getByRole('status').textContent()).toBe(EXTRA_LOCALES.en.answered);
      expect(await root.getByRole('link', { name: 'Write a public review' }).isVisible()).toBe(true);
      const card = (await root.locator('.card').boundingBox())!;
      expect((await slot.boundingBox())!).toEqual(room); // the room stays as the page reserved it …
      expect(card.y + card.height).toBeLessThanOrEqual(room.y + room.height); // … and the note fits in it
      expect(await serious(page)).toEqual([]);
      await shoot(root, `widget-answered-en-${scheme}-${viewport.width}`);
    });
  }
});
