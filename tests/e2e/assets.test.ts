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
