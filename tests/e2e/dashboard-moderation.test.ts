// The dashboard's moderation screen (#/moderation), end to end on a shop of its own: held reviews show why they
// were held and take no public reply until published; Publish and Reject-for-a-fixed-reason take them out of the
// queue (the API agrees); a public reply appears under the review; the log lists every step with the review's stars
// and the start of its title or text. Keyboard focus, axe (light and dark), en/pl, 375 and 1280 px.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModerationPage } from '../../shared/reviews.ts';
import { useE2E } from './harness.ts';
import { shoot } from './screenshots.ts';
import {
  createShop,
  ensureDashboardBuilt,
  screenshotPage,
  seriousAxeViolations,
  sidewaysOverflow,
  signInTo,
} from './dashboard-page.ts';

beforeAll(ensureDashboardBuilt, 60_000);
const e2e = useE2E();

async function review(shopId: string, fields: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${e2e.stack.workerUrl}/v1/shops/${shopId}/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      clientId: crypto.randomUUID(),
      kind: 'review',
      productId: 'mug',
      elapsedMs: 20_000,
      locale: 'pl',
      ...fields,
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe('the moderation screen', () => {
  it('should publish, reject for a fixed reason and reply publicly, by keyboard, with the log and the API agreeing', async () => {
    const shop = await createShop(e2e.stack);
    const owner = async (path: string) =>
      (
        await fetch(`${e2e.stack.workerUrl}/v1/shops/${shop.shopId}${path}`, {
          headers: { Authorization: `Bearer ${shop.ownerKey}` },
        })
      ).json();
    const spam = await review(shop.shopId, {
      rating: 5,
      title: 'Super',
      comment: 'Taniej na www.inny-sklep.example',
      authorName: 'Ala',
    });
    const honest = await review(shop.shopId, {
      rating: 2,
      title: 'Rozczarowanie',
      comment: 'Ucho odpadło, zdjęcia: https://imgs.example/1',
    });

    const page = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
    await signInTo(page, e2e.stack, shop, '#/moderation');
    const card = (id: string) => page.locator(`[data-review-id="${id}"]`);
    await card(honest).waitFor();
    expect(await card(honest).locator('[data-hold-reason]').allTextContents()).toContain('Contains a link');
    expect(await card(honest).getByRole('heading').textContent()).toBe('Rozczarowanie');
    expect(await card(honest).getByRole('img').getAttribute('aria-label')).toBe('2 of 5 stars');
    // A held review takes no public reply yet: nobody would see it; the card says when it can.
    expect(await card(honest).locator('textarea').count()).toBe(0);
    expect(await card(honest).locator('[data-reply-after-publish]').textContent()).toBe(
      'You can reply publicly once you publish this review: until then nobody sees it.',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotPage(page, 'dashboard-moderation-en-light-1280');

    // Publish the 2★ review by keyboard: it leaves the held list and focus stays in the list.
    await card(honest).getByRole('button', { name: 'Publish', exact: true }).focus();
    await page.keyboard.press('Enter');
    await card(honest).waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Review published.');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-review-id]')?.getAttribute('data-review-id'))).toBe(
      spam,
    );

    // Reject the advert for "spam": only the fixed reasons are offered, and none is chosen for the owner.
    const reasons = card(spam).getByLabel('Reason for rejecting');
    expect(await reasons.locator('option').allTextContents()).toEqual([
      'Choose a reason',
      'Spam or advertising',
      'Offensive',
      'Not about the product',
      'Contains personal data',
    ]);
    expect(await reasons.inputValue()).toBe('');
    // "Reject" before a reason: nothing is rejected; it says what is missing and takes the owner to the picker.
    await card(spam).getByRole('button', { name: 'Reject', exact: true }).click();
    expect(await card(spam).getByRole('alert').textContent()).toBe('Choose a reason for rejecting first.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`review-${spam}-reason`);
    expect(await reasons.getAttribute('aria-invalid')).toBe('true');
    expect(await reasons.getAttribute('aria-describedby')).toContain(`review-${spam}-reject-missing`);
    expect(((await owner('/moderation?status=held')) as ModerationPage).reviews.map((entry) => entry.id)).toEqual([spam]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(card(spam), 'dashboard-moderation-reason-missing-en-1280');
    await reasons.selectOption('spam');
    expect(await card(spam).locator('[data-reason-missing]').count()).toBe(0);
    await card(spam).getByRole('button', { name: 'Reject', exact: true }).click();
    await card(spam).waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Review rejected: Spam or advertising.');
    expect(await page.locator('main .empty').textContent()).toBe('No review is waiting for you.');

    // The status line changes language with the page.
    await page.getByLabel('Language', { exact: true }).selectOption('pl');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Opinia odrzucona: Spam lub reklama.');

    // Reply publicly under the published review.
    await page.getByRole('radio', { name: 'Opublikowane' }).check();
    await card(honest).waitFor();
    await card(honest).getByLabel('Publiczna odpowiedź (widoczna pod opinią)').fill('Przepraszamy! Wysłaliśmy nowy kubek.');
    await card(honest).getByRole('button', { name: 'Opublikuj odpowiedź' }).click();
    await expect.poll(() => card(honest).locator('[data-public-reply]').textContent()).toContain('Wysłaliśmy nowy kubek');

    const published = (await owner('/moderation?status=published')) as ModerationPage;
    expect(published.reviews).toEqual([
      expect.objectContaining({ id: honest, reply: expect.objectContaining({ text: 'Przepraszamy! Wysłaliśmy nowy kubek.' }) }),
    ]);
    expect(((await owner('/moderation?status=rejected')) as ModerationPage).reviews.map((entry) => entry.id)).toEqual([spam]);
    await expect
      .poll(() => page.locator('[data-log-action]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-log-action'))))
      .toEqual(['replied', 'rejected', 'approved', 'held', 'held']);
    expect(await page.locator('[data-log-action=rejected] td').nth(2).textContent()).toBe('Spam lub reklama');
    // Each step names its review as the owner knows it: the stars and the start of its title (else its text), as text;
    // the id stays at hand in small print and as the excerpt's tooltip.
    const logged = page.locator('[data-log-action=rejected]');
    expect(await logged.getByRole('img').getAttribute('aria-label')).toBe('5 z 5 gwiazdek');
    expect(await logged.locator('.log-excerpt').textContent()).toBe('Super');
    expect(await logged.locator('.log-excerpt').getAttribute('title')).toBe(`ID opinii: ${spam}`);
    expect(await logged.locator('.log-id').textContent()).toBe(spam.slice(0, 8));
    expect(await page.locator('[data-log-action=approved] .log-excerpt').textContent()).toBe('Rozczarowanie');

    // Dark, narrow: nothing overflows sideways and axe stays clean.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // The log reads whole on a phone, one card per step, down to 320 px: the review's excerpt too, no sideways scroll.
    const excerpt = page.locator('[data-log-action=rejected] .log-excerpt');
    for (const width of [375, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await expect.poll(() => sidewaysOverflow(page, '.moderation-log')).toEqual([]);
      await expect
        .poll(async () => {
          const box = (await excerpt.boundingBox())!;
          return box.x >= 0 && box.x + box.width <= width;
        })
        .toBe(true);
    }
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotPage(page, 'dashboard-moderation-pl-dark-375');
  }, 120_000); // one page through every step, axe twice: ~15 s alone, more on a busy machine
});
