// Invitations (#/invitations): "Report an order", the owner's way to POST /v1/shops/:shopId/orders. The API's
// `issues` show next to the fields they name; a stored order says what was scheduled; the line under the e-mail says
// what happens to the address; the API hint for developers stays below the form.
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2E } from './harness.ts';
import { createShop, ensureDashboardBuilt, screenshotPage, seriousAxeViolations, signInTo } from './dashboard-page.ts';

beforeAll(ensureDashboardBuilt, 60_000);
const e2e = useE2E();

describe('reporting an order from the Invitations screen', () => {
  it('should show the API’s issues next to the fields, then report the order and say what was scheduled', async () => {
    const shop = await createShop(e2e.stack);
    const page = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
    await signInTo(page, e2e.stack, shop, '#/invitations');
    const form = page.locator('.report-order form');
    await form.waitFor();
    expect(await page.getByLabel('Delivered on').inputValue()).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(await page.locator('[data-email-promise]').textContent()).toContain('Used only to send this order’s invitations.');
    expect(await page.locator('.report-order-api').textContent()).toContain('POST /v1/shops/:shopId/orders');

    // Nothing in the order number, no real address: the API refuses, and says so beside each field.
    await page.getByLabel('Customer’s e-mail').fill('not-an-address');
    await page.getByRole('button', { name: 'Report the order' }).click();
    await expect.poll(() => page.locator('#order-orderId').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#order-email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#order-orderId-error').textContent()).toBeTruthy();
    expect(await page.locator('#order-email-error').textContent()).toBeTruthy();
    expect(await page.locator('#order-email').getAttribute('aria-describedby')).toBe('order-email-hint order-email-error');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('order-orderId');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotPage(page, 'dashboard-report-order-issues-en-light-1280');

    const orderId = `ORDER-${crypto.randomUUID().slice(0, 8)}`;
    await page.getByLabel('Order number').fill(orderId);
    await page.getByLabel('Customer’s e-mail').fill('jana@example.com');
    await page.getByLabel('Language of the invitation').selectOption('cs');
    await page.getByLabel('Products (optional)').fill('mug-blue\nteapot');
    await page.getByRole('button', { name: 'Report the order' }).click();
    await expect.poll(() => page.locator('[data-order-reported]').getAttribute('data-order-reported')).toBe(orderId);
    const reported = await page.locator('[data-order-reported]').textContent();
    expect(reported).toMatch(
      new RegExp(`^Order ${orderId} reported\\. Delivery: invitation on .+\\. Product reviews: invitation on .+\\.$`),
    );
    expect(await page.locator('#order-orderId').getAttribute('aria-invalid')).toBeNull();

    const stored = await fetch(`${e2e.stack.workerUrl}/v1/shops/${shop.shopId}/orders/${orderId}`, {
      headers: { Authorization: `Bearer ${shop.ownerKey}` },
    });
    expect(stored.status).toBe(200);
    expect(await stored.json()).toMatchObject({ orderId, locale: 'cs' });

    // On a phone: nothing scrolls sideways, axe finds nothing serious.
    await page.setViewportSize({ width: 375, height: 800 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotPage(page, 'dashboard-report-order-en-light-375');
  }, 120_000);
});
