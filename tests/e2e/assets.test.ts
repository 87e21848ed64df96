import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useE2E, widget } from './harness.ts';

const e2e = useE2E();
const uiChunk = readdirSync(resolve(import.meta.dirname, '../../dist/public')).find((name) => name.startsWith('widget-ui.'))!;

describe('the widget files served by the worker', () => {
  it('should serve the loader with a short cache and the hashed UI chunk as immutable, both with CORS', async () => {
    const get = (path: string) => fetch(`${e2e.stack.workerUrl}/${path}`, { headers: { Origin: e2e.stack.shopUrl } });
    const loader = await get('widget.js');
    expect(loader.status).toBe(200);
    expect(loader.headers.get('cache-control')).toBe('public, max-age=300');
    const chunk = await get(uiChunk);
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get('content-type')).toMatch(/javascript/);
    expect(chunk.headers.get('access-control-allow-origin')).toBe('*');
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('_headers')).status).not.toBe(200);
  });

  it('should let no other site frame the dashboard, whose CSP <meta> cannot say so (frame-ancestors, X-Frame-Options)', async () => {
    for (const path of ['dashboard/?shop=demo', 'dashboard/index.html']) {
      const response = await fetch(`${e2e.stack.workerUrl}/${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toBe("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
    const page = await e2e.newPage();
    await e2e.openTestPage(page, `<iframe src="${e2e.stack.workerUrl}/dashboard/?shop=demo"></iframe>`);
    const frame = page.frames()[1]!;
    await expect.poll(() => frame.url()).not.toBe('about:blank');
    expect(await frame.locator('#app').count()).toBe(0);
  });

  it('should load the UI chunk from the worker origin into a page of another origin, without cookies', async () => {
    const page = await e2e.newPage();
    const loaded: string[] = [];
    page.on('response', (response) => loaded.push(`${response.status()} ${response.url()}`));
    await page.goto(`${e2e.stack.shopUrl}/en/thank-you.html`);
    await expect.poll(() => widget(page).getByRole('button', { name: 'Send' }).isVisible()).toBe(true);
    expect(new URL(e2e.stack.shopUrl).origin).not.toBe(new URL(e2e.stack.workerUrl).origin);
    expect(loaded).toContain(`200 ${e2e.stack.workerUrl}/${uiChunk}`);
    expect(await page.context().cookies()).toEqual([]);
  });
});
