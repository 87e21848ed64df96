// The overview on a phone (375 px): the filters fold behind a "Filters (n)" button, closed at first so the figures
// come first, its state announced (aria-expanded), the applied filters in one line beside it in the dashboard's
// language; applying folds them again. The address keeps the filters (reload, Back/Forward, a shared link), and a
// wide screen keeps the form as it was. axe-core finds nothing serious, folded or open, light or dark. The top bar
// and the screens' navigation stay compact on a phone (under 120 px before any content, in each language), the
// navigation one row that scrolls sideways, every screen reachable by Tab and the current one in view.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../dashboard/src/api.ts';
import { formatFigure } from '../../dashboard/src/format.ts';
import { MESSAGES } from '../../dashboard/src/locales.ts';
import { filterSummary } from '../../dashboard/src/overview/filter-summary.ts';
import { OVERVIEW_TEXTS } from '../../dashboard/src/overview/texts.ts';
import { seriousPageViolations } from './axe.ts';
import { readSummary, useE2E } from './harness.ts';
import { shootViewport } from './screenshots.ts';
import {
  dashboardUrl,
  ensureDashboardBuilt,
  screenshotPage,
  signIn,
  summaryWith,
  tileValue,
  unreadableFilters,
  waitForFigures,
} from './dashboard-page.ts';

beforeAll(ensureDashboardBuilt, 60_000);
const e2e = useE2E();
const PHONE = { viewport: { width: 375, height: 800 } };
/** Where the top bar and the navigation end on a phone: the first screen is for content (it was about 280 px). */
const HEADER_BOUND = 120;

const toggle = (page: Page) => page.locator('[data-filter-toggle]');
const form = (page: Page) => page.locator('#filters-form');
const summaryLine = (page: Page) => page.locator('[data-filter-summary]').textContent();
const line = (filters: Filters, period: { from: string; to: string }, language: 'en' | 'pl' | 'cs' = 'en') =>
  filterSummary(language, MESSAGES[language], OVERVIEW_TEXTS[language], filters, period);

describe('the overview on a phone', () => {
  it('should fold the filters behind "Filters (n)", show what they are, and keep them in the address', async () => {
    const everything = await readSummary(e2e.stack);
    const period = { from: everything.from, to: everything.to };
    const page = await e2e.newPage(PHONE);
    await signIn(page, e2e.stack);
    await waitForFigures(page);

    // Folded at first: the button says so, the figures are on the first screen, the period is named beside it.
    expect(await toggle(page).textContent()).toBe('Filters');
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');
    expect(await form(page).isVisible()).toBe(false);
    const tile = (await page.locator('[data-kpi=responses]').boundingBox())!;
    expect(tile.y + tile.height).toBeLessThanOrEqual(800);
    expect(await summaryLine(page)).toBe(line(NO_FILTERS, period));
    expect(await page.getByRole('button', { name: 'Filters', exact: true }).getAttribute('aria-describedby')).toBe(
      'filters-summary',
    );
    expect(await seriousPageViolations(page)).toEqual([]);

    // Open, choose two filters, apply: the form folds again, focus is back on the button, which counts them.
    await toggle(page).click();
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('true');
    expect(await form(page).isVisible()).toBe(true);
    expect(await unreadableFilters(page)).toEqual([]);
    expect(await seriousPageViolations(page)).toEqual([]);
    await page.getByLabel('Touchpoint', { exact: true }).selectOption('delivery');
    await page.getByLabel('Answer language', { exact: true }).selectOption('pl');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const polish = await summaryWith(e2e.stack, { ...period, touchpoint: 'delivery', locale: 'pl' });
    await expect.poll(() => tileValue(page, 'responses')).toBe(formatFigure('en', 'count', polish.responses));
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');
    expect(await form(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-filter-toggle'))).toBe(true);
    expect(await toggle(page).textContent()).toBe('Filters (2)');
    const applied = { ...NO_FILTERS, ...period, touchpoint: 'delivery', locale: 'pl' };
    expect(await summaryLine(page)).toBe(line(applied, period));
    expect(await summaryLine(page)).toMatch(/ · Delivery · Answer language: Polski$/);
    expect(await page.evaluate(() => location.hash)).toBe(`#/?from=${period.from}&to=${period.to}&touchpoint=delivery&locale=pl`);

    // A reload: the same filters, folded, counted.
    await page.reload();
    await waitForFigures(page);
    await expect.poll(() => tileValue(page, 'responses')).toBe(formatFigure('en', 'count', polish.responses));
    expect(await toggle(page).textContent()).toBe('Filters (2)');
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');
    // Back: every answer again, no filter; Forward: the two again.
    await page.goBack();
    await expect.poll(() => tileValue(page, 'responses')).toBe(formatFigure('en', 'count', everything.responses));
    expect(await toggle(page).textContent()).toBe('Filters');
    expect(await summaryLine(page)).toBe(line(NO_FILTERS, period));
    await page.goForward();
    await expect.poll(() => toggle(page).textContent()).toBe('Filters (2)');
    await expect.poll(() => tileValue(page, 'responses')).toBe(formatFigure('en', 'count', polish.responses));

    // Czech in dark mode: the button and the line speak the dashboard's language, and axe finds nothing serious.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByLabel('Language', { exact: true }).selectOption('cs');
    await expect.poll(() => toggle(page).textContent()).toBe('Filtry (2)');
    expect(await summaryLine(page)).toBe(line(applied, period, 'cs'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousPageViolations(page)).toEqual([]);
    await screenshotPage(page, 'dashboard-overview-filters-folded-cs-dark-375');
    await toggle(page).click();
    expect(await seriousPageViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Vymazat' }).click();
    await expect.poll(() => toggle(page).textContent()).toBe('Filtry');
    await page.close();
  }, 120_000);

  it('should count a period chosen in a shared link as a filter', async () => {
    const page = await e2e.newPage(PHONE);
    await page.goto(`${dashboardUrl(e2e.stack)}#/?from=2026-01-01&to=2026-01-31&kind=review`);
    await page.locator('input[name=shopId]').fill(e2e.stack.demo.shopId);
    await page.locator('input[name=ownerKey]').fill(e2e.stack.demo.ownerKey);
    await page.locator('input[name=ownerKey]').press('Enter');
    await waitForFigures(page);
    expect(await toggle(page).textContent()).toBe('Filters (2)');
    expect(await summaryLine(page)).toBe('Jan 1, 2026 – Jan 31, 2026 · Product reviews');
    await page.close();
  });

  it('should keep the form open and the button out of the way on a wide screen', async () => {
    const page = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, e2e.stack);
    await waitForFigures(page);
    expect(await toggle(page).isVisible()).toBe(false);
    expect(await page.locator('[data-filter-summary]').isVisible()).toBe(false);
    expect(await form(page).isVisible()).toBe(true);
    await page.close();
  });

  it('should keep the top bar and the navigation compact on a phone, every screen reachable by keyboard', async () => {
    const page = await e2e.newPage(PHONE);
    await signIn(page, e2e.stack);
    await waitForFigures(page);
    const nav = page.getByRole('navigation', { name: 'Screens' });
    const bottom = async () => {
      const box = (await page.locator('.view-nav').boundingBox())!;
      return box.y + box.height;
    };
    for (const [language, scheme, screens] of [
      ['en', 'light', 'Screens'],
      ['pl', 'dark', 'Ekrany'],
      ['cs', 'light', 'Obrazovky'],
    ] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator('#language-switch').selectOption(language);
      await page.getByRole('navigation', { name: screens }).waitFor();
      await shootViewport(page, `dashboard-header-${language}-${scheme}-375`);
      expect(await bottom(), `${language}: top bar + navigation`).toBeLessThanOrEqual(HEADER_BOUND);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      // One line: the product's mark, the shop, the language switch (still labelled) and Sign out.
      const bar = (await page.locator('.top-bar').boundingBox())!;
      expect(bar.height, `${language}: top bar`).toBeLessThanOrEqual(60);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Opinia ${MESSAGES[language].appTitle}`);
      expect(await page.locator('.shop-badge strong').textContent()).toBe(e2e.stack.demo.shopId);
      expect(await page.getByLabel(MESSAGES[language].language, { exact: true }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: MESSAGES[language].signOut }).isVisible()).toBe(true);
      expect(await seriousPageViolations(page), language).toEqual([]);
    }
    await page.locator('#language-switch').selectOption('en');
    await nav.waitFor();

    // One row that scrolls sideways: Tab reaches every screen's link, each scrolled into view when it has focus.
    const links = nav.getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(6);
    const tops = await links.evaluateAll((nodes) => nodes.map((node) => Math.round(node.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'one row').toBe(1);
    await links.first().focus();
    for (let index = 0; index < count; index++) {
      const link = links.nth(index);
      await expect.poll(() => link.evaluate((node) => node === document.activeElement)).toBe(true);
      await expect
        .poll(async () => {
          const box = (await link.boundingBox())!;
          return box.x >= 0 && box.x + box.width <= 375;
        })
        .toBe(true);
      if (index < count - 1) await page.keyboard.press('Tab');
    }

    // The last screen opened: its link is the current page and in view after the load, without any scrolling by hand.
    const last = links.nth(count - 1);
    await last.press('Enter');
    await expect.poll(() => last.getAttribute('aria-current')).toBe('page');
    await page.reload();
    await page.locator('.view-nav [aria-current=page]').waitFor();
    await expect
      .poll(async () => {
        const box = (await page.locator('.view-nav [aria-current=page]').boundingBox())!;
        return box.x >= 0 && box.x + box.width <= 375;
      })
      .toBe(true);
    expect(await bottom()).toBeLessThanOrEqual(HEADER_BOUND);
    await page.close();
  });

  it('should keep the wide top bar and navigation as they were on a desktop', async () => {
    const page = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, e2e.stack);
    await waitForFigures(page);
    expect(await page.locator('.brand-title').isVisible()).toBe(true);
    expect(await page.locator('.top-bar .language-switch label').isVisible()).toBe(true);
    const box = (await page.locator('.view-nav').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(HEADER_BOUND);
    await shootViewport(page, 'dashboard-header-en-light-1280');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shootViewport(page, 'dashboard-header-en-dark-1280');
    await page.close();
  });
});
