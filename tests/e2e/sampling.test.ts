import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2E, widget } from './harness.ts';

const e2e = useE2E();

const html = (body: string) => `<!doctype html><html lang="en"><title>Shop</title><body><main>${body}</main></body></html>`;
let shop: { shopId: string; ownerKey: string };

/** Every request the page makes to the worker's API and chunks, as "METHOD path". */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(e2e.stack.workerUrl).origin) seen.push(`${request.method()} ${url.pathname}`);
  });
  return seen;
}

const tag = (attributes: string) =>
  `<script src="${e2e.stack.workerUrl}/widget.js" data-shop="${shop.shopId}" ${attributes} async></script>`;

describe('study sampling in the widget (GET …/config)', () => {
  beforeAll(async () => {
    const created = await fetch(`${e2e.stack.workerUrl}/v1/shops`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Sampled shop', origins: ['http://localhost:1'] }),
    });
    expect(created.status).toBe(201);
    shop = await created.json();
    const settings = await fetch(`${e2e.stack.workerUrl}/v1/shops/${shop.shopId}/settings`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${shop.ownerKey}` },
      body: JSON.stringify({ sampling: { delivery: 0 }, digest: { cadence: 'weekly', segments: ['vip'] } }),
    });
    expect(settings.status).toBe(200);
  });

  it('should neither ask nor send anything on a sampled-out page', async () => {
    const page = await e2e.newPage();
    const requests = recordRequests(page);
    await e2e.openTestPage(page, html(tag('data-touchpoint="delivery"')));
    await expect.poll(() => requests).toContain(`GET /v1/shops/${shop.shopId}/config`);
    await page.waitForTimeout(1500);
    expect(await widget(page).getByRole('radiogroup').count()).toBe(0);
    expect(requests.filter((r) => r.startsWith('POST') || /widget-ui\./.test(r))).toEqual([]);
  });

  it('should always ask on a page of the segment under study', async () => {
    const page = await e2e.newPage();
    await e2e.openTestPage(page, html(tag('data-touchpoint="delivery" data-segment="vip"')));
    await expect.poll(() => widget(page).getByRole('radiogroup').first().isVisible()).toBe(true);
  });

  it('should ask at a touchpoint the owner did not sample', async () => {
    const page = await e2e.newPage();
    await e2e.openTestPage(page, html(tag('data-touchpoint="checkout"')));
    await expect.poll(() => widget(page).getByRole('radiogroup').first().isVisible()).toBe(true);
  });

  it('should not fetch the config where the widget would not ask anyway ("Not now" snoozes it)', async () => {
    const page = await e2e.newPage();
    await page.addInitScript(
      (key) => localStorage.setItem(key, String(Date.now() + 864e5)),
      `opinia-outbox:${shop.shopId}:snooze`,
    );
    const requests = recordRequests(page);
    await e2e.openTestPage(page, html(tag('data-touchpoint="checkout" data-trigger="delay" data-delay="1"')));
    await expect.poll(() => requests).toContain('GET /widget.js');
    await page.waitForTimeout(1500);
    expect(requests.filter((r) => r.includes('/config') || r.includes('widget-gate') || r.includes('widget-ui'))).toEqual([]);
  });
});
