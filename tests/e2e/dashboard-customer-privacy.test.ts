// GDPR requests from a customer's timeline (#/customers/<ref>): "Export this customer's data" saves the JSON of
// GET …/customers/:ref/export; "Erase this customer's data" asks in a modal dialog (focus on Cancel, Escape
// cancels, says what goes and that it cannot be undone), then DELETE …/customers/:ref, shows what was deleted and
// that the shop holds nothing more about them.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CustomerExport } from '../../shared/owner-api.ts';
import { useE2E } from './harness.ts';
import { createShop, ensureDashboardBuilt, screenshotPage, seriousAxeViolations, signInTo } from './dashboard-page.ts';

beforeAll(ensureDashboardBuilt, 60_000);
const e2e = useE2E();

describe('a customer’s data requests on the timeline', () => {
  it('should export the customer’s data as a dated JSON file and erase it after a confirmation Escape cancels', async () => {
    const shop = await createShop(e2e.stack);
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`${e2e.stack.workerUrl}/v1/shops/${shop.shopId}${path}`, {
        ...init,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${shop.ownerKey}` },
      });
    for (const [rating, comment] of [
      [5, 'Quick delivery.'],
      [2, 'The lid was cracked.'],
    ] as const) {
      const response = await api('/responses', {
        method: 'POST',
        body: JSON.stringify({
          kind: 'experience',
          clientId: crypto.randomUUID(),
          elapsedMs: 20_000,
          locale: 'en',
          customerRef: 'ola-7',
          rating,
          comment,
        }),
      });
      expect(response.status, await response.clone().text()).toBe(201);
    }

    const page = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
    await signInTo(page, e2e.stack, shop, '#/customers/ola-7');
    await page.locator('[data-customer-balance]').waitFor();

    // Export: the endpoint's JSON, saved under the customer's reference and the date.
    const exportButton = page.getByRole('button', { name: 'Export this customer’s data' });
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toMatch(/^opinia-customer-ola-7-\d{4}-\d{2}-\d{2}\.json$/);
    // The browser may run in another process: save a local copy, then read it.
    const copy = join(tmpdir(), `${crypto.randomUUID()}-${download.suggestedFilename()}`);
    await download.saveAs(copy);
    const saved = JSON.parse(await readFile(copy, 'utf8')) as CustomerExport;
    expect(saved.customerRef).toBe('ola-7');
    expect(saved.answers.map((answer) => answer.comment).sort()).toEqual(['Quick delivery.', 'The lid was cracked.']);
    await expect
      .poll(() => page.locator('[data-customer-export]').textContent())
      .toBe(`Saved ${download.suggestedFilename()}: 2 answers, 0 replies.`);

    // Erase asks first, in a modal dialog that starts on Cancel; Escape cancels and nothing is deleted.
    const eraseButton = page.getByRole('button', { name: 'Erase this customer’s data' });
    await eraseButton.click();
    const dialog = page.getByRole('dialog', { name: 'Erase everything about “ola-7”?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('This cannot be undone.');
    expect(await dialog.textContent()).toContain('every answer sent with the reference “ola-7”');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotPage(page, 'dashboard-customer-erase-en-light-1280');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => eraseButton.evaluate((button) => button === document.activeElement)).toBe(true);
    expect((await api('/customers/ola-7')).status).toBe(200);

    // On a phone: the dialog fits, axe finds nothing serious; "Erase for good" deletes and says what.
    await page.setViewportSize({ width: 375, height: 800 });
    await eraseButton.click();
    await dialog.waitFor();
    expect(await dialog.evaluate((element) => element.getBoundingClientRect().right)).toBeLessThanOrEqual(375);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Erase for good' }).click();
    await expect.poll(() => page.locator('[data-customer-erased]').getAttribute('data-customer-erased')).toBe('2');
    expect(await page.getByRole('status').filter({ hasText: 'Erased' }).textContent()).toBe(
      'Erased “ola-7”: 2 answers deleted, with your replies to them and their orders’ invitations.',
    );
    await expect
      .poll(() => page.locator('[data-customer-empty]').textContent())
      .toBe('This shop holds no data about “ola-7” any more.');
    expect(await page.locator('[data-timeline-entry]').count()).toBe(0);
    expect((await api('/customers/ola-7')).status).toBe(404);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotPage(page, 'dashboard-customer-erased-en-light-375');
  }, 120_000);
});
