import { tmpdir } from 'node:os';
// The owner dashboard at /dashboard, end to end: real worker (wrangler dev, local D1 with the seeded demo
// shop) and Debian's Chromium. Run `npm run build` first (the test builds the dashboard if it is missing).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDelta, formatFigure } from '../../dashboard/src/format.ts';
import { startBanner } from '../../scripts/lib/banner.ts';
import { seriousPageViolations } from './axe.ts';
import { readSummary, useE2E } from './harness.ts';
import { shoot } from './screenshots.ts';
import {
  attentionIds,
  dashboardUrl,
  ensureDashboardBuilt,
  pngSize,
  SCREENSHOTS,
  signIn,
  summaryWith,
  themesOverflow,
  tileDelta,
  tileValue,
  unreadableFilters,
  waitForFigures,
  waitForPanels,
} from './dashboard-page.ts';

beforeAll(ensureDashboardBuilt, 60_000);
const e2e = useE2E();
const DESKTOP = { viewport: { width: 1280, height: 900 } };

const seriousViolations = (page: Page) => seriousPageViolations(page);

describe('the owner dashboard', () => {
  it("should show the demo shop's figures once the demo key is entered, keeping the key in sessionStorage only", async () => {
    const summary = await readSummary(e2e.stack);
    const page = await e2e.newPage(DESKTOP);
    await signIn(page, e2e.stack);
    await waitForFigures(page);

    expect(await tileValue(page, 'responses')).toBe(formatFigure('en', 'count', summary.responses));
    expect(await tileValue(page, 'rating')).toBe(formatFigure('en', 'rating', summary.rating.average));
    expect(await tileValue(page, 'csat')).toBe(formatFigure('en', 'percent', summary.csat));
    expect(await tileValue(page, 'nps')).toBe(formatFigure('en', 'score', summary.nps.score));
    expect(await tileValue(page, 'balance')).toBe(formatFigure('en', 'net', summary.sentiment.balance));
    expect(await tileValue(page, 'open')).toBe(formatFigure('en', 'count', summary.attention.open));
    expect(await tileDelta(page, 'responses')).toContain(formatDelta('en', 'count', summary.previous.deltas.responses));
    expect(await tileDelta(page, 'csat')).toContain(formatDelta('en', 'percent', summary.previous.deltas.csat));
    expect(summary.responses).toBeGreaterThan(0);
    // The demo's held reviews (a link, strong language) count in none of these figures: the Overview says how many wait.
    expect(summary.moderation.held).toBeGreaterThan(0);
    const held = page.locator('[data-held-reviews]');
    expect(await held.getAttribute('data-held-reviews')).toBe(String(summary.moderation.held));
    expect(await held.textContent()).toMatch(/^\d+ reviews? (is|are) waiting in Moderation: no figure counts (it|them) until/);
    expect(await held.getByRole('link', { name: 'Decide in Moderation' }).getAttribute('href')).toMatch(/moderation/);
    await shoot(page.locator('section.kinds'), 'dashboard-kinds-held-en-1280');

    const rows = page.locator('[data-touchpoint]');
    expect(await rows.count()).toBe(Object.values(summary.byTouchpoint).filter((tp) => tp.responses > 0).length);
    await expect
      .poll(() =>
        page
          .getByRole('img', { name: /Chart of responses/ })
          .locator('canvas')
          .count(),
      )
      .toBeGreaterThan(0);

    const stored = await page.evaluate(() => ({
      session: JSON.stringify(sessionStorage),
      local: localStorage.length,
      cookie: document.cookie,
    }));
    expect(stored.session).toContain(e2e.stack.demo.ownerKey);
    expect(stored).toMatchObject({ local: 0, cookie: '' });
  });

  it('should change the figures when filters and the granularity change, keep them in the address and restore them on reload, Back and Forward', async () => {
    const page = await e2e.newPage(DESKTOP);
    await signIn(page, e2e.stack);
    await waitForFigures(page);
    const from = await page.locator('input[name=from]').inputValue();
    const to = await page.locator('input[name=to]').inputValue();
    const delivery = await summaryWith(e2e.stack, { from, to, touchpoint: 'delivery' });
    const hash = () => page.evaluate(() => location.hash);
    const historyLength = () => page.evaluate(() => history.length);
    const touchpoint = page.getByLabel('Touchpoint', { exact: true });
    const language = page.getByLabel('Answer language', { exact: true });

    await touchpoint.selectOption('delivery');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => tileValue(page, 'responses')).toBe(formatFigure('en', 'count', delivery.responses));
    expect(await tileValue(page, 'nps')).toBe(formatFigure('en', 'score', delivery.nps.score));
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Figures updated');
    expect(await hash()).toBe(`#/?from=${from}&to=${to}&touchpoint=delivery`);
    // Back to the dashboard as it opened (no hash): every answer again; Forward: the delivery figures.
    const everything = await readSummary(e2e.stack);
    await page.goBack();
    await expect.poll(() => tileValue(page, 'responses')).toBe(formatFigure('en', 'count', everything.responses));
    expect(await touchpoint.inputValue()).toBe('');
    await page.goForward();
    await expect.poll(() => tileValue(page, 'responses')).toBe(formatFigure('en', 'count', delivery.responses));
    expect(await touchpoint.inputValue()).toBe('delivery');

    const polish = await summaryWith(e2e.stack, { from, to, touchpoint: 'delivery', locale: 'pl' });
    await language.selectOption('pl');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => tileValue(page, 'responses')).toBe(formatFigure('en', 'count', polish.responses));
    expect(await hash()).toBe(`#/?from=${from}&to=${to}&touchpoint=delivery&locale=pl`);

    // Typing is a draft: neither the address nor the history changes until the filters are applied.
    const entries = await historyLength();
    await page.getByLabel('Segment', { exact: true }).pressSequentially('vi');
    await page.getByLabel('Segment', { exact: true }).clear();
    expect(await hash()).toBe(`#/?from=${from}&to=${to}&touchpoint=delivery&locale=pl`);

    // The granularity is in the address too, replacing the entry rather than adding one.
    const weekly = await summaryWith(e2e.stack, { from, to, touchpoint: 'delivery', locale: 'pl', granularity: 'week' });
    await page.getByRole('radio', { name: 'Week' }).check();
    await page.getByText('Show the figures as a table').click();
    const trendRows = page.getByRole('region', { name: 'Trend by period' }).locator('tbody tr');
    await expect.poll(() => trendRows.count()).toBe(weekly.trend.length);
    expect(await hash()).toBe(`#/?from=${from}&to=${to}&touchpoint=delivery&locale=pl&granularity=week`);
    expect(await historyLength()).toBe(entries);

    // A reload shows the same figures with the same filters chosen.
    await page.reload();
    await waitForFigures(page);
    await expect.poll(() => tileValue(page, 'responses')).toBe(formatFigure('en', 'count', polish.responses));
    expect([await touchpoint.inputValue(), await language.inputValue()]).toEqual(['delivery', 'pl']);
    expect(await page.getByRole('radio', { name: 'Week' }).isChecked()).toBe(true);

    // Back: the previous filters (touchpoint only, by day); Forward: the Polish ones again.
    await page.goBack();
    await expect.poll(() => language.inputValue()).toBe('');
    await expect.poll(() => tileValue(page, 'responses')).toBe(formatFigure('en', 'count', delivery.responses));
    expect(await touchpoint.inputValue()).toBe('delivery');
    expect(await page.getByRole('radio', { name: 'Day' }).isChecked()).toBe(true);
    await page.goForward();
    await expect.poll(() => language.inputValue()).toBe('pl');
    await expect.poll(() => tileValue(page, 'responses')).toBe(formatFigure('en', 'count', polish.responses));

    // The other screens' links still work, and Back returns to the filtered overview.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect.poll(hash).toBe('#/settings');
    await page.goBack();
    await expect.poll(() => language.inputValue()).toBe('pl');
    await expect.poll(() => tileValue(page, 'responses')).toBe(formatFigure('en', 'count', polish.responses));

    // The skip link moves focus to the figures and leaves the filters in the address.
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('figures');
    expect(await hash()).toBe(`#/?from=${from}&to=${to}&touchpoint=delivery&locale=pl&granularity=week`);

    await page.getByRole('button', { name: 'Reset' }).click();
    const all = await readSummary(e2e.stack);
    await expect.poll(() => tileValue(page, 'responses')).toBe(formatFigure('en', 'count', all.responses));
    expect(await hash()).toBe('#/?granularity=week');
  });

  it('should open a link to filtered figures sent to a colleague, after they sign in', async () => {
    const summary = await readSummary(e2e.stack);
    const polish = await summaryWith(e2e.stack, { from: summary.from, to: summary.to, touchpoint: 'delivery', locale: 'pl' });
    const page = await e2e.newPage(DESKTOP);
    await page.goto(
      `${dashboardUrl(e2e.stack)}#/?from=${summary.from}&to=${summary.to}&touchpoint=delivery&locale=pl&granularity=fortnight`,
    );
    await page.locator('input[name=shopId]').fill(e2e.stack.demo.shopId);
    await page.locator('input[name=ownerKey]').fill(e2e.stack.demo.ownerKey);
    await page.locator('input[name=ownerKey]').press('Enter');
    await waitForFigures(page);
    expect(await tileValue(page, 'responses')).toBe(formatFigure('en', 'count', polish.responses));
    expect(await page.getByLabel('Touchpoint', { exact: true }).inputValue()).toBe('delivery');
    expect(await page.getByLabel('Answer language', { exact: true }).inputValue()).toBe('pl');
    expect(await page.locator('input[name=from]').inputValue()).toBe(summary.from);
    expect(await page.getByRole('radio', { name: 'Day' }).isChecked()).toBe(true); // "fortnight" is no granularity
  });

  it('should take a resolved item out of the open queue, and the API should agree', async () => {
    const page = await e2e.newPage(DESKTOP);
    await signIn(page, e2e.stack);
    await waitForFigures(page);
    const first = page.locator('.attention-list > li').first();
    const id = await first.getAttribute('data-attention-id');
    expect(id).toBeTruthy();
    const openBefore = (await readSummary(e2e.stack)).attention.open;

    await first.getByRole('button', { name: 'Mark resolved' }).click();
    await expect.poll(() => page.locator(`[data-attention-id="${id}"]`).count()).toBe(0);
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Item marked as resolved.');
    await expect.poll(() => tileValue(page, 'open')).toBe(formatFigure('en', 'count', openBefore - 1));

    expect(await attentionIds(e2e.stack, 'open')).not.toContain(id);
    expect(await attentionIds(e2e.stack, 'resolved')).toContain(id);

    await page.getByRole('radio', { name: 'Resolved' }).check();
    await expect.poll(() => page.locator(`[data-attention-id="${id}"]`).count()).toBe(1);

    // Paging: "Load more" appends the next page of open items.
    await page.getByRole('radio', { name: 'Open' }).check();
    await page.locator('.attention-list > li').first().waitFor();
    const shown = await page.locator('.attention-list > li').count();
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => page.locator('.attention-list > li').count()).toBeGreaterThan(shown);
  });

  it.each([
    [375, 800],
    [1280, 900],
  ])(
    'should show an error and stay on the key form, the key kept and selected, when the key is wrong (%i px)',
    async (width, height) => {
      const page = await e2e.newPage({ viewport: { width, height } });
      await signIn(page, e2e.stack, 'opk_not-the-right-key');
      const alert = page.getByRole('alert');
      await expect
        .poll(() => alert.textContent())
        .toBe('This owner key was not accepted for this shop. Check the key and try again.');
      expect(await page.locator('input[name=ownerKey]').isVisible()).toBe(true);
      expect(await page.locator('input[name=shopId]').inputValue()).toBe(e2e.stack.demo.shopId);
      expect(await page.evaluate(() => sessionStorage.getItem('opinia.dashboard.credentials'))).toBeNull();
      // The refused key stays in its field, focused and selected: correct it or type over it.
      const key = page.locator('input[name=ownerKey]');
      expect(await key.inputValue()).toBe('opk_not-the-right-key');
      await expect
        .poll(() =>
          page.evaluate(() => {
            const field = document.activeElement as HTMLInputElement | null;
            return { name: field?.name, start: field?.selectionStart, end: field?.selectionEnd };
          }),
        )
        .toEqual({ name: 'ownerKey', start: 0, end: 'opk_not-the-right-key'.length });
      await page.keyboard.type(e2e.stack.demo.ownerKey); // typing replaces the selected key
      expect(await key.inputValue()).toBe(e2e.stack.demo.ownerKey);
    },
  );

  it('should put the cursor in the owner key when the link already names the shop', async () => {
    const page = await e2e.newPage(DESKTOP);
    await page.goto(`${dashboardUrl(e2e.stack)}?shop=${e2e.stack.demo.shopId}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name') ?? '')).toBe('ownerKey');
    expect(await page.locator('input[name=shopId]').inputValue()).toBe(e2e.stack.demo.shopId);
    await page.close();
  });

  it('should be usable by keyboard alone: sign in, switch granularity, resolve an item', async () => {
    const page = await e2e.newPage(DESKTOP);
    await page.goto(dashboardUrl(e2e.stack));
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.textContent ?? '');
    await expect.poll(focused).toBe('shopId'); // the form focuses its first field
    await page.keyboard.type(e2e.stack.demo.shopId);
    await page.keyboard.press('Tab');
    await page.keyboard.type(e2e.stack.demo.ownerKey);
    await page.keyboard.press('Enter');
    await waitForFigures(page);

    // Tab until the granularity radio group, then arrows choose "Week".
    for (let i = 0; i < 40 && (await focused()) !== 'granularity'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('granularity');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('radio', { name: 'Week' }).isChecked()).toBe(true);

    // On to the first "Mark resolved" button: focus is visible, Enter resolves, focus stays in the queue.
    for (let i = 0; i < 40 && (await focused()) !== 'Mark resolved'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Mark resolved');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    const id = await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-attention-id'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`[data-attention-id="${id}"]`).count()).toBe(0);
    expect(await focused()).toBe('Mark resolved');
  });

  for (const [lang, locale, labels] of [
    ['en', 'en-GB', { signIn: 'Sign in to your shop', tile: 'Responses', queue: 'Needs attention' }],
    ['pl', 'pl-PL', { signIn: 'Zaloguj się do sklepu', tile: 'Odpowiedzi', queue: 'Wymaga uwagi' }],
    ['cs', 'cs-CZ', { signIn: 'Přihlaste se do obchodu', tile: 'Odpovědi', queue: 'Vyžaduje pozornost' }],
  ] as const) {
    it(`should speak ${lang} when the browser prefers ${locale}, and be screenshot (axe-core in English)`, async () => {
      const page = await e2e.newPage({ ...DESKTOP, locale });
      await page.goto(dashboardUrl(e2e.stack));
      await page.getByRole('heading', { name: labels.signIn }).waitFor();
      const checkAxe = lang === 'en'; // axe takes seconds per run: English here, Polish in dark mode at 320 px below
      if (checkAxe) expect(await seriousViolations(page)).toEqual([]);
      // Served from localhost, the page says where the key comes from: the line of `npm start`'s banner that carries it.
      const keyLine = startBanner(e2e.stack)
        .split('\n')
        .find((line) => line.includes(e2e.stack.demo.ownerKey))!;
      const label = keyLine.slice(0, keyLine.indexOf(e2e.stack.demo.ownerKey)).trim();
      const hint = await page.locator('[data-local-hint]').textContent();
      expect(hint).toContain('npm start');
      expect(hint).toContain(label);
      expect(hint).toContain(`: ${e2e.stack.demo.shopId})`);

      await page.locator('input[name=shopId]').fill(e2e.stack.demo.shopId);
      await page.locator('input[name=ownerKey]').fill(e2e.stack.demo.ownerKey);
      await page.locator('input[name=ownerKey]').press('Enter');
      await waitForFigures(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await page.locator('[data-kpi=responses] h3').textContent()).toBe(labels.tile);
      await page.getByRole('heading', { name: labels.queue }).waitFor();
      if (checkAxe) {
        await page.locator('.trend-table summary').click(); // the chart's table alternative is checked too
        expect(await seriousViolations(page)).toEqual([]);
        await page.locator('.trend-table summary').click();
      }

      // Every filter's label and option reads whole, and the Themes table fits its half of the page.
      expect(await unreadableFilters(page)).toEqual([]);
      expect(await themesOverflow(page)).toBeLessThanOrEqual(0);

      await waitForPanels(page);
      // The committed screenshots are refreshed on purpose only (SCREENSHOTS=1), so a test run leaves the tree clean.
      const path = join(process.env.SCREENSHOTS ? SCREENSHOTS : tmpdir(), `dashboard-${lang}.png`);
      await page.screenshot({ path, fullPage: true, animations: 'disabled' });
      const size = await pngSize(path);
      expect(size.width).toBe(1280);
      expect(size.height).toBeGreaterThan(900);
      expect(size.bytes).toBeGreaterThan(30_000);
    });
  }

  it('should switch language in place, fit a 320 px screen in dark mode and pass axe-core there', async () => {
    const page = await e2e.newPage({ viewport: { width: 320, height: 800 }, colorScheme: 'dark', reducedMotion: 'reduce' });
    await signIn(page, e2e.stack);
    await waitForFigures(page);
    await page.getByLabel('Language', { exact: true }).selectOption('cs');
    await page.getByRole('heading', { name: 'Vyžaduje pozornost' }).waitFor();
    await page.getByLabel('Jazyk', { exact: true }).selectOption('pl');
    await page.getByRole('heading', { name: 'Wymaga uwagi' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // The screens' row scrolls sideways, and shows it: a shadow at the edge where more links wait (fixed to the
    // edge), hidden at the row's ends by covers that scroll with the links.
    const nav = page.locator('.view-nav');
    expect(await nav.evaluate((row) => row.scrollWidth > row.clientWidth)).toBe(true);
    expect(await nav.evaluate((row) => getComputedStyle(row).backgroundAttachment)).toMatch(/^local, local, scroll, scroll/);
    expect(await unreadableFilters(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Wyloguj' }).click();
    await page.getByRole('heading', { name: 'Zaloguj się do sklepu' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('opinia.dashboard.credentials'))).toBeNull();
  });
});
