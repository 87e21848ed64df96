// The dashboard's Invitations screen and the dev-only Mailbox (`npm start`), end to end in Chromium: an order
// delivered long ago → "Run the cron now" → the mailbox shows its e-mail → its link → an answer → the Invitations
// screen counts it as answered, with channel "link". One page per test; en/pl/cs, light and dark, axe.
// With SCREENSHOTS=1 it writes docs/screenshots/dashboard-invitations*.png and dashboard-mailbox*.png.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFigure } from '../../dashboard/src/format.ts';
import type { OrderInvitationAudit } from '../../shared/invitation-audit.ts';
import { axeViolations } from './axe.ts';
import { readSummary, useE2E } from './harness.ts';
import { ensureDashboardBuilt, SCREENSHOTS, signIn, waitForFigures } from './dashboard-page.ts';

beforeAll(ensureDashboardBuilt, 60_000);
const e2e = useE2E();

/** axe's serious and critical findings on the whole page (WCAG 2.2 AA tags). The e-mail's frame is sandboxed
 * without scripts, so axe cannot run inside it (AxeBuilder waits for it forever): the page is checked around it. */
async function seriousViolations(page: Page): Promise<string[]> {
  const violations = await axeViolations(page, 'body', {
    iframes: false,
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

async function ownerFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${e2e.stack.workerUrl}/v1/shops/${e2e.stack.demo.shopId}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${e2e.stack.demo.ownerKey}`, 'Content-Type': 'application/json' },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const delivery = (audit: OrderInvitationAudit) => audit.touchpoints.find((row) => row.touchpoint === 'delivery')!;
const shot = async (page: Page, name: string) => {
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
};

describe('dashboard: Invitations and the dev Mailbox', () => {
  it('should show the e-mail the cron sent for an order delivered long ago, and count the answer from its link as channel "link"', async () => {
    const before = await ownerFetch<OrderInvitationAudit>('/invitations/order-audit');
    const linkAnswersBefore = (await readSummary(e2e.stack)).byChannel.link;
    const orderId = `MB-${crypto.randomUUID().slice(0, 8)}`;
    await ownerFetch('/orders', {
      method: 'POST',
      body: JSON.stringify({
        orderId,
        customerRef: orderId,
        locale: 'en',
        deliveredAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
      }),
    });

    const page = await e2e.newPage({ viewport: { width: 1100, height: 900 } });
    await signIn(page, e2e.stack);
    await waitForFigures(page);
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Mailbox' }).click();
    await page.getByRole('heading', { name: 'Mailbox (npm start only)' }).waitFor();
    await page.getByRole('button', { name: 'Run the cron now' }).click();
    const item = page.locator(`.mailbox-item[data-order="${orderId}"]`);
    await item.waitFor();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^The cron ran\./);
    expect(await item.getAttribute('data-touchpoint')).toBe('delivery');
    await expect.poll(() => item.locator('.mailbox-meta').textContent()).toContain(`Order${orderId}`);

    // The HTML in a sandbox where nothing runs, styled as the e-mail says; the plain text one click away.
    const frame = item.locator('iframe.email-frame');
    expect(await frame.getAttribute('sandbox')).not.toContain('allow-scripts');
    const inFrame = item.frameLocator('iframe.email-frame');
    await expect.poll(() => inFrame.locator('body').textContent()).toContain('How was the delivery');
    await expect.poll(() => inFrame.locator('body').evaluate((body) => getComputedStyle(body).fontFamily)).toContain('system-ui');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'dashboard-mailbox');
    await item.getByRole('button', { name: 'Plain text' }).click();
    const link = (await item.locator('a[data-link=feedback]').getAttribute('href'))!;
    expect(await item.locator('pre.email-text').textContent()).toContain(`${link}?r=5`);

    // The shopper follows the link and answers; the Invitations screen counts it.
    await page.goto(link);
    await page.locator('label[for="rating-4"]').click();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { name: 'Thank you! Your answer has been saved.' }).waitFor();
    await page.goto(`${e2e.stack.workerUrl}/dashboard/#/invitations`);
    await page.getByRole('heading', { name: 'Response rate per touchpoint' }).waitFor();
    await page.locator('main[aria-busy=false]').waitFor();

    const after = await ownerFetch<OrderInvitationAudit>('/invitations/order-audit');
    expect(delivery(after).sent).toBe(delivery(before).sent + 1);
    expect(delivery(after).answered).toBe(delivery(before).answered + 1);
    expect(after.byScore.high.answered).toBe(before.byScore.high.answered + 1);
    const row = page.locator('.data-table tr[data-touchpoint=delivery]').first();
    expect(await row.locator('[data-figure=sent]').textContent()).toBe(formatFigure('en', 'count', delivery(after).sent));
    expect(await row.locator('[data-figure=answered]').textContent()).toBe(formatFigure('en', 'count', delivery(after).answered));
    expect(await row.locator('[data-figure=rate]').textContent()).toBe(
      formatFigure('en', 'percent', delivery(after).responseRate! * 100),
    );
    const high = page.locator('tr[data-touchpoint=delivery][data-group=high] [data-figure=answered]');
    expect(await high.textContent()).toBe(formatFigure('en', 'count', delivery(after).byScore.high.answered));
    const linkAnswers = page.locator('tr[data-channel=link] [data-figure=answers]');
    expect(await linkAnswers.textContent()).toBe(formatFigure('en', 'count', linkAnswersBefore + 1));
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'dashboard-invitations');
  });

  it('should read both screens in Polish and Czech, in dark mode, keyboard-reachable and axe clean', async () => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 900 }, colorScheme: 'dark' });
    await signIn(page, e2e.stack);
    await waitForFigures(page);
    await page.getByLabel('Language', { exact: true }).selectOption('cs');
    await page.getByRole('link', { name: 'Pozvánky' }).click();
    await page.getByRole('heading', { name: 'Míra odpovědí podle kontaktního bodu' }).waitFor();
    await page.locator('main[aria-busy=false]').waitFor();
    expect(await page.getByRole('row', { name: /Z odkazu v pozvánce/ }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'dashboard-invitations-cs-dark');

    await page.getByLabel('Jazyk', { exact: true }).selectOption('pl');
    await page.getByRole('link', { name: 'Skrzynka' }).click();
    await page.getByRole('heading', { name: 'Skrzynka (tylko npm start)' }).waitFor();
    await page.locator('.mailbox-item').first().waitFor();
    // The newest e-mail is open; its summary closes and opens it from the keyboard.
    const newest = page.locator('.mailbox-item').first();
    await newest.locator('iframe.email-frame').waitFor();
    await newest.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => newest.locator('iframe.email-frame').count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => newest.locator('iframe.email-frame').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'dashboard-mailbox-pl-dark');
  });
});
