// axe-core on every state of the form we can reach, light and dark, the floating button and its dialog, and the
// reviews display; keyboard focus visibility; 320 px and 200 % zoom. The README gallery's shots
// (docs/screenshots/widget-<mode>-<lang>-<scheme>.png, reviews-<lang>-<scheme>.png) come from gallery.test.ts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations as allViolations } from './axe.ts';
import { embed, useE2E, widget } from './harness.ts';

const e2e = useE2E();
const SCHEMES = ['light', 'dark'] as const;

async function axeViolations(page: Page): Promise<string[]> {
  return (await allViolations(page)).map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A shop page whose tag asks through the floating button (data-trigger="button"). */
const buttonPage = (lang: string) =>
  `<!doctype html><html lang="${lang}"><title>Shop</title><body><main><h1>Bamboo dish brush set</h1><p>Order ZK-10421 is on its way.</p>${embed(e2e.stack, 'data-trigger="button"')}</main></body></html>`;

/** The reviews display of the demo product, with its disclosure open. */
async function openReviews(page: Page, lang = 'en') {
  await page.goto(`${e2e.stack.shopUrl}/${lang}/product.html`);
  await expect.poll(() => widget(page).getByRole('listitem').count()).toBeGreaterThan(0);
  await widget(page).locator('summary').click();
}

async function openExperience(page: Page, lang = 'en') {
  await page.goto(`${e2e.stack.shopUrl}/${lang}/thank-you.html`);
  await expect.poll(() => widget(page).getByRole('radiogroup').first().isVisible()).toBe(true);
}

/** Walks the experience form through its states, calling `check` in each. */
async function experienceStates(page: Page, comment: string, check: (state: string) => Promise<void>) {
  const root = widget(page);
  await page.clock.install(); // the worker refuses answers sent < 1.5 s after the form appeared: move the clock on
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
  await page.clock.fastForward(2_000); // slower than the worker's "faster than a person" limit
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
      await e2e.openTestPage(
        page,
        `<!doctype html><html lang="en"><title>Review</title><main>${embed(e2e.stack, 'data-mode="review" data-product-id="BRUSH-SET-3"')}</main></html>`,
      );
      await expect.poll(() => widget(page).getByRole('radiogroup').isVisible()).toBe(true);
      await widget(page).getByRole('button', { name: 'Send' }).click();
      await expect.poll(() => widget(page).getByRole('status').textContent()).toBe('Please choose a rating.');
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  for (const colorScheme of SCHEMES) {
    it(`should have no axe violations for the floating button and its open dialog (${colorScheme})`, async () => {
      const page = await e2e.newPage({ colorScheme });
      await e2e.openTestPage(page, buttonPage('en'));
      const launcher = widget(page).getByRole('button', { name: 'Rate your experience' });
      await expect.poll(() => launcher.isVisible()).toBe(true);
      const found = (await axeViolations(page)).map((v) => `launcher: ${v}`);
      await launcher.click();
      await expect.poll(() => widget(page).getByRole('dialog').isVisible()).toBe(true);
      found.push(...(await axeViolations(page)).map((v) => `dialog: ${v}`));
      await widget(page).getByRole('dialog').getByRole('button', { name: 'Send' }).click();
      await expect
        .poll(() => widget(page).getByRole('status').textContent())
        .toBe('Please choose a rating, a score or write a comment.');
      found.push(...(await axeViolations(page)).map((v) => `dialog, error: ${v}`));
      expect(found).toEqual([]);
    });

    it(`should follow the light shop page, not the ${colorScheme} OS, in the reviews display, with no axe violations`, async () => {
      const page = await e2e.newPage({ colorScheme });
      await openReviews(page);
      const background = await widget(page)
        .locator('.card')
        .evaluate((card) => getComputedStyle(card).backgroundColor);
      expect(background).toBe('rgb(255, 255, 255)'); // data-theme and dark pages: tests/e2e/theme.test.ts
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('should give the floating button and the dialog’s buttons 44 px targets and a visible focus ring', async () => {
    const page = await e2e.newPage({ viewport: { width: 320, height: 640 } });
    await e2e.openTestPage(page, buttonPage('en'));
    const launcher = widget(page).getByRole('button', { name: 'Rate your experience' });
    await launcher.focus();
    const ring = () =>
      page.evaluate(() => {
        const focused = document.activeElement?.shadowRoot?.activeElement;
        return focused
          ? `${focused.textContent}:${getComputedStyle(focused).outlineStyle}:${getComputedStyle(focused).outlineWidth}`
          : 'outside';
      });
    expect(await ring()).toBe('Rate your experience:solid:2px');
    await page.keyboard.press('Enter');
    const dialog = widget(page).getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Close' }).focus();
    expect(await ring()).toBe('Close:solid:2px');
    const targets = [launcher, ...(await dialog.getByRole('button').all())];
    for (const target of targets) {
      const box = (await target.boundingBox())!;
      expect(Math.min(box.width, box.height), (await target.textContent()) ?? '').toBeGreaterThanOrEqual(44);
    }
    // At 320 px the dialog fits the screen: nothing to scroll sideways.
    const dialogBox = (await dialog.boundingBox())!;
    expect(dialogBox.x).toBeGreaterThanOrEqual(0);
    expect(dialogBox.x + dialogBox.width).toBeLessThanOrEqual(320);
  });

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
          return focused
            ? `${focused.tagName}:${getComputedStyle(focused).outlineStyle}:${getComputedStyle(focused).outlineWidth}`
            : 'outside';
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
      const boxes = await root
        .getByRole('radio')
        .evaluateAll((radios) => radios.map((radio) => radio.getBoundingClientRect().toJSON() as DOMRect));
      for (const box of boxes) expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
      const npsRows = new Map<number, number>();
      for (const box of boxes.slice(5)) npsRows.set(Math.round(box.top), (npsRows.get(Math.round(box.top)) ?? 0) + 1);
      const rows = [...npsRows.values()];
      expect(Math.min(...rows)).toBeGreaterThanOrEqual(3); // never a lone "10" on its own row
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
