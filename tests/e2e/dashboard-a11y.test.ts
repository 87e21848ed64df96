// Every dashboard screen under axe-core's full default rule set (best practices too, every impact), as an outside
// audit runs it: in English, Polish and Czech, light and dark, on a phone (375 px) and a desktop (1280 px). The
// screens' own specs refuse serious and critical WCAG findings; this one also refuses the moderate ones (content
// outside a landmark, two landmarks with one name).
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolation, seriousPageViolations } from './axe.ts';
import { ensureDashboardBuilt, signInTo } from './dashboard-page.ts';
import { useE2E } from './harness.ts';

beforeAll(ensureDashboardBuilt, 60_000);
const e2e = useE2E();

const SCREENS = ['', 'moderation', 'audit', 'export', 'settings', 'customers', 'customers/cust-anna', 'invitations', 'mailbox'];
/** Each screen in every language, both schemes and both widths, without running all 12 combinations per screen. */
const COMBINATIONS = [
  { language: 'en', colorScheme: 'light', width: 1280 },
  { language: 'pl', colorScheme: 'dark', width: 375 },
  { language: 'cs', colorScheme: 'light', width: 375 },
  { language: 'cs', colorScheme: 'dark', width: 1280 },
] as const;

describe('the dashboard under axe', () => {
  for (const { language, colorScheme, width } of COMBINATIONS) {
    it(`should have no axe violations of any impact on any screen (${language}, ${colorScheme}, ${width} px)`, async () => {
      const page = await e2e.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.addInitScript((lang) => sessionStorage.setItem('opinia.dashboard.language', lang), language);
      await signInTo(page, e2e.stack, e2e.stack.demo);
      const found: string[] = [];
      for (const screen of SCREENS) {
        await page.goto(`${e2e.stack.workerUrl}/dashboard#/${screen}`);
        await page.locator('main#main').waitFor();
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
        await expect.poll(() => page.locator('[aria-busy=true]').count(), { timeout: 60_000 }).toBe(0);
        await page.locator('.loading-block').first().waitFor({ state: 'detached' });
        const violations = await axeViolations(page, null, { iframes: false });
        found.push(...violations.map((v) => `#/${screen}: ${describeViolation(v)}`));
      }
      expect(found).toEqual([]);
    }, 300_000);
  }
});

/** Each screen's jargon and the explanation that goes with it (glossary/Explain.tsx), as the owner meets it. */
const JARGON: { screen: string; explain: string; terms: string[] }[] = [
  { screen: '', explain: 'kpi', terms: ['CSAT', 'NPS', 'Emotional balance'] },
  { screen: '', explain: 'touchpoint', terms: ['Touchpoint'] },
  { screen: 'invitations', explain: 'gating', terms: ['Gating'] },
  { screen: 'settings', explain: 'json-ld', terms: ['JSON-LD'] },
  { screen: 'audit', explain: 'audit-figures', terms: ['NPS', 'CSAT', 'Emotional balance', 'Touchpoint'] },
  { screen: 'audit', explain: 'rotating-study', terms: ['Rotating study'] },
];

describe('the jargon explained', () => {
  for (const width of [375, 1280]) {
    it(`should explain CSAT, NPS, balance, touchpoint, gating, JSON-LD and the rotating study without hover, collapsed until asked (${width} px)`, async () => {
      const page = await e2e.newPage({ viewport: { width, height: width === 375 ? 800 : 900 } });
      await page.addInitScript(() => sessionStorage.setItem('opinia.dashboard.language', 'en'));
      await signInTo(page, e2e.stack, e2e.stack.demo);
      for (const screen of [...new Set(JARGON.map((j) => j.screen))]) {
        await page.goto(`${e2e.stack.workerUrl}/dashboard#/${screen}`);
        await page.locator('main#main').waitFor();
        await expect.poll(() => page.locator('[aria-busy=true]').count(), { timeout: 60_000 }).toBe(0);
        for (const { explain, terms } of JARGON.filter((j) => j.screen === screen)) {
          const details = page.locator(`details[data-explain="${explain}"]`);
          await details.waitFor({ timeout: 60_000 });
          expect(await details.evaluate((el) => (el as HTMLDetailsElement).open), `#/${screen} ${explain}`).toBe(false);
          // Reached and opened with the keyboard alone: the summary takes focus, Enter opens it.
          const summary = details.locator('summary');
          await summary.focus();
          expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
          await page.keyboard.press('Enter');
          await expect.poll(() => details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
          const names = await details.locator('dt').allTextContents();
          expect(names.map((name) => name.replace(/ \(.*\)$/, ''))).toEqual(terms);
          for (const text of await details.locator('dd').allTextContents()) expect(text.length).toBeGreaterThan(30);
          await expect.poll(() => details.locator('dd').first().isVisible()).toBe(true);
        }
        expect(await seriousPageViolations(page), `#/${screen}`).toEqual([]);
      }
    }, 300_000);
  }
});
