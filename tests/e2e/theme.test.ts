// Issue #14 item 1: data-theme="light|dark|auto". Auto (the default) follows the HOST PAGE — the background behind
// the widget, else the page's color-scheme — not the operating system alone; every link and control keeps ≥ 4.5:1,
// the thank-you state with its review link included, light and dark, on a phone and on a desktop.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations as serious } from './axe.ts';
import { embed, useE2E, widget } from './harness.ts';
import { shoot } from './screenshots.ts';

const e2e = useE2E();
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 27, 34)';

const page = (style: string, attributes: string) =>
  `<!doctype html><html lang="en"><title>Shop</title><style>${style}</style><body><main><h1>Thank you</h1>${embed(e2e.stack, attributes)}</main></body></html>`;

const cardBackground = async (p: Page) => {
  await widget(p).locator('.card').waitFor();
  return widget(p)
    .locator('.card')
    .evaluate((card) => getComputedStyle(card).backgroundColor);
};

/** WCAG contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = rgb
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('data-theme', () => {
  it('should follow the host page by default, not the OS: a light card on a cream page in dark mode, a dark card on a dark page in light mode', async () => {
    const cases = [
      { os: 'dark', style: 'body{background:#f6f3ea}', attributes: '', expected: WHITE },
      { os: 'light', style: 'body{background:#15171a;color:#eee}', attributes: '', expected: DARK },
      { os: 'dark', style: ':root{color-scheme:light dark}', attributes: '', expected: DARK }, // a transparent page: the canvas follows its color-scheme
      { os: 'light', style: ':root{color-scheme:light dark}', attributes: '', expected: WHITE },
      { os: 'light', style: 'body{background:#f6f3ea}', attributes: 'data-theme="dark"', expected: DARK },
      { os: 'dark', style: 'body{background:#15171a}', attributes: 'data-theme="light"', expected: WHITE },
    ] as const;
    const found: string[] = [];
    for (const { os, style, attributes, expected } of cases) {
      const p = await e2e.newPage({ colorScheme: os });
      await e2e.openTestPage(p, page(style, attributes));
      found.push(`${os} OS, ${style} ${attributes}: ${(await cardBackground(p)) === expected ? 'ok' : await cardBackground(p)}`);
      await p.context().close();
    }
    expect(found.filter((line) => !line.endsWith(': ok'))).toEqual([]);
  });

  for (const [scheme, viewport] of [
    ['light', { width: 375, height: 667 }],
    ['dark', { width: 1280, height: 900 }],
    ['dark', { width: 375, height: 667 }],
  ] as const) {
    it(`should keep the thank-you state's review link readable, ≥ 4.5:1, with no serious axe finding (${scheme}, ${viewport.width} px)`, async () => {
      const p = await e2e.newPage({ viewport, colorScheme: scheme === 'dark' ? 'light' : 'dark' }); // the OS says the opposite
      await p.clock.install(); // the worker refuses answers sent < 1.5 s after the form appeared: move the clock on
      const style = scheme === 'dark' ? 'body{background:#15171a;color:#eee}' : 'body{background:#f6f3ea}';
      await e2e.openTestPage(p, page(style, 'data-review-url="https://shop.example/review"'));
      const root = widget(p);
      await root.getByRole('radio', { name: '4 stars' }).click();
      await p.clock.fastForward(2_000);
      await root.getByRole('button', { name: 'Send' }).click();
      const link = root.getByRole('link', { name: 'Write a public review' });
      await link.waitFor();
      const [color, background] = await link.evaluate((a) => [
        getComputedStyle(a).color,
        getComputedStyle(a.closest('.card')!).backgroundColor,
      ]);
      expect(background).toBe(scheme === 'dark' ? DARK : WHITE);
      expect(color).not.toBe('rgb(0, 0, 238)'); // never the browser's default blue
      expect(contrast(color!, background!)).toBeGreaterThanOrEqual(4.5);
      expect(await serious(p)).toEqual([]);
      await shoot(root, `widget-thank-you-link-en-${scheme}-${viewport.width}`);
    });
  }

  it('should wear the dark theme in the reviews display too, with no serious axe finding (data-theme="dark", 375 px)', async () => {
    const p = await e2e.newPage({ viewport: { width: 375, height: 900 } });
    await e2e.openTestPage(
      p,
      page('body{background:#f6f3ea}', 'data-mode="reviews" data-product-id="BRUSH-SET-3" data-theme="dark"'),
    );
    await expect.poll(() => widget(p).getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await cardBackground(p)).toBe(DARK);
    expect(await serious(p)).toEqual([]);
    await shoot(widget(p), 'reviews-en-dark-theme-375');
  });
});
