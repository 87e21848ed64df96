// Issue #14 item 4: the rating sorts are global (the page's language first only for "newest" and "most helpful"),
// the Polish "Potwierdzony zakup" badge never wraps at 375 px, and the filter bars' names contain what they show
// (axe's label-in-name rule, label-content-name-mismatch).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { useE2E, widget } from './harness.ts';
import { shoot } from './screenshots.ts';

const e2e = useE2E();

const findings = async (page: Page) =>
  (await axeViolations(page, 'opinia-widget', { rules: { 'label-content-name-mismatch': { enabled: true } } }))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'label-content-name-mismatch')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

const ratings = (page: Page) =>
  widget(page)
    .locator('ol > li')
    .evaluateAll((lis) => lis.map((li) => Number.parseInt(li.querySelector('[role=img]')!.getAttribute('aria-label')!, 10)));

describe('the reviews order and the Polish badge', () => {
  for (const [scheme, viewport] of [
    ['light', { width: 375, height: 900 }],
    ['dark', { width: 1280, height: 900 }],
  ] as const) {
    it(`should sort by rating across every language, keep the badge on one line and name the bars by what they show (${scheme}, ${viewport.width} px)`, async () => {
      const page = await e2e.newPage({ viewport });
      const theme = scheme === 'dark' ? 'data-theme="dark"' : '';
      await e2e.openTestPage(
        page,
        `<!doctype html><html lang="pl"><title>Produkt</title><body><script src="${e2e.stack.workerUrl}/widget.js" data-shop="demo" data-mode="reviews" data-product-id="BRUSH-SET-3" ${theme} async></script></body></html>`,
      );
      const root = widget(page);
      await expect.poll(() => root.locator('ol > li').count()).toBeGreaterThan(3);
      await root.getByLabel('Sortuj').selectOption({ label: 'Najniżej oceniane' });
      await expect
        .poll(async () => {
          const shown = await ratings(page);
          return shown.length > 3 && shown.every((rating, i) => i === 0 || shown[i - 1]! <= rating);
        })
        .toBe(true);
      const langs = await root
        .locator('ol > li .body')
        .evaluateAll((bodies) => new Set(bodies.map((body) => body.getAttribute('lang'))).size);
      expect(langs).toBeGreaterThan(1); // several languages in one ascending order
      for (const badge of await root.locator('.badge').all()) {
        const box = (await badge.boundingBox())!;
        const lineHeight = await badge.evaluate((b) => Number.parseFloat(getComputedStyle(b).lineHeight) || 24);
        expect(box.height).toBeLessThan(lineHeight * 1.6); // one line
      }
      expect(await root.getByRole('button', { name: /^5 gwiazdek: / }).count()).toBe(1);
      expect(await findings(page)).toEqual([]);
      await shoot(root, `reviews-lowest-pl-${scheme}-${viewport.width}`);
    });
  }
});
