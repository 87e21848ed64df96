// Shared setup of the browser tests: the local stack started once by global-setup.ts, and Debian's
// Chromium driven by playwright-core, one browser per test file.
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { ResponseInput, Summary } from '../../shared/schemas.ts';
import type { Stack } from '../../scripts/lib/stack.ts';
import { freePort } from '../../scripts/lib/net.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const DIST = resolve(import.meta.dirname, '../../dist/public/widget.js');

export interface E2E {
  stack: Stack;
  browser: Browser;
  /** A fresh page in a fresh context (own storage), closed after the file's tests. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** Opens `html` as a page of a third localhost origin, so a test can try any script tag. */
  openTestPage(page: Page, html: string): Promise<void>;
}

/**
 * Test pages come from a real localhost server: a page fulfilled by `page.route` counts as
 * "public" for Chromium's Local Network Access checks, which then block scripts from localhost.
 */
async function startTestPageServer(): Promise<{ server: Server; show(html: string): string }> {
  const pages = new Map<string, string>();
  const server = createHttpServer((request, response) => {
    const html = pages.get(request.url ?? '');
    response.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(html ?? 'Not found');
  });
  const port = await freePort();
  await new Promise<void>((resolveListen) => server.listen(port, 'localhost', resolveListen));
  return {
    server,
    show(html) {
      const path = `/page-${pages.size + 1}.html`;
      pages.set(path, html);
      return `http://localhost:${port}${path}`;
    },
  };
}

/** Gives the file the shared stack and its own Chromium, closed after the file's tests. */
export function useE2E(): E2E {
  const e2e = {} as E2E;
  let testPages: Awaited<ReturnType<typeof startTestPageServer>> | undefined;
  beforeAll(async () => {
    if (!existsSync(DIST)) throw new Error('dist/public/widget.js is missing: run `npm run build:widget` first');
    // The shared stack is stopped by global-setup's teardown, not by a test file.
    e2e.stack = { ...inject('e2eStack'), stop: async () => {} };
    e2e.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    e2e.newPage = async (options) => (await e2e.browser.newContext({ viewport: { width: 900, height: 1000 }, ...options })).newPage();
    testPages = await startTestPageServer();
    e2e.openTestPage = async (page, html) => void (await page.goto(testPages!.show(html)));
  });
  afterAll(async () => {
    testPages?.server.close();
    await e2e.browser?.close();
  });
  return e2e;
}

/** The widget's host element; Playwright's locators pierce its open shadow root. */
export const widget = (page: Page): Locator => page.locator('opinia-widget');

export const RESPONSES_ROUTE = '**/v1/shops/*/responses';

/**
 * Collects the JSON body of every answer the page posts, in order, retries included. (Chromium does
 * not report fetch bodies to `page.on('request')`; a route does see them.) Call it after any route
 * that fails requests: the route added last runs first, and this one passes every request on.
 */
export async function recordPostedAnswers(page: Page): Promise<ResponseInput[]> {
  const posted: ResponseInput[] = [];
  await page.route(RESPONSES_ROUTE, async (route) => {
    if (route.request().method() === 'POST') posted.push(JSON.parse(route.request().postData() ?? 'null') as ResponseInput);
    await route.fallback();
  });
  return posted;
}

export async function readSummary(stack: Stack): Promise<Summary> {
  const response = await fetch(`${stack.workerUrl}/v1/shops/${stack.demo.shopId}/summary`, {
    headers: { Authorization: `Bearer ${stack.demo.ownerKey}` },
  });
  if (!response.ok) throw new Error(`summary: ${response.status} ${await response.text()}`);
  return (await response.json()) as Summary;
}

export const embed = (stack: Stack, attributes: string) =>
  `<script src="${stack.workerUrl}/widget.js" data-shop="demo" ${attributes} async></script>`;
