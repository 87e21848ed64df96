// axe-core in the page under test, the same engine and rules as `new AxeBuilder({ page }).include(selector).analyze()`
// (the axe-core that @axe-core/playwright ships, default options), but cheaper: AxeBuilder injects ~600 KB of axe
// into the page on every call and opens, injects and closes a second blank page to merge its per-frame results.
// Our pages have one frame, so `axe.run` in the page itself gives the same violations; axe is injected once per
// document (again only after a navigation).
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const fromAxeBuilder = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = (fromAxeBuilder('axe-core') as { source: string }).source;

type WithAxe = { axe?: { run(context: unknown, options: unknown): Promise<AxeResults> } };

/**
 * Every axe violation inside the elements matching `include` (the widget's host by default); `include: null` checks
 * the whole document, as `new AxeBuilder({ page }).analyze()` does (html-has-lang, document-title, landmarks …).
 * Frames: axe here sees the top document only, so a page with an <iframe> passes `{ iframes: false }` and says so.
 */
export async function axeViolations(
  page: Page,
  include: string | null = 'opinia-widget',
  options: Record<string, unknown> = {},
): Promise<Result[]> {
  if (!(await page.evaluate(() => typeof (window as unknown as WithAxe).axe?.run === 'function')))
    await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    ([selector, runOptions]) =>
      (window as unknown as WithAxe).axe!.run(selector === null ? document : { include: [selector], exclude: [] }, runOptions),
    [include, options] as const,
  );
  return results.violations;
}

/** The WCAG 2.2 AA tags, as `AxeBuilder.withTags([...])` passes them (axe's `runOnly`). */
export const WCAG_AA = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };

/** A violation as one line: its id, impact and the elements it was found on. */
export const describeViolation = (v: Result): string =>
  `${v.id} (${v.impact}): ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`;

/** The whole page's serious and critical findings under the WCAG 2.2 AA tags (the dashboard screens' check). */
export const seriousPageViolations = async (page: Page, options: Record<string, unknown> = {}): Promise<string[]> =>
  (await axeViolations(page, null, { ...WCAG_AA, ...options }))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(describeViolation);

/** The ids of the serious and critical violations (what the specs refuse). */
export const seriousViolations = async (page: Page, include?: string): Promise<string[]> =>
  (await axeViolations(page, include)).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
