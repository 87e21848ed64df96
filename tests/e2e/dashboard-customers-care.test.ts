// Customers (#/customers) for a newcomer: under the lookup box, the shop's customers who need care first (lowest
// balance first, with their open complaints, GET …/customers?order=balance), ten at a time, each linking to its
// timeline.
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2E } from './harness.ts';
import { createShop, ensureDashboardBuilt, screenshotPage, seriousAxeViolations, signInTo } from './dashboard-page.ts';

beforeAll(ensureDashboardBuilt, 60_000);
const e2e = useE2E();

describe('the customers who need care first', () => {
  it('should list the customers lowest balance first under the lookup, ten at a time, each opening its timeline', async () => {
    const shop = await createShop(e2e.stack);
    const answer = async (customerRef: string, rating: number, comment?: string) => {
      const response = await fetch(`${e2e.stack.workerUrl}/v1/shops/${shop.shopId}/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          kind: 'experience',
          clientId: crypto.randomUUID(),
          elapsedMs: 20_000,
          locale: 'en',
          customerRef,
          rating,
          comment,
        }),
      });
      expect(response.status, await response.clone().text()).toBe(201);
    };
    // Ten content customers (balance +1), one with a complaint (−1), one with two (−2).
    for (let n = 1; n <= 10; n += 1) await answer(`happy-${String(n).padStart(2, '0')}`, 5);
    await answer('marta', 1, 'The parcel was wet.');
    await answer('tomas', 1, 'Wrong colour.');
    await answer('tomas', 2, 'Still no answer.');

    const page = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
    await signInTo(page, e2e.stack, shop, '#/customers');
    const rows = page.locator('[data-care-customer]');
    await expect.poll(() => rows.count()).toBe(10);
    const cells = (n: number) => rows.nth(n).locator('td').allTextContents();
    expect(await cells(0)).toEqual(['tomas', '−2', '2', expect.any(String)]);
    expect(await cells(1)).toEqual(['marta', '−1', '1', expect.any(String)]);
    expect(await cells(2)).toEqual(['happy-01', '+1', '0', expect.any(String)]);
    expect(await page.getByRole('heading', { name: 'Customers who need care first' }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotPage(page, 'dashboard-customers-care-en-light-1280');

    await page.getByRole('button', { name: 'Show more customers' }).click();
    await expect.poll(() => rows.count()).toBe(12);
    expect(await page.getByRole('button', { name: 'Show more customers' }).count()).toBe(0);

    // On a phone each customer is a card; nothing scrolls sideways.
    await page.setViewportSize({ width: 375, height: 800 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotPage(page, 'dashboard-customers-care-en-light-375');

    await page.getByRole('link', { name: 'tomas', exact: true }).click();
    await expect.poll(() => page.locator('[data-customer-balance]').getAttribute('data-customer-balance')).toBe('-2');
    expect(page.url()).toMatch(/#\/customers\/tomas$/);
  }, 120_000);
});
