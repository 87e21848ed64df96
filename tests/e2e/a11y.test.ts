// axe-core on every state of the form we can reach, light and dark; keyboard focus visibility; 320 px and
// 200 % zoom. With SCREENSHOTS=1 it also writes docs/screenshots/widget-<mode>-<lang>-<scheme>.png.
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { embed, useE2E, widget } from './harness.ts';

const e2e = useE2E();
const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('opinia-widget').analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openExperience(page: Page, lang = 'en') {
  await page.goto(`${e2e.stack.shopUrl}/${lang}/thank-you.html`);
  await expect.poll(() => widget(page).getByRole('radiogroup').first().isVisible()).toBe(true);
}

/** Walks the experience form through its states, calling `check` in each. */
async function experienceStates(page: Page, comment: string, check: (state: string) => Promise<void>) {
  const root = widget(page);
  await openExperience(page);
  await check('initial');
  await root.getByRole('button', { name: 'Send' }).click();
  await expect.poll(() => root.getByRole('status').textContent()).toBe('Please choose a rating, a score or write a comment.');
  await check('error');
  await root.getByRole('radio', { name: '4 stars' }).click();
  await root.getByRole('radio', { name: '9' }).click();
  await root.getByLabel(/Anything you would like/).fill(comment);
  await root.getByRole('button', { name: 'Send' }).focus();
  await check('filled');
  await page.waitForTimeout(1600); // slower than the worker's "faster than a person" limit
  await page.context().setOffline(true);
  await root.getByRole('button', { name: 'Send' }).click();
  await expect.poll(() => root.getByRole('status').textContent()).toMatch(/^Saved/);
  await check('saved-offline');
  // Back online: the loader sends the saved answer and the thank-you replaces "saved".
  await page.context().setOffline(false);
  await expect.poll(() => root.getByRole('status').textContent()).toMatch(/^Thank you/);
  await check('thank-you');
}

describe('accessibility of the widget', () => {
  for (const colorScheme of SCHEMES) {
    it(`should have no axe violations in any state of the experience form (${colorScheme})`, async () => {
      const page = await e2e.newPage({ colorScheme, reducedMotion: 'reduce' });
      const found: string[] = [];
      await experienceStates(page, `Quick delivery, lovely packaging (${colorScheme}).`, async (state) => {
        found.push(...(await axeViolations(page)).map((v) => `${state}: ${v}`));
      });
      expect(found).toEqual([]);
    });

    it(`should have no axe violations in the review form (${colorScheme})`, async () => {
      const page = await e2e.newPage({ colorScheme });
      await e2e.openTestPage(page, `<!doctype html><html lang="en"><title>Review</title><main>${embed(e2e.stack, 'data-mode="review" data-product-id="BRUSH-SET-3"')}</main></html>`);
      await expect.poll(() => widget(page).getByRole('radiogroup').isVisible()).toBe(true);
      await widget(page).getByRole('button', { name: 'Send' }).click();
      await expect.poll(() => widget(page).getByRole('status').textContent()).toBe('Please choose a rating.');
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('should show a visible focus ring on every stop of the keyboard path', async () => {
    const page = await e2e.newPage();
    await openExperience(page);
    await page.getByRole('heading', { name: /Order ZK/ }).click();
    const outlines: string[] = [];
    for (let stop = 0; stop < 4; stop++) {
      await page.keyboard.press('Tab');
      outlines.push(
        await page.evaluate(() => {
          const focused = document.activeElement?.shadowRoot?.activeElement;
          return focused ? `${focused.tagName}:${getComputedStyle(focused).outlineStyle}:${getComputedStyle(focused).outlineWidth}` : 'outside';
        }),
      );
    }
    expect(outlines).toEqual(['SPAN:solid:2px', 'SPAN:solid:2px', 'TEXTAREA:solid:2px', 'BUTTON:solid:2px']);
  });

  for (const [label, options] of [
    ['320 px wide', { viewport: { width: 320, height: 800 } }],
    ['200 % zoom (a 1280 px window)', { viewport: { width: 640, height: 500 }, deviceScaleFactor: 2 }],
  ] as const) {
    it(`should fit ${label} with 44 px targets and the 0–10 scale in even rows`, async () => {
      const page = await e2e.newPage(options);
      await openExperience(page);
      const root = widget(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(options.viewport.width);
      const boxes = await root.getByRole('radio').evaluateAll((radios) => radios.map((radio) => radio.getBoundingClientRect().toJSON() as DOMRect));
      for (const box of boxes) expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
      const npsRows = new Map<number, number>();
      for (const box of boxes.slice(5)) npsRows.set(Math.round(box.top), (npsRows.get(Math.round(box.top)) ?? 0) + 1);
      const rows = [...npsRows.values()];
      expect(Math.min(...rows)).toBeGreaterThanOrEqual(3); // never a lone "10" on its own row
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it.runIf(process.env.SCREENSHOTS)('should write the README gallery screenshots', async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const lang of ['en', 'pl', 'cs']) {
      for (const colorScheme of SCHEMES satisfies readonly Scheme[]) {
        const page = await e2e.newPage({ colorScheme, viewport: { width: 700, height: 1000 }, deviceScaleFactor: 1 });
        await page.goto(`${e2e.stack.shopUrl}/${lang}/thank-you.html`);
        const root = widget(page);
        await root.getByRole('radio').nth(3).click();
        await root.getByRole('radio').nth(5 + 9).click();
        await root.locator('textarea').fill({ en: 'Quick delivery, lovely packaging.', pl: 'Szybka dostawa, ładne opakowanie.', cs: 'Rychlé doručení, pěkné balení.' }[lang]!);
        await root.locator('textarea').blur();
        await root.screenshot({ path: `${SHOTS}/widget-experience-${lang}-${colorScheme}.png` });
        await page.context().setOffline(true);
        await root.locator('button.primary').click();
        await expect.poll(() => root.locator('.saved').count()).toBe(1);
        await root.screenshot({ path: `${SHOTS}/widget-saved-${lang}-${colorScheme}.png` });
        await page.context().setOffline(false);
        await e2e.openTestPage(page, `<!doctype html><html lang="${lang}"><title>Review</title><body>${embed(e2e.stack, 'data-mode="review" data-product-id="BRUSH-SET-3"')}</body></html>`);
        await widget(page).getByRole('radio').nth(4).click();
        await widget(page).locator('textarea').blur();
        await widget(page).screenshot({ path: `${SHOTS}/widget-review-${lang}-${colorScheme}.png` });
        await page.context().close();
      }
    }
  });
});
