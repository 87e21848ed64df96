// The overview for a new shop (issue #14 items 9–12), on a shop of its own: first steps instead of empty charts
// (embed snippet with the room-reserving wrapper, Copy, "Send a test answer"); then reviews and experience side by
// side, a 2★ review's title and stars in its attention card with the customer linked to their timeline, every card
// naming what its comment complains about (a mild "took two weeks" as plainly as a furious one), filters
// that the queue honours (and a page that says what ignores them), a status line that changes language, and on a
// phone tables that scroll with a visible hint. axe in light and dark, 1280 and 375 px.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AttentionPage } from '../../shared/owner-api.ts';
import { LANGUAGES, MESSAGES } from '../../dashboard/src/locales.ts';
import { MIN_THEME_MENTIONS } from '../../dashboard/src/themes.ts';
import { useE2E } from './harness.ts';
import {
  createShop,
  ensureDashboardBuilt,
  screenshotPage,
  seriousAxeViolations,
  signInTo,
  tileValue,
  unreadableFilters,
} from './dashboard-page.ts';

beforeAll(ensureDashboardBuilt, 60_000);
const e2e = useE2E();

describe('the overview of a new shop', () => {
  it('should onboard an empty shop, then show reviews beside experience, honest filters and phone-friendly tables', async () => {
    const shop = await createShop(e2e.stack);
    const page = await e2e.newPage({
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await signInTo(page, e2e.stack, shop);

    const onboarding = page.locator('[data-onboarding]');
    await onboarding.waitFor();
    expect(await page.locator('.chart-canvas').count()).toBe(0);
    const snippet = await page.getByLabel('Embed code').inputValue();
    expect(snippet).toBe(shop.embed);
    expect(snippet).toMatch(
      /^<div class="opinia-slot"><script src="[^"]+\/widget\.js" data-shop="[^"]+" async><\/script><\/div>$/,
    );
    await onboarding.getByRole('button', { name: 'Copy', exact: true }).first().click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shop.embed);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotPage(page, 'dashboard-onboarding-en-light-1280');

    await page.getByRole('button', { name: 'Send a test answer' }).click();
    await expect.poll(() => tileValue(page, 'responses')).toBe('1');
    expect(await page.getByRole('status').textContent()).toBe('Test answer received: the figures now show it.');

    // A 2★ review with a title only, and a complaint about delivery, both from known customers.
    const post = async (fields: Record<string, unknown>) => {
      const response = await fetch(`${e2e.stack.workerUrl}/v1/shops/${shop.shopId}/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ clientId: crypto.randomUUID(), elapsedMs: 20_000, ...fields }),
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    const review = await post({
      kind: 'review',
      productId: 'mug',
      rating: 2,
      title: 'Rozczarowanie',
      locale: 'pl',
      customerRef: 'klient-7',
    });
    const clear = await post({
      kind: 'experience',
      touchpoint: 'delivery',
      rating: 1,
      nps: 2,
      locale: 'en',
      customerRef: 'cust-9',
      comment: 'The delivery was late and the packaging was torn, terrible courier.',
    });
    // A 2★ answer whose comment names what went wrong in a mild tone: the worker opens it for the low rating; its
    // comment is not confident enough (score above −0.5) to be the `negative_theme` reason, yet it complains about
    // delivery, and the card says so as it does for the clearly negative one above.
    const mild = await post({
      kind: 'experience',
      touchpoint: 'delivery',
      rating: 2,
      locale: 'en',
      comment: 'The parcel took two weeks to arrive.',
    });
    const queue = await fetch(`${e2e.stack.workerUrl}/v1/shops/${shop.shopId}/attention?status=open&limit=50`, {
      headers: { Authorization: `Bearer ${shop.ownerKey}` },
    }).then((response) => response.json() as Promise<AttentionPage>);
    const mildItem = queue.items.find((item) => item.id === mild)!;
    expect(mildItem.reasons).toEqual(['low_rating']);
    expect(mildItem.themes).toContainEqual({ theme: 'delivery', label: 'negative' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => tileValue(page, 'responses')).toBe('4');
    const complaint = (id: string) => page.locator(`[data-attention-id="${id}"] [data-reason=negative_theme]`);
    await expect.poll(() => complaint(mild).textContent()).toBe('Complaint: Delivery');
    expect(await page.locator(`[data-attention-id="${mild}"] .reasons > li`).allTextContents()).toEqual([
      'Complaint: Delivery',
      'Low rating',
    ]);
    expect(await complaint(clear).textContent()).toMatch(/^Complaint: Delivery, Packaging/);

    const kinds = page.locator('[data-kind-figure=responses]');
    expect(await kinds.locator('[data-kind=experience]').textContent()).toBe('3');
    expect(await kinds.locator('[data-kind=review]').textContent()).toBe('1');
    // A figure says how many answers it rests on, and "only" under ten: three answers are no sample to rely on.
    // A product review asks no NPS question, so its NPS cell says so instead of showing a figure.
    const nps = page.locator('[data-kind-figure=nps]');
    expect(await nps.locator('[data-kind=experience]').textContent()).toMatch(/ \(only n = [12]\)$/); // the mild one has no NPS
    expect(await nps.locator('[data-kind=review]').textContent()).toBe('not asked');
    const rating = page.locator('[data-kind-figure=rating]');
    expect(await rating.locator('[data-kind=experience]').textContent()).toBe('2.67 (only n = 3)');
    expect(await rating.locator('[data-kind=review]').textContent()).toBe('2.00 (only n = 1)');
    expect(await page.locator('[data-kinds-few-note]').textContent()).toMatch(/^“Only n”: fewer than 10 answers/);
    // Customers' emotional balance in plain words, with what it means a line below.
    const customers = page.locator('[data-kpi=customers]');
    expect(await customers.locator('h3').textContent()).toBe('Mostly happy customers');
    expect(await customers.locator('[data-customers-split]').textContent()).toMatch(/^Mostly unhappy: \d+ · even: \d+$/);
    expect(await customers.textContent()).not.toMatch(/credit|debit/);
    const card = page.locator(`[data-attention-id="${review}"]`);
    await card.waitFor();
    expect(await card.locator('[data-review-title]').textContent()).toBe('Rozczarowanie');
    expect(await card.locator('[data-review-stars]').textContent()).toContain('★★☆☆☆');
    expect(await card.textContent()).not.toContain('No comment, only scores');
    expect(await card.locator('[data-customer-link]').getAttribute('href')).toBe('#/customers/klient-7');
    // A customer link in the card's small print is still a target of at least 24 × 24 px (WCAG 2.2).
    const linkBox = (await card.locator('[data-customer-link]').boundingBox())!;
    expect(linkBox.height).toBeGreaterThanOrEqual(24);
    expect(linkBox.width).toBeGreaterThanOrEqual(24);

    // A segment nobody is in: nothing open for it, the whole shop's count beside it, and the page says what ignores filters.
    await page.getByLabel('Segment').fill('nobody-here');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => tileValue(page, 'responses')).toBe('0');
    await expect
      .poll(() => page.locator('[data-open-count]').textContent())
      .toBe('0 open for these filters · 3 open in the whole shop');
    await expect.poll(() => page.locator('.attention-list > li').count()).toBe(0);
    expect(await page.locator('[data-filter-scope]').textContent()).toContain(
      'Only these ignore them: the count of mostly happy and mostly unhappy customers',
    );
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Figures updated: 0 responses.');
    await page.getByLabel('Language', { exact: true }).selectOption('pl');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Wyniki zaktualizowane, liczba odpowiedzi: 0.');

    // A phone in dark mode: the tables scroll sideways with a visible hint; a theme's pill stays on one line.
    await page.getByRole('button', { name: 'Wyczyść' }).click();
    await expect.poll(() => tileValue(page, 'responses')).toBe('4');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 375, height: 800 });
    await expect.poll(() => page.locator('[data-scroll-hint]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-scroll-hint]').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await unreadableFilters(page)).toEqual([]);
    // On a phone the customer link is 44 px tall, a thumb's size, and the line around it keeps its height.
    await expect.poll(async () => (await card.locator('[data-customer-link]').boundingBox())?.height).toBeGreaterThanOrEqual(44);
    const pill = page.locator('[data-theme] .pill').first();
    if (await pill.count()) expect((await pill.boundingBox())!.height).toBeLessThan(28);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotPage(page, 'dashboard-overview-pl-dark-375');
  }, 120_000); // one page through every step, axe twice: ~15 s alone, more on a busy machine

  it('should give a theme with fewer than 5 mentions no verdict ("Too few mentions to tell"), in en, pl and cs', async () => {
    const shop = await createShop(e2e.stack);
    const post = async (comment: string) => {
      const response = await fetch(`${e2e.stack.workerUrl}/v1/shops/${shop.shopId}/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          clientId: crypto.randomUUID(),
          elapsedMs: 20_000,
          kind: 'experience',
          touchpoint: 'delivery',
          rating: 1,
          locale: 'en',
          comment,
        }),
      });
      expect(response.status).toBe(201);
    };
    // Delivery criticised 6 times: a verdict. The price criticised twice: too few to tell.
    for (let i = 0; i < 6; i++) await post(`The delivery was late again (${i}), terrible courier.`);
    for (let i = 0; i < 2; i++) await post(`The price is far too high (${i}), a rip-off.`);
    const page = await e2e.newPage({ viewport: { width: 375, height: 800 } });
    await signInTo(page, e2e.stack, shop);
    const mood = (theme: string) => page.locator(`[data-theme=${theme}] th .pill`);
    await mood('price').waitFor();
    expect(Number(await page.locator('[data-theme=price] td').first().textContent())).toBeLessThan(MIN_THEME_MENTIONS);
    expect(Number(await page.locator('[data-theme=delivery] td').first().textContent())).toBeGreaterThanOrEqual(
      MIN_THEME_MENTIONS,
    );
    for (const width of [375, 1280])
      for (const language of LANGUAGES) {
        await page.setViewportSize({ width, height: width === 375 ? 800 : 900 });
        await page
          .getByLabel(/Language|Język|Jazyk/)
          .first()
          .selectOption(language);
        const t = MESSAGES[language].themes;
        await expect.poll(() => mood('price').textContent(), { message: `${language} ${width}` }).toBe(t.tooFew);
        expect(await mood('delivery').textContent()).toBe(t.complained);
        if (width === 375) expect((await mood('price').boundingBox())!.height).toBeLessThan(28); // one line
      }
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 60_000);
});
