// Helpers for the dashboard's browser tests: make sure it is built, sign in, read tiles, call the owner API.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { AttentionPage } from '../../shared/owner-api.ts';
import type { Summary } from '../../shared/schemas.ts';
import type { Stack } from '../../scripts/lib/stack.ts';
import { seriousPageViolations } from './axe.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const DASHBOARD_INDEX = resolve(ROOT, 'dist/public/dashboard/index.html');
export const SCREENSHOTS = resolve(ROOT, 'docs/screenshots');

/** Builds the dashboard when `npm run build` has not (e.g. `npm test` builds the widget only). */
export async function ensureDashboardBuilt(): Promise<void> {
  if (existsSync(DASHBOARD_INDEX)) return;
  const { build } = await import('vite');
  await build({ configFile: resolve(ROOT, 'dashboard/vite.config.ts'), logLevel: 'warn' });
}

export const dashboardUrl = (stack: Stack) => `${stack.workerUrl}/dashboard`;

/** Opens the dashboard, fills the key form by mouse-free `fill` and waits for the first figures. */
export async function signIn(page: Page, stack: Stack, ownerKey = stack.demo.ownerKey): Promise<void> {
  await page.goto(dashboardUrl(stack));
  await page.locator('input[name=shopId]').fill(stack.demo.shopId);
  await page.locator('input[name=ownerKey]').fill(ownerKey);
  await page.locator('input[name=ownerKey]').press('Enter');
}

export async function waitForFigures(page: Page): Promise<void> {
  await page.locator('[data-kpi=responses] .value').waitFor();
  await page.locator('main[aria-busy=false]').waitFor();
}

/** Waits until the lazily loaded chart is drawn and the attention queue has its first page. */
export async function waitForPanels(page: Page): Promise<void> {
  await page.locator('.chart-canvas canvas').first().waitFor();
  await page.locator('.attention-list > li, .attention .empty').first().waitFor();
}

export const tileValue = (page: Page, kpi: string) => page.locator(`[data-kpi=${kpi}] .value`).textContent();
export const tileDelta = (page: Page, kpi: string) => page.locator(`[data-kpi=${kpi}] .delta`).textContent();

async function ownerGet<T>(stack: Stack, path: string): Promise<T> {
  const response = await fetch(`${stack.workerUrl}/v1/shops/${stack.demo.shopId}${path}`, {
    headers: { Authorization: `Bearer ${stack.demo.ownerKey}` },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export const summaryWith = (stack: Stack, query: Record<string, string>) =>
  ownerGet<Summary>(stack, `/summary?${new URLSearchParams(query).toString()}`);

export async function attentionIds(stack: Stack, status: 'open' | 'resolved'): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: AttentionPage = await ownerGet<AttentionPage>(
      stack,
      `/attention?status=${status}&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
    );
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

/** Width and height from a PNG's IHDR chunk. */
export async function pngSize(path: string): Promise<{ width: number; height: number; bytes: number }> {
  const png = await readFile(path);
  if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error(`${path} is not a PNG`);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bytes: png.length };
}

/** A new shop of its own, so that a spec may moderate, rotate keys or stay empty without touching the demo shop. */
export async function createShop(
  stack: Stack,
  name = `E2E ${Date.now()}`,
): Promise<{ shopId: string; ownerKey: string; embed: string }> {
  const response = await fetch(`${stack.workerUrl}/v1/shops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, origins: ['https://shop.example'] }),
  });
  if (response.status !== 201) throw new Error(`POST /v1/shops: ${response.status} ${await response.text()}`);
  return (await response.json()) as { shopId: string; ownerKey: string; embed: string };
}

/** Signs in to `shop` and opens the screen the hash names (e.g. `#/moderation`). */
export async function signInTo(page: Page, stack: Stack, shop: { shopId: string; ownerKey: string }, hash = ''): Promise<void> {
  await page.goto(`${dashboardUrl(stack)}${hash}`);
  await page.locator('input[name=shopId]').fill(shop.shopId);
  await page.locator('input[name=ownerKey]').fill(shop.ownerKey);
  await page.locator('input[name=ownerKey]').press('Enter');
  await page.locator('main#main').waitFor();
}

/** axe-core's serious and critical findings on the whole page (WCAG 2.2 AA tags), run in the page (axe.ts). */
export const seriousAxeViolations = (page: Page): Promise<string[]> => seriousPageViolations(page);

/** Writes docs/screenshots/<name>.png of the whole page, only with SCREENSHOTS=1 (so `npm test` leaves the checkout clean). */
export async function screenshotPage(page: Page, name: string): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/**
 * What of the overview's filter form cannot be read whole: a label wider than its field or on more than one line, a
 * select option (any of them may be the chosen one) wider than the select leaves for text beside its arrow. On a
 * phone, where the form is folded behind its "Filters" button, it opens the form first.
 */
export async function unreadableFilters(page: Page): Promise<string[]> {
  const toggle = page.locator('[data-filter-toggle]');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  return page.evaluate(() => {
    const ARROW_PX = 24; // Chromium's drop-down arrow with its gap, inside the select's padding box
    const context = document.createElement('canvas').getContext('2d')!;
    const problems: string[] = [];
    for (const field of document.querySelectorAll('.filters .field')) {
      const label = field.querySelector('label')!;
      const labelFont = parseFloat(getComputedStyle(label).fontSize);
      if (label.scrollWidth > label.clientWidth || label.getBoundingClientRect().height > labelFont * 2)
        problems.push(`label "${label.textContent}" (${label.getBoundingClientRect().height}px high)`);
      const select = field.querySelector('select');
      if (!select) continue;
      const style = getComputedStyle(field.querySelector<Element>('select')!); // the root tsconfig's DOM and workers types disagree on HTMLSelectElement
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - ARROW_PX;
      for (const option of select.options) {
        const width = context.measureText(option.text).width;
        if (width > room) problems.push(`"${label.textContent}": "${option.text}" needs ${Math.ceil(width)}px, has ${room}px`);
      }
    }
    return problems;
  });
}

/** How far the Themes table scrolls sideways in its panel (0 when it fits). */
export const themesOverflow = (page: Page): Promise<number> =>
  page
    .locator('section[aria-labelledby=themes-heading] .table-scroll')
    .evaluate((region) => region.scrollWidth - region.clientWidth);

/**
 * What in `selector` a phone cannot read without scrolling sideways: the page wider than the viewport, a table's
 * scroll region that scrolls, a shown body cell not wholly within the viewport's width, or no cell shown at all (a
 * hidden table proves nothing). Empty when all fits. Poll it.
 */
export const sidewaysOverflow = (page: Page, selector: string): Promise<string[]> =>
  page.evaluate((selector) => {
    const problems: string[] = [];
    const width = window.innerWidth;
    const pageWidth = document.scrollingElement!.scrollWidth;
    if (pageWidth > width) problems.push(`the page is ${pageWidth}px wide in a ${width}px viewport`);
    const root = document.querySelector(selector);
    if (!root) return [`nothing matches ${selector}`];
    for (const region of root.querySelectorAll('.table-scroll'))
      if (region.scrollWidth > region.clientWidth + 1)
        problems.push(`"${region.getAttribute('aria-label')}" scrolls: ${region.scrollWidth}px in ${region.clientWidth}px`);
    const cells = [...root.querySelectorAll('tbody th, tbody td')].filter((cell) => cell.getClientRects().length > 0);
    if (cells.length === 0) problems.push(`no table cell is shown in ${selector}`);
    for (const cell of cells) {
      const box = cell.getBoundingClientRect();
      if (box.left < 0 || box.right > width)
        problems.push(`"${cell.textContent}" spans ${Math.round(box.left)}–${Math.round(box.right)}px of ${width}px`);
    }
    return problems;
  }, selector);
