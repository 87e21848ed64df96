// Native date inputs follow the browser's locale, not the dashboard's language, and cannot be relabelled: under each
// one the dashboard writes the chosen day its own way, so a Czech owner in an English browser reads "1. 11. 2026"
// under "11/01/2026". The overview's filters (the draft, before it is applied), the Audit screen's pickers and the
// Invitations screen's period.
import { beforeAll, describe, expect, it } from 'vitest';
import { presetPeriod, todayUtc } from '../../dashboard/src/audit/period.ts';
import { formatDay } from '../../dashboard/src/format.ts';
import { useE2E } from './harness.ts';
import { ensureDashboardBuilt, signIn, waitForFigures } from './dashboard-page.ts';

beforeAll(ensureDashboardBuilt, 60_000);
const e2e = useE2E();

describe('the dates under the date inputs', () => {
  it("should write each chosen day in the dashboard's language, whatever the browser's", async () => {
    const page = await e2e.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await signIn(page, e2e.stack);
    await waitForFigures(page);
    await page.getByLabel('Language', { exact: true }).selectOption('cs');
    await page.getByRole('heading', { name: 'Vyžaduje pozornost' }).waitFor();

    // The overview: the period shown, then the draft as it is typed (nothing applied yet).
    const from = page.locator('#filter-from');
    expect(await from.getAttribute('aria-describedby')).toBe('filter-from-day');
    expect(await page.locator('#filter-from-day').textContent()).toBe(formatDay('cs', await from.inputValue()));
    await from.fill('2026-11-01');
    await page.locator('#filter-to').fill('2026-11-30');
    expect(await page.locator('#filter-from-day').textContent()).toBe('1. 11. 2026');
    expect(await page.locator('#filter-to-day').textContent()).toBe('30. 11. 2026');
    expect(await page.evaluate(() => location.hash)).not.toContain('2026-11-01');
    // In Polish and English the same days, their way.
    await page.getByLabel('Jazyk', { exact: true }).selectOption('pl');
    await expect.poll(() => page.locator('#filter-from-day').textContent()).toBe(formatDay('pl', '2026-11-01'));
    await page.getByLabel('Język', { exact: true }).selectOption('cs');

    // The Audit screen: the preset's days, then a day of one's own.
    await page.getByRole('link', { name: 'Audit', exact: true }).click();
    await page.locator('main.audit-screen[aria-busy=false] [data-stage=before]').waitFor();
    const last30 = presetPeriod('last30', todayUtc());
    expect(await page.locator('#audit-from-day').textContent()).toBe(formatDay('cs', last30.from));
    expect(await page.locator('#audit-to-day').textContent()).toBe(formatDay('cs', last30.to));
    expect(await page.locator('#audit-to').getAttribute('aria-describedby')).toBe('audit-to-day');
    await page.locator('#audit-from').fill('2026-11-01');
    await expect.poll(() => page.locator('#audit-from-day').textContent()).toBe('1. 11. 2026');
    await expect.poll(() => page.locator('[data-audit-scope]').textContent()).toMatch(/^1\. 11\. 2026 – /);

    // The Invitations screen: the period shown, then the draft.
    await page.getByRole('link', { name: 'Pozvánky', exact: true }).click();
    const invitationsFrom = page.locator('#invitations-from');
    await expect.poll(() => invitationsFrom.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect
      .poll(() => page.locator('#invitations-from-day').textContent())
      .toBe(formatDay('cs', await invitationsFrom.inputValue()));
    await page.locator('#invitations-to').fill('2026-11-30');
    expect(await page.locator('#invitations-to-day').textContent()).toBe('30. 11. 2026');
    expect(await page.locator('#invitations-to').getAttribute('aria-describedby')).toBe('invitations-to-day');
    await page.close();
  });
});
