// The dashboard's settings screen (#/settings) on a shop of its own: webhook URLs refused with a clear message next
// to the field, retention, who is asked (sampling), the review policy, a product's name, and the owner key rotated (the old key stops at
// once; the dashboard goes on with the new one, shown once to copy). axe in light and dark, 1280 and 375 px.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/owner-api.ts';
import type { ReviewsPage } from '../../shared/reviews.ts';
import { LANGUAGES } from '../../dashboard/src/locales.ts';
import { OVERVIEW_TEXTS } from '../../dashboard/src/overview/texts.ts';
import { SETTINGS_TEXTS } from '../../dashboard/src/settings/texts.ts';
import { useE2E } from './harness.ts';
import { createShop, ensureDashboardBuilt, screenshotPage, seriousAxeViolations, signInTo } from './dashboard-page.ts';

beforeAll(ensureDashboardBuilt, 60_000);
const e2e = useE2E();

describe('the settings screen', () => {
  it('should save each section, explain a refused webhook URL, and rotate the owner key without losing the dashboard', async () => {
    const shop = await createShop(e2e.stack);
    const settingsWith = async (key: string) =>
      fetch(`${e2e.stack.workerUrl}/v1/shops/${shop.shopId}/settings`, { headers: { Authorization: `Bearer ${key}` } });
    const page = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
    await signInTo(page, e2e.stack, shop, '#/settings');
    const section = (id: string) => page.locator(`[data-section=${id}]`);
    await section('webhooks').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotPage(page, 'dashboard-settings-en-light-1280');

    // Webhooks: a wrong URL is explained next to its field, which gets the focus; a public https URL is saved.
    const url = page.getByLabel('Webhook URL 1');
    await url.fill('http://hooks.example.com/opinia');
    await section('webhooks').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('#webhook-0-error').textContent()).toBe('Use https://, not http://.');
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('webhook-0');
    await url.fill('https://192.168.1.10/hook');
    await section('webhooks').getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.locator('#webhook-0-error').textContent())
      .toBe('This address is private or reserved; use a public host.');
    await url.fill('https://hooks.example.com/opinia');
    await section('webhooks').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Alerts (webhooks): saved.');
    expect(await page.locator('#webhook-0-error').count()).toBe(0);

    // Retention, verified-only reviews with an own disclosure text, a product's name.
    await section('retention').getByLabel('Keep answers until I delete them').uncheck();
    await section('retention').getByLabel('Delete answers older than (days)').fill('90');
    await section('retention').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Data retention: saved.');
    // Who is asked: a share per touchpoint, a wrong one explained next to its field; the public config follows.
    const checkoutShare = section('sampling').getByLabel('Checkout: share of page views asked (%)');
    expect(await checkoutShare.inputValue()).toBe('100');
    await checkoutShare.fill('140');
    await section('sampling').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('#sampling-checkout-error').textContent()).toBe('Enter a percentage from 0 to 100.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sampling-checkout');
    await checkoutShare.fill('25');
    await section('sampling').getByLabel('Browsing: share of page views asked (%)').fill('0');
    await section('sampling').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Who is asked: saved.');
    const config = await (await fetch(`${e2e.stack.workerUrl}/v1/shops/${shop.shopId}/config`)).json();
    expect(config).toMatchObject({ sampling: { browse: 0, checkout: 0.25, post_purchase: 1, delivery: 1 } });
    await section('reviews').getByLabel('Publish only reviews with a proof of purchase').check();
    await section('reviews').getByLabel('Text in English').fill('We check every review against an order.');
    await section('reviews').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Reviews: saved.');
    await section('products').getByLabel('Product id').fill('mug');
    await section('products').getByLabel('Name', { exact: true }).fill('Stoneware mug, 350 ml');
    await section('products').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Name of mug saved.');
    const saved = (await (await settingsWith(shop.ownerKey)).json()) as Settings;
    expect(saved).toMatchObject({
      webhooks: ['https://hooks.example.com/opinia'],
      retentionDays: 90,
      requireVerifiedReviews: true,
      reviewDisclosure: { en: 'We check every review against an order.' },
      sampling: { browse: 0, checkout: 0.25 },
    });
    const reviews = (await (
      await fetch(`${e2e.stack.workerUrl}/v1/shops/${shop.shopId}/products/mug/reviews`)
    ).json()) as ReviewsPage;
    expect(reviews.productName).toBe('Stoneware mug, 350 ml');

    // The owner key: a plain warning, a confirmation, then the new key once; the old one is refused at once.
    expect(await section('keys').locator('#keys-warning').textContent()).toContain('stop working immediately');
    const rotation = page.locator('[data-rotation=owner-key]');
    const rotate = rotation.getByRole('button', { name: 'Rotate: Owner key' });
    expect(await rotate.isDisabled()).toBe(true);
    await rotation.getByLabel('I understand: the old one stops working at once').check();
    await rotate.click();
    // The order-token secret's old value keeps verifying for 30 days: its confirmation says so, not "stops at once".
    expect(await page.locator('[data-rotation=order-token] label.check').textContent()).toBe(
      'I understand: new tokens must be signed with the new secret from now on',
    );
    const fresh = rotation.getByLabel('Your new owner key');
    await fresh.waitFor();
    const newKey = await fresh.inputValue();
    expect(newKey).toMatch(/^opk_/);
    expect((await settingsWith(shop.ownerKey)).status).toBe(401);
    expect((await settingsWith(newKey)).status).toBe(200);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Owner key replaced. The dashboard now uses the new key.');
    expect(await page.evaluate(() => JSON.stringify(sessionStorage))).toContain(newKey);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Language', { exact: true }).selectOption('cs');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Klíč majitele vyměněn. Přehled už používá nový klíč.');
    await screenshotPage(page, 'dashboard-settings-cs-dark-375');

    // The dashboard goes on with the new key: the overview loads without asking for a key.
    await page.getByRole('link', { name: 'Přehled' }).click();
    await page.locator('[data-onboarding]').waitFor(); // a shop without answers: its first steps
    expect(await page.locator('input[name=ownerKey]').count()).toBe(0);
  }, 120_000); // one page through every step, axe twice: ~15 s alone, more on a busy machine

  it('should show a shop with answers its embed code with Copy, and grey out the retention days while answers are kept', async () => {
    const shop = await createShop(e2e.stack);
    // A shop with answers: its overview shows figures, not the first steps with the snippet.
    const answer = await fetch(`${e2e.stack.workerUrl}/v1/shops/${shop.shopId}/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        clientId: crypto.randomUUID(),
        elapsedMs: 20_000,
        kind: 'experience',
        touchpoint: 'delivery',
        rating: 5,
      }),
    });
    expect(answer.status).toBe(201);
    const page = await e2e.newPage({ viewport: { width: 375, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
    await signInTo(page, e2e.stack, shop, '#/settings');
    const section = (id: string) => page.locator(`[data-section=${id}]`);
    await section('embed').waitFor();

    // The embed code: the snippet the shop was created with, copied by its button; the confirmation is for screen
    // readers (a live region, visually hidden).
    expect(await section('embed').getByLabel('Embed code').inputValue()).toBe(shop.embed);
    await section('embed').getByRole('button', { name: 'Copy', exact: true }).first().click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shop.embed);
    const status = section('embed').locator('[data-copy-status]');
    await expect.poll(() => status.textContent()).toBe('Copied to the clipboard.');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect((await status.boundingBox())!.width).toBeLessThanOrEqual(1);

    // Retention: while "keep until I delete them" is ticked, the days field is disabled and looks it.
    const keep = section('retention').locator('input[type=checkbox]');
    if (!(await keep.isChecked())) await keep.check();
    const days = page.locator('#retention-days');
    const looks = () =>
      page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
        const pick = (selector: string) => {
          const { backgroundColor, borderTopStyle, color, cursor } = style(selector);
          return { backgroundColor, borderTopStyle, color, cursor };
        };
        return {
          days: pick('#retention-days'),
          enabled: pick('#sampling-checkout'),
          label: style('label[for=retention-days]').color,
          enabledLabel: style('label[for=sampling-checkout]').color,
        };
      });
    for (const scheme of ['light', 'dark'] as const)
      for (const width of [375, 1280]) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: width === 375 ? 800 : 900 });
        for (const language of LANGUAGES) {
          await page
            .getByLabel(/Language|Język|Jazyk/)
            .first()
            .selectOption(language);
          const t = SETTINGS_TEXTS[language];
          await expect.poll(() => section('embed').locator('h2').textContent()).toBe(t.embed.heading);
          expect(await section('embed').getByLabel(OVERVIEW_TEXTS[language].onboarding.snippetLabel).inputValue()).toBe(
            shop.embed,
          );
          expect(await days.isDisabled()).toBe(true);
          const seen = await looks();
          const where = `${scheme} ${width} ${language}`;
          expect(seen.days.backgroundColor, where).not.toBe(seen.enabled.backgroundColor);
          expect(seen.days.color, where).not.toBe(seen.enabled.color);
          expect(seen.days.borderTopStyle, where).toBe('dashed');
          expect(seen.days.cursor, where).toBe('not-allowed');
          expect(seen.label, where).not.toBe(seen.enabledLabel);
        }
        // axe checks the muted label's contrast (AA) in each scheme and width.
        expect(await seriousAxeViolations(page)).toEqual([]);
      }
    await page.emulateMedia({ colorScheme: 'light' });
    // Unticked, the field is the same as every other.
    await keep.uncheck();
    expect(await days.isDisabled()).toBe(false);
    const seen = await looks();
    expect(seen.days).toEqual(seen.enabled);
    expect(seen.label).toBe(seen.enabledLabel);
  }, 120_000);
});
