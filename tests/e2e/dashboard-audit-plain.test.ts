// The Audit screen in plain words (a newcomer's walk-through), in en, pl and cs: the lowest stage that is not clearly
// worse says what that means for the owner instead of "level within the noise"; a theme's counts say whose comments
// they are counted in (the lowest touchpoint's only); the touchpoint `post_purchase` is not named like the stage
// "After the purchase" it is part of, and a stage's touchpoint table says the stage adds them up; a theme's quote is the
// part of the comment that names it, its words marked; on a phone (375 and 320 px) the comparison toggle keeps its two
// choices side by side, each inside the form. axe finds nothing serious.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Audit } from '../../shared/audit.ts';
import { formatFigure } from '../../dashboard/src/format.ts';
import { presetPeriod, todayUtc } from '../../dashboard/src/audit/period.ts';
import { AUDIT_TEXTS } from '../../dashboard/src/audit/texts.ts';
import { LANGUAGES, MESSAGES } from '../../dashboard/src/locales.ts';
import { seriousPageViolations } from './axe.ts';
import { useE2E } from './harness.ts';
import { createShop, ensureDashboardBuilt, screenshotPage, signInTo } from './dashboard-page.ts';

beforeAll(ensureDashboardBuilt, 60_000);
const e2e = useE2E();

type Shop = { shopId: string; ownerKey: string };

async function auditOf(shop: Shop): Promise<Audit> {
  const query = new URLSearchParams({ ...presetPeriod('last30', todayUtc()), compare: 'previous' });
  const response = await fetch(`${e2e.stack.workerUrl}/v1/shops/${shop.shopId}/audit?${query.toString()}`, {
    headers: { Authorization: `Bearer ${shop.ownerKey}` },
  });
  if (!response.ok) throw new Error(`audit: ${response.status} ${await response.text()}`);
  return (await response.json()) as Audit;
}

/** Answers through the public API; every comment carries a run-unique token (a retry posts new words). */
async function seed(shop: Shop): Promise<void> {
  const run = crypto.randomUUID().slice(0, 8);
  const answers: Record<string, unknown>[] = [];
  // Browsing: 8 of 12 pleased, 4 not. Delivery: 3 of 12 pleased, 3 neither, 6 not (a late, broken parcel); after
  // the purchase, in general: 4 pleased. The stage after the purchase and the touchpoint Delivery are the lowest, yet
  // by less than chance alone could make of so few answers: neither is clearly worse than the others.
  for (let i = 0; i < 12; i++) answers.push({ touchpoint: 'browse', rating: i % 3 ? 5 : 2, nps: i % 3 ? 9 : 4 });
  for (let i = 0; i < 12; i++)
    answers.push({
      touchpoint: 'delivery',
      rating: [5, 3, 2, 1][i % 4],
      nps: [9, 7, 4, 2][i % 4],
      ...(i % 4 >= 2
        ? { comment: `The ${run}-${i} mug is lovely, but the parcel arrived late and the box was <b>broken</b>.` }
        : {}),
    });
  for (let i = 0; i < 4; i++) answers.push({ touchpoint: 'post_purchase', rating: 4, nps: 8 });
  for (let i = 0; i < answers.length; i += 4)
    await Promise.all(
      answers.slice(i, i + 4).map(async (fields) => {
        const response = await fetch(`${e2e.stack.workerUrl}/v1/shops/${shop.shopId}/responses`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ clientId: crypto.randomUUID(), kind: 'experience', elapsedMs: 20_000, locale: 'en', ...fields }),
        });
        expect(response.status, await response.clone().text()).toBe(201);
      }),
    );
}

const shown = (page: Page) => page.locator('main.audit-screen[aria-busy=false] [data-stage=before]').waitFor();

/** A name as a reader compares it: lower case, without "the" and the brackets' extra words left in. */
const plain = (name: string) =>
  name
    .toLowerCase()
    .replace(/\bthe\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The two comparison choices' boxes, the form's box and the page's scroll width. */
const toggleLayout = (page: Page) =>
  page.evaluate(() => {
    const box = (element: Element) => element.getBoundingClientRect().toJSON() as DOMRect;
    const form = document.querySelector('.audit-pickers')!;
    return {
      choices: [...form.querySelectorAll('.segment')].map(box),
      form: box(form),
      scrollWidth: document.documentElement.scrollWidth,
    };
  });

describe('the Audit screen in plain words', () => {
  it('should say what a level lowest stage means, whose comments a theme is counted in, and tell touchpoints from stages', async () => {
    const shop = await createShop(e2e.stack);
    await seed(shop);
    const audit = await auditOf(shop);
    // The seed: the lowest stage is level with the others, the lowest touchpoint has themes in its comments.
    expect(audit.gaps.stage).toBe('after');
    expect(audit.gaps.stageStandsOut).toBe(false);
    expect(audit.gaps.touchpoint).toBe('delivery');
    expect(audit.gaps.themes.length).toBeGreaterThan(0);
    const after = audit.stages.find((stage) => stage.stage === 'after')!;

    const page = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
    await signInTo(page, e2e.stack, shop, '#/audit');
    await shown(page);
    for (const language of LANGUAGES) {
      const t = AUDIT_TEXTS[language];
      await page
        .getByLabel(/Language|Język|Jazyk/)
        .first()
        .selectOption(language);
      await expect.poll(() => page.locator('#audit-heading').textContent()).toBe(t.heading);
      // The badge and the line under it say it in plain words: no stage is clearly worse, chance alone could do it.
      expect(await page.locator('[data-stage=after] .audit-weakest-badge').textContent()).toBe(t.levelStages);
      expect(await page.locator('[data-stage=after] [data-level-why]').textContent()).toBe(t.levelWhy);
      expect(await page.locator('[data-gap=stage] dt').textContent()).toBe(t.lowestStage);
      expect(await page.locator('[data-level-note]').textContent()).toBe(t.levelNote);
      for (const text of [t.levelStages, t.levelWhy, t.lowestStage, t.lowestTouchpoint, t.levelNote])
        expect(text, language).not.toMatch(/noise|szum|šum/i);
      // Nowhere on the screen (the intro, a change within the intervals) "noise": plain words, as the digest.
      expect(await page.locator('main.audit-screen').textContent(), language).not.toMatch(/noise|szum|šum/i);

      // A theme's counts are the lowest touchpoint's only, and say so.
      const where = MESSAGES[language].touchpointNames.delivery;
      expect(await page.locator('[data-themes-scope]').textContent()).toBe(t.themesScope(where));
      for (const theme of audit.gaps.themes) {
        const label = await page.locator(`[data-gap-theme=${theme.theme}] [data-mentions]`).textContent();
        expect(label).toBe(t.mentionsAt(theme.mentions, theme.negative, where));
        expect(label).toContain(where);
      }

      // Each quote is the part of the comment that names its theme (not the praise before it), the theme's words
      // marked; the shopper's text stays text.
      for (const theme of audit.gaps.themes) {
        const quotes = page.locator(`[data-gap-theme=${theme.theme}] .audit-comment`);
        expect(await quotes.allTextContents()).toEqual(theme.examples.map((example) => example.excerpt.text));
        expect(await quotes.locator('mark').allTextContents()).toEqual(
          theme.examples.flatMap(({ excerpt }) => excerpt.marks.map(({ start, end }) => excerpt.text.slice(start, end))),
        );
      }
      const delivery = audit.gaps.themes.find((theme) => theme.theme === 'delivery')!;
      expect(delivery.examples.length).toBeGreaterThan(0);
      for (const example of delivery.examples) {
        expect(example.excerpt.text).toBe('…the parcel arrived late and the box was <b>broken</b>.');
        expect(example.comment).toContain(' mug is lovely, but ');
      }
      expect(await page.locator('.audit-comment b').count()).toBe(0);

      // The stage "After the purchase" and its touchpoint `post_purchase` are told apart, and the table says the
      // stage's answers are its touchpoints' added up.
      const expand = page.locator('[data-stage=after] .audit-expand');
      if ((await expand.getAttribute('aria-expanded')) !== 'true') await expand.click();
      const stageName = t.stages.after;
      const touchpointName = await page.locator('[data-stage=after] [data-touchpoint=post_purchase] th').textContent();
      expect(plain(touchpointName!), language).not.toBe(plain(stageName));
      expect(await page.locator('[data-stage=after] [data-stage-sum]').textContent()).toBe(
        t.stageSum(stageName, formatFigure(language, 'count', after.responses), after.responses),
      );
      expect(after.responses).toBe(after.touchpoints.reduce((sum, touchpoint) => sum + touchpoint.responses, 0));
    }
    expect(await seriousPageViolations(page, { resultTypes: ['violations'] })).toEqual([]);
    await screenshotPage(page, 'dashboard-audit-plain-cs-1280');
  }, 120_000);

  it('should keep the comparison toggle’s two choices side by side inside the form on a 375 px and a 320 px phone', async () => {
    const shop = await createShop(e2e.stack);
    const page = await e2e.newPage({ viewport: { width: 375, height: 800 } });
    await signInTo(page, e2e.stack, shop, '#/audit');
    await shown(page);
    for (const width of [375, 320])
      for (const language of LANGUAGES) {
        await page.setViewportSize({ width, height: 800 });
        await page
          .getByLabel(/Language|Język|Jazyk/)
          .first()
          .selectOption(language);
        await expect.poll(() => page.locator('#audit-heading').textContent()).toBe(AUDIT_TEXTS[language].heading);
        await expect
          .poll(
            async () => {
              const { choices, form, scrollWidth } = await toggleLayout(page);
              const [first, second] = choices as [DOMRect, DOMRect];
              return {
                sameRow: Math.abs(first.top - second.top) < 1 && Math.abs(first.height - second.height) < 1,
                inside: choices.every((choice) => choice.left >= form.left && choice.right <= form.right),
                noSideScroll: scrollWidth <= width,
              };
            },
            { message: `${language} at ${width} px` },
          )
          .toEqual({ sameRow: true, inside: true, noSideScroll: true });
        if (width === 320 && language === 'pl') await screenshotPage(page, 'dashboard-audit-toggle-pl-320');
      }
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousPageViolations(page, { resultTypes: ['violations'] })).toEqual([]);
  }, 120_000);
});
