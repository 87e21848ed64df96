// The dashboard's export screen (#/export) on a shop of its own: the count of matching answers, then the CSV and
// the JSON downloads with the overview's filters (answer type included) through the owner API.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportedAnswer } from '../../shared/owner-api.ts';
import { useE2E } from './harness.ts';
import { createShop, ensureDashboardBuilt, screenshotPage, seriousAxeViolations, signInTo } from './dashboard-page.ts';

beforeAll(ensureDashboardBuilt, 60_000);
const e2e = useE2E();

describe('the export screen', () => {
  it('should download the filtered answers as CSV and JSON, reviews with their title, author, verified and status', async () => {
    const shop = await createShop(e2e.stack);
    const post = async (fields: Record<string, unknown>) => {
      const response = await fetch(`${e2e.stack.workerUrl}/v1/shops/${shop.shopId}/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ clientId: crypto.randomUUID(), elapsedMs: 20_000, locale: 'en', ...fields }),
      });
      expect(response.status).toBe(201);
    };
    await post({ kind: 'experience', rating: 4, comment: 'Fast delivery,\nnicely packed' });
    await post({
      kind: 'review',
      productId: 'mug',
      rating: 2,
      title: 'Disappointing',
      comment: 'The handle came off.',
      authorName: 'Jan',
    });

    const page = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
    await signInTo(page, e2e.stack, shop, '#/export');
    await expect.poll(() => page.locator('[data-export-count]').getAttribute('data-export-count')).toBe('2');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotPage(page, 'dashboard-export-en-light-1280');

    const download = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
      // The browser may run in another process (one Chromium for the project): save a local copy, then read it.
      const copy = join(tmpdir(), `${crypto.randomUUID()}-${file.suggestedFilename()}`);
      await file.saveAs(copy);
      return { name: file.suggestedFilename(), text: await readFile(copy, 'utf8') };
    };
    const csv = await download('Download CSV');
    expect(csv.name).toMatch(new RegExp(`^opinia-${shop.shopId}-\\d{4}-\\d\\d-\\d\\d-\\d{4}-\\d\\d-\\d\\d\\.csv$`));
    const header = csv.text
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    expect(header).toEqual(expect.arrayContaining(['kind', 'title', 'author', 'verified', 'moderationStatus']));
    expect(csv.text).toContain('Disappointing');
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`Downloaded ${csv.name} (2).`);

    // Only product reviews: the count and the JSON follow the answer-type filter.
    await page.getByLabel('Answer type').selectOption('review');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => page.locator('[data-export-count]').getAttribute('data-export-count')).toBe('1');
    const json = await download('Download JSON');
    const answers = JSON.parse(json.text) as ExportedAnswer[];
    expect(answers).toEqual([
      expect.objectContaining({
        kind: 'review',
        rating: 2,
        review: { title: 'Disappointing', authorName: 'Jan', verified: false, status: expect.any(String) },
      }),
    ]);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByLabel('Language', { exact: true }).selectOption('cs');
    await page.setViewportSize({ width: 375, height: 800 });
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`Staženo ${json.name} (1).`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotPage(page, 'dashboard-export-cs-dark-375');
  }, 120_000); // one page through every step, axe twice: ~15 s alone, more on a busy machine
});
