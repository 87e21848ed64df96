// Shared setup of the browser tests: the local stack and the Chromium (Debian's, driven by playwright-core) that
// global-setup.ts starts once for the project; each test file connects to the browser and closes its own contexts.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { ResponseInput, Summary } from '../../shared/schemas.ts';
import type { Stack } from '../../scripts/lib/stack.ts';
import { freePort } from '../../scripts/lib/net.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.ts';
import type { SharedStack, StackReport } from './global-setup.ts';

const DIST = resolve(import.meta.dirname, '../../dist/public/widget.js');
/** How long the first file waits for the stack global-setup.ts is starting (wrangler dev on a busy 2-core machine). */
const STACK_START_MS = 600_000;

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
    // The shared stack and browser are stopped by global-setup's teardown, not by a test file.
    e2e.stack = { ...(await sharedStack()), stop: async () => {} };
    const endpoint = inject('e2eBrowser');
    e2e.browser = endpoint
      ? await chromium.connect(endpoint)
      : await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    e2e.newPage = async (options) =>
      (await e2e.browser.newContext({ viewport: { width: 900, height: 1000 }, ...options })).newPage();
    testPages = await startTestPageServer();
    e2e.openTestPage = async (page, html) => void (await page.goto(testPages!.show(html)));
  }, STACK_START_MS + 60_000);
  afterAll(async () => {
    testPages?.server.close();
    await e2e.browser?.close(); // a connected browser: closes this file's contexts and disconnects
  });
  return e2e;
}

/** The stack global-setup.ts starts in the background, once it serves (or the reason it could not start). */
async function sharedStack(): Promise<SharedStack> {
  const file = inject('e2eStackReport');
  for (const deadline = Date.now() + STACK_START_MS; ; await sleep(250)) {
    const report = await readFile(file, 'utf8').then(
      (text) => JSON.parse(text) as StackReport,
      () => undefined,
    );
    if (report && 'stack' in report) return report.stack;
    if (report) throw new Error(`the e2e stack did not start:\n${report.error}`);
    if (Date.now() > deadline) throw new Error(`the e2e stack was not up after ${STACK_START_MS / 1000} s`);
  }
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
