// The hosted feedback page (/f/<token>) in real Chromium: the e-mail's star link, one click more on Send, and the
// answer counts in the summary with channel "link"; the review from the page is verified; axe, cookies, weight.
// With SCREENSHOTS=1 it also writes docs/screenshots/invitation-page-<lang>.png and invitation-email-<lang>.png.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { EmailMessage, OrderCreated } from '../../shared/invitations.ts';
import { axeViolations } from './axe.ts';
import { readSummary, useE2E } from './harness.ts';

const e2e = useE2E();
const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const PAGE_BUDGET_GZ = 25 * 1024;

async function newOrder(locale: string, products: { productId: string; name: string }[] = []): Promise<OrderCreated> {
  const response = await fetch(`${e2e.stack.workerUrl}/v1/shops/${e2e.stack.demo.shopId}/orders`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${e2e.stack.demo.ownerKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      orderId: `E2E-${crypto.randomUUID().slice(0, 8)}`,
      locale,
      products,
      deliveredAt: new Date().toISOString(),
    }),
  });
  expect(response.status).toBe(201);
  return response.json();
}

describe('hosted feedback page', () => {
  it('should take the e-mail\'s star click plus Send as one answer with channel "link", with no cookie, no third-party request, axe clean', async () => {
    const order = await newOrder('pl-PL');
    const before = (await readSummary(e2e.stack)).byChannel.link;
    const page = await e2e.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const response = await page.goto(`${order.links.experience}?r=4`);
    const html = await response!.text();
    expect(gzipSync(html).length, 'page weight, gzipped').toBeLessThanOrEqual(PAGE_BUDGET_GZ);
    const stars = page.getByRole('group', { name: 'Twoja ocena' });
    await expect.poll(() => stars.getByRole('radio', { name: '4 z 5 gwiazdek' }).isChecked()).toBe(true);
    expect((await axeViolations(page, null)).map((v) => v.id)).toEqual([]);
    expect((await readSummary(e2e.stack)).byChannel.link, 'opening the link (as a mail scanner does) records nothing').toBe(
      before,
    );

    if (process.env.SCREENSHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/invitation-page-pl.png`, fullPage: true });
    }
    await page.getByRole('button', { name: 'Wyślij' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Dziękujemy! Twoja odpowiedź została zapisana.' }).isVisible())
      .toBe(true);
    expect(await page.context().cookies()).toEqual([]);
    const origin = new URL(e2e.stack.workerUrl).origin;
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    await expect.poll(async () => (await readSummary(e2e.stack)).byChannel.link).toBe(before + 1);
    expect((await axeViolations(page, null)).map((v) => v.id)).toEqual([]);
  });

  it('should store the review sent from the page as a verified purchase', async () => {
    const productId = `e2e-mug-${crypto.randomUUID().slice(0, 6)}`;
    const order = await newOrder('en', [{ productId, name: 'Stoneware mug' }]);
    const page = await e2e.newPage();
    await page.goto(order.links.reviews!);
    await page.locator('label[for="rating-0-5"]').click(); // the fifth star of the first product
    expect(
      await page.getByRole('group', { name: 'Stoneware mug' }).getByRole('radio', { name: '5 of 5 stars' }).isChecked(),
    ).toBe(true);
    await page.getByLabel('Your review (optional)').fill(`Keeps the tea hot for ages (${productId}).`);
    expect((await axeViolations(page, null)).map((v) => v.id)).toEqual([]);
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Thank you! Your answer has been saved.' }).isVisible()).toBe(true);
    const list = await (
      await fetch(`${e2e.stack.workerUrl}/v1/shops/${e2e.stack.demo.shopId}/products/${productId}/reviews`)
    ).json();
    expect((list as { reviews: { rating: number; verified: boolean; body: string }[] }).reviews).toEqual([
      expect.objectContaining({ rating: 5, verified: true, body: `Keeps the tea hot for ages (${productId}).` }),
    ]);
    if (process.env.SCREENSHOTS) {
      for (const lang of ['en', 'cs']) {
        const other = await newOrder(lang, [{ productId: 'shot', name: lang === 'cs' ? 'Keramický hrnek' : 'Stoneware mug' }]);
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(`${other.links.experience}?r=5`);
        await page.screenshot({ path: `${SHOTS}/invitation-page-${lang}.png`, fullPage: true });
      }
      for (const lang of ['en', 'pl', 'cs']) {
        const preview = await fetch(
          `${e2e.stack.workerUrl}/v1/shops/${e2e.stack.demo.shopId}/invitations/preview?touchpoint=delivery&locale=${lang}`,
          {
            headers: { Authorization: `Bearer ${e2e.stack.demo.ownerKey}` },
          },
        );
        const email = (await preview.json()) as EmailMessage;
        await page.setViewportSize({ width: 640, height: 700 });
        await page.setContent(email.html);
        await page.screenshot({ path: `${SHOTS}/invitation-email-${lang}.png`, fullPage: true });
      }
    }
  });
});
