// Every dashboard screen under axe-core's full default rule set (best practices too, every impact), as an outside
// audit runs it: in English, Polish and Czech, light and dark, on a phone (375 px) and a desktop (1280 px). The
// screens' own specs refuse serious and critical WCAG findings; this one also refuses the moderate ones (content
// outside a landmark, two landmarks with one name).
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolation } from './axe.ts';
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
