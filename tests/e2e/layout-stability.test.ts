// The widget as a guest must not move the shop's page: on the example pages, which reserve its room where the tag
// stands (.opinia-slot, as the README asks owners to), the widget's arrival causes no layout shift at all, and it
// never takes away or re-inserts what is already on screen. (bench/page-impact.ts measures the same with the CPU
// throttled; this is the functional check in `npm test`.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2E, widget } from './harness.ts';

const e2e = useE2E();

interface Watch {
  cls: number;
  shifted: string[];
  removed: number;
}

/** Records layout shifts and removals of nodes from the widget's shadow root, from the first byte of the page. */
async function watch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: Watch = { cls: 0, shifted: [], removed: 0 };
    (window as unknown as { __watch: Watch }).__watch = seen;
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node }[];
      }[]) {
        if (shift.hadRecentInput) continue;
        seen.cls += shift.value;
        seen.shifted.push(...shift.sources.map((source) => source.node?.nodeName ?? '?'));
      }
    }).observe({ type: 'layout-shift', buffered: true });
    const removals = new MutationObserver((records) => {
      for (const record of records) seen.removed += record.removedNodes.length;
    });
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      removals.observe(root, { childList: true });
      return root;
    };
  });
}

const watched = (page: Page) => page.evaluate(() => (window as unknown as { __watch: Watch }).__watch);

describe('layout stability of the example pages', () => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 360, height: 740 },
  ]) {
    it(`should show the thank-you form without shifting anything (${viewport.width} px)`, async () => {
      const page = await e2e.newPage({ viewport });
      await watch(page);
      await page.goto(`${e2e.stack.shopUrl}/en/thank-you.html`);
      await widget(page).getByRole('button', { name: 'Send' }).waitFor();
      await page.waitForTimeout(300); // a last frame
      expect(await watched(page)).toEqual({ cls: 0, shifted: [], removed: 0 });
    });

    it(`should show the product's reviews and the write form without shifting anything (${viewport.width} px)`, async () => {
      const page = await e2e.newPage({ viewport });
      await watch(page);
      await page.goto(`${e2e.stack.shopUrl}/en/product.html`);
      await widget(page).locator('form').waitFor();
      await page.waitForTimeout(300);
      expect(await watched(page)).toEqual({ cls: 0, shifted: [], removed: 0 });
    });
  }
});
