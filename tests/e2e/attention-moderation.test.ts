// Product reviews in the attention queue (real worker + Chromium, a shop of its own): a 1★ "review" held for a link
// is spam until the owner says otherwise and waits in Moderation, not among the complaints; a 1★ review held for
// strong language is a customer's complaint, and its card says it is held for moderation and why, with the way there.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { createShop, ensureDashboardBuilt, signInTo } from './dashboard-page.ts';
import { useE2E } from './harness.ts';
import { shoot } from './screenshots.ts';

beforeAll(ensureDashboardBuilt, 60_000);
const e2e = useE2E();
// Each step drives a whole page (and axe) on a machine shared by many: room above vitest's default.
const STEP_MS = 120_000;

async function review(shopId: string, fields: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${e2e.stack.workerUrl}/v1/shops/${shopId}/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ clientId: crypto.randomUUID(), kind: 'review', productId: 'mug', elapsedMs: 20_000, ...fields }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const cards = (page: Page) => page.locator('.attention-list > li');

describe('reviews in the attention queue', () => {
  let shop: { shopId: string; ownerKey: string };
  let spam: string;
  let angry: string;

  it(
    'should list a review held for strong language as held, and why, and leave link spam to Moderation',
    async () => {
      shop = await createShop(e2e.stack);
      spam = await review(shop.shopId, { rating: 1, locale: 'en', comment: 'Cheap brushes at www.cheap-brushes.example !!!' });
      angry = await review(shop.shopId, {
        rating: 1,
        locale: 'cs',
        title: 'Hrůza',
        comment: 'Kartáček je na hovno, štětiny vypadaly hned první den.',
      });
      const page = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
      await signInTo(page, e2e.stack, shop);
      const card = page.locator(`[data-attention-id="${angry}"]`);
      await card.waitFor();
      expect(await cards(page).count()).toBe(1);
      expect(await page.locator(`[data-attention-id="${spam}"]`).count()).toBe(0);
      const note = card.locator('[data-moderation]');
      expect(await note.getAttribute('data-moderation')).toBe('held');
      expect(await note.textContent()).toBe(
        'Held for moderation (Strong language): not published until you decide. Decide in Moderation',
      );
      expect(await seriousViolations(page, `[data-attention-id="${angry}"]`)).toEqual([]);
      await shoot(card, 'attention-review-held-en-1280');

      // The way to decide: Moderation lists both, the spam as held for its link.
      await note.getByRole('link', { name: 'Decide in Moderation' }).click();
      const held = page.locator(`[data-review-id="${spam}"]`);
      await held.waitFor();
      expect(await held.locator('[data-hold-reason]').allTextContents()).toEqual(['Contains a link']);
      expect(await page.locator(`[data-review-id="${angry}"] [data-hold-reason]`).allTextContents()).toEqual(['Strong language']);
      await page.context().close();
    },
    STEP_MS,
  );

  it(
    'should say it in Czech on a phone, and keep the complaint, marked rejected, when the review is rejected as offensive',
    async () => {
      const page = await e2e.newPage({ viewport: { width: 375, height: 800 } });
      await signInTo(page, e2e.stack, shop);
      await page.getByLabel('Language', { exact: true }).selectOption('cs');
      const note = page.locator(`[data-attention-id="${angry}"] [data-moderation]`);
      await note.filter({ hasText: /^Zadrženo k moderaci \(Vulgární výrazy\)/ }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await shoot(page.locator(`[data-attention-id="${angry}"]`), 'attention-review-held-cs-375');

      const decided = await fetch(`${e2e.stack.workerUrl}/v1/shops/${shop.shopId}/reviews/${angry}/decision`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${shop.ownerKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ decision: 'reject', reason: 'offensive' }),
      });
      expect(decided.status).toBe(200);
      await page.reload();
      await note.filter({ hasText: /^Zamítnuto v moderaci/ }).waitFor();
      expect(await note.getAttribute('data-moderation')).toBe('rejected');
      expect(await note.getByRole('link').count()).toBe(0);
      expect(await seriousViolations(page, `[data-attention-id="${angry}"]`)).toEqual([]);
      await page.context().close();
    },
    STEP_MS,
  );
});
