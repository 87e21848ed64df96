// A shopper's 4,000-character comment (the most the API takes) in the dashboard (real worker + Chromium, a shop of
// its own): the attention card and the customer timeline fold it to a few lines with "Show all", so one long comment
// does not make a card as tall as a dozen others; after "Show all" the whole text can be read, and "Show less" folds
// it again. A short comment gets no button.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_COMMENT_CHARS } from '../../shared/limits.ts';
import { createShop, ensureDashboardBuilt, seriousAxeViolations, signInTo } from './dashboard-page.ts';
import { useE2E } from './harness.ts';

beforeAll(ensureDashboardBuilt, 60_000);
const e2e = useE2E();
// Each case drives whole pages (and axe twice) on a machine shared by many: room above vitest's default.
const CASE_MS = 180_000;

const SENTENCE = 'The mug arrived broken and the handle was missing, so I waited two weeks for an answer. ';
const LONG = SENTENCE.repeat(Math.ceil(MAX_COMMENT_CHARS / SENTENCE.length))
  .slice(0, MAX_COMMENT_CHARS - 1)
  .trim();
const SHORT = 'Broken mug.';

/** Height of a box in lines of its own text. */
const lines = (box: Locator) =>
  box.evaluate((element) => element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight));
/** Whether a box shows all of its text (nothing cut off below). */
const showsAll = (box: Locator) => box.evaluate((element) => element.scrollHeight <= element.clientHeight + 1);

const height = (box: Locator) => box.evaluate((element) => element.getBoundingClientRect().height);

/** The card (with the reply box under it, if any) stays under `maxCardPx` folded; 4,000 characters unfolded are far taller. */
async function expectFoldsAndUnfolds(page: Page, text: Locator, toggle: Locator, card: Locator, maxCardPx: number) {
  await expect.poll(() => lines(text)).toBeLessThanOrEqual(4.5);
  const folded = await height(card);
  expect(folded).toBeLessThan(maxCardPx);
  expect(await showsAll(text)).toBe(false);
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  expect(await toggle.textContent()).toBe('Show all');
  expect(await seriousAxeViolations(page)).toEqual([]);

  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
  await expect.poll(() => showsAll(text)).toBe(true);
  expect(await lines(text)).toBeGreaterThan(20);
  expect(await height(card)).toBeGreaterThan(folded + 300);
  expect((await text.textContent())?.trim()).toBe(LONG);
  expect(await toggle.textContent()).toBe('Show less');
  expect(await seriousAxeViolations(page)).toEqual([]);

  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
  await expect.poll(() => height(card)).toBe(folded);
}

describe('a long comment in the dashboard', () => {
  let shop: { shopId: string; ownerKey: string };
  let long: string;
  let short: string;

  beforeAll(async () => {
    shop = await createShop(e2e.stack);
    const answer = async (comment: string) => {
      const response = await fetch(`${e2e.stack.workerUrl}/v1/shops/${shop.shopId}/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          clientId: crypto.randomUUID(),
          kind: 'experience',
          elapsedMs: 20_000,
          locale: 'en',
          customerRef: 'long-reader',
          rating: 1,
          comment,
        }),
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    long = await answer(LONG);
    short = await answer(SHORT);
  }, 60_000);

  for (const viewport of [
    { width: 375, height: 800 },
    { width: 1280, height: 900 },
  ]) {
    it(
      `should fold it to 4 lines with "Show all" in the attention card and the timeline at ${viewport.width}×${viewport.height}`,
      async () => {
        const page = await e2e.newPage({ viewport });
        await signInTo(page, e2e.stack, shop);
        const card = page.locator(`[data-attention-id="${long}"]`);
        await card.waitFor();
        await page.locator(`[data-attention-id="${short}"] blockquote`).waitFor();
        await expectFoldsAndUnfolds(
          page,
          card.locator('blockquote'),
          card.getByRole('button', { name: 'Show all' }).or(card.getByRole('button', { name: 'Show less' })),
          card,
          1000,
        );
        expect(await page.locator(`[data-attention-id="${short}"] [data-clamp-toggle]`).count()).toBe(0);

        await page.goto(`${page.url().split('#')[0]}#/customers/long-reader`);
        const row = page.locator('[data-timeline-entry]').filter({ hasText: SENTENCE.trim() });
        await row.waitFor();
        const cell = row.locator('.customer-comment');
        await expectFoldsAndUnfolds(page, cell.locator('.clamp'), cell.locator('[data-clamp-toggle]'), row, 600);
        const shortCell = page.locator('[data-timeline-entry]').filter({ hasText: SHORT }).locator('.customer-comment');
        expect(await shortCell.locator('[data-clamp-toggle]').count()).toBe(0);
      },
      CASE_MS,
    );
  }
});
