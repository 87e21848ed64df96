// Screenshots of the widget's states for docs/screenshots (the README gallery), written only with SCREENSHOTS=1
// so that `npm test` leaves the checkout clean. `shoot` is for a spec's own states; `writeGallery` writes the
// gallery's overview shots (tests/e2e/gallery.test.ts): each mode in en/pl/cs, light and dark. A dark shot is a
// dark page with data-theme="dark" on the tag, so the widget shows what a dark shop shows (the default, auto,
// follows the host page: a dark shot of a light page would be a light widget).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { embed, widget, type E2E } from './harness.ts';

export const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

export async function shoot(target: Locator, name: string): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await target.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
}

/** What the viewport shows, as the user sees it (not the whole page): for "is it on screen?" states. */
export async function shootViewport(page: Page, name: string): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
}

export const GALLERY_SCHEMES = ['light', 'dark'] as const;
export type GalleryScheme = (typeof GALLERY_SCHEMES)[number];
const PAGE_COLOURS: Record<GalleryScheme, string> = {
  light: 'background:#fbf8f1;color:#1f2328',
  dark: 'background:#0d1117;color:#e6edf3',
};
const LAUNCHER = { en: 'Rate your experience', pl: 'Oceń zakupy', cs: 'Ohodnoťte nákup' } as const;
const COMMENT = {
  en: 'Quick delivery, lovely packaging.',
  pl: 'Szybka dostawa, ładne opakowanie.',
  cs: 'Rychlé doručení, pěkné balení.',
} as const;
export type GalleryLang = keyof typeof LAUNCHER;

/** A shop page in the scheme's colours whose tag carries data-theme="<scheme>" and `attributes`. */
export const galleryPage = (e2e: E2E, lang: GalleryLang, scheme: GalleryScheme, attributes: string) =>
  `<!doctype html><html lang="${lang}" style="color-scheme:${scheme}"><title>Zielony Kosz</title><body style="${PAGE_COLOURS[scheme]};font-family:sans-serif;margin:16px">` +
  `<main>${embed(e2e.stack, `data-theme="${scheme}" ${attributes}`)}</main></body></html>`;

/**
 * The gallery's overview: widget-experience, widget-saved, widget-review, widget-button and reviews, each as
 * `<name>-<lang>-<scheme>.png`, at 700 px. The 375 / 1280 px shots come from the specs of each state (shoot()).
 */
export async function writeGallery(e2e: E2E, lang: GalleryLang, scheme: GalleryScheme): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const page: Page = await e2e.newPage({ colorScheme: scheme, viewport: { width: 700, height: 1000 }, deviceScaleFactor: 1 });
  const root = widget(page);
  const open = (attributes: string) => e2e.openTestPage(page, galleryPage(e2e, lang, scheme, attributes));

  // The experience form, filled in, then "saved" while offline.
  await open(`data-order-id="GALLERY-${crypto.randomUUID()}" data-review-url="#review"`);
  await expect.poll(() => root.locator('textarea').isVisible()).toBe(true);
  await root.getByRole('radio').nth(3).click();
  await root
    .getByRole('radio')
    .nth(5 + 9)
    .click();
  await root.locator('textarea').fill(COMMENT[lang]);
  await root.locator('textarea').blur();
  await root.screenshot({ path: `${SHOTS}/widget-experience-${lang}-${scheme}.png`, animations: 'disabled' });
  await page.context().setOffline(true);
  await root.locator('button.primary').click();
  await expect.poll(() => root.locator('.saved').count()).toBe(1);
  await root.screenshot({ path: `${SHOTS}/widget-saved-${lang}-${scheme}.png`, animations: 'disabled' });
  await page.context().setOffline(false);

  // Review mode: the reviews' "Write a review" form alone, 5 stars chosen.
  await open('data-mode="review" data-product-id="BRUSH-SET-3"');
  await expect.poll(() => root.getByRole('radio').count()).toBe(5);
  await root.getByRole('radio').nth(4).check();
  await root.screenshot({ path: `${SHOTS}/widget-review-${lang}-${scheme}.png`, animations: 'disabled' });

  // The floating button's dialog over the page (the launcher in the corner, under the backdrop).
  await e2e.openTestPage(
    page,
    galleryPage(e2e, lang, scheme, 'data-trigger="button"').replace(
      '<main>',
      `<main><h1>Bamboo dish brush set</h1><p>Order ZK-10421 is on its way.</p>`,
    ),
  );
  await root.getByRole('button', { name: LAUNCHER[lang] }).click();
  await expect.poll(() => root.getByRole('dialog').isVisible()).toBe(true);
  await root.getByRole('dialog').getByRole('radio').nth(4).click();
  await page.screenshot({ path: `${SHOTS}/widget-button-${lang}-${scheme}.png`, animations: 'disabled' });

  // A product's reviews, the disclosure open.
  await open('data-mode="reviews" data-product-id="BRUSH-SET-3" data-product-name="Bamboo dish brush set (3 pcs)"');
  await expect.poll(() => root.getByRole('listitem').count()).toBeGreaterThan(0);
  await root.locator('summary').click();
  await expect.poll(() => root.locator('form').count()).toBe(1);
  await root.screenshot({ path: `${SHOTS}/reviews-${lang}-${scheme}.png`, animations: 'disabled' });
  await page.context().close();
}
