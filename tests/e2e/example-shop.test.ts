// The example shop `npm start` serves (examples/shop, scripts/lib/shop-server.ts): every page loads without a
// failed request (no 404, not even for the icon the browser asks for) and without an error in the console, the
// strict-CSP page included, so a newcomer's console is clean.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2E, widget } from './harness.ts';

const e2e = useE2E();

const PAGES = [
  'index.html',
  'en/product.html',
  'en/thank-you.html',
  'en/strict-csp.html',
  'pl/product.html',
  'pl/thank-you.html',
  'cs/product.html',
  'cs/thank-you.html',
];

/** Every response of 400 or more, every failed request and every console error while `path` loads. */
async function problemsOf(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  await page.goto(`${e2e.stack.shopUrl}/${path}`, { waitUntil: 'networkidle' });
  return problems;
}

describe('the example shop', () => {
  it('should load every page without a failed request or a console error', async () => {
    for (const path of PAGES) {
      const page = await e2e.newPage();
      const problems = await problemsOf(page, path);
      if (path !== 'index.html') await widget(page).first().waitFor({ state: 'attached' });
      expect(problems, path).toEqual([]);
      // Each page names its icon, a file of the shop's own origin (allowed by the strict CSP's default-src 'self').
      const icon = await page.locator('link[rel=icon]').evaluate((link) => (link as HTMLLinkElement).href);
      expect(new URL(icon).origin, path).toBe(new URL(e2e.stack.shopUrl).origin);
      const response = await fetch(icon);
      expect(response.status, icon).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/svg+xml');
      await page.context().close();
    }
  }, 120_000);

  it('should answer the icon a browser asks for without a link, /favicon.ico, instead of a 404', async () => {
    const response = await fetch(`${e2e.stack.shopUrl}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(await response.text()).toMatch(/^<svg [^>]*><title>Zielony Kosz<\/title>/);
  });
});
