// The customer timeline screen (#/customers/<ref>): every answer and reply of one customer with the running
// emotional-bank-account balance, falling with the complaint and rising with the repair (issues #14 and #16).
import { beforeAll, describe, expect, it } from 'vitest';
import type { AttentionPage } from '../../shared/owner-api.ts';
import type { PendingReplies } from '../../shared/close-loop.ts';
import { useE2E } from './harness.ts';
import {
  createShop,
  ensureDashboardBuilt,
  screenshotPage,
  seriousAxeViolations,
  sidewaysOverflow,
  signInTo,
} from './dashboard-page.ts';

beforeAll(ensureDashboardBuilt, 60_000);
const e2e = useE2E();

describe('the customer timeline screen', () => {
  it('should show the balance falling with a complaint and rising with the repair, and find customers by reference', async () => {
    const shop = await createShop(e2e.stack);
    const api = (path: string, init: RequestInit = {}, owner = false) =>
      fetch(`${e2e.stack.workerUrl}/v1/shops/${shop.shopId}${path}`, {
        ...init,
        headers: { 'Content-Type': 'application/json', ...(owner ? { Authorization: `Bearer ${shop.ownerKey}` } : {}) },
      });
    const answer = async (fields: Record<string, unknown>) => {
      const response = await api('/responses', {
        method: 'POST',
        body: JSON.stringify({ kind: 'experience', elapsedMs: 20_000, locale: 'en', customerRef: 'kasia', ...fields }),
      });
      const body = (await response.json()) as { id: string };
      expect(response.status, JSON.stringify(body)).toBe(201);
      return body.id;
    };
    await answer({ clientId: crypto.randomUUID(), rating: 5, comment: 'Lovely shop, quick delivery.' });
    const clientId = crypto.randomUUID();
    const complaint = await answer({ clientId, rating: 1, comment: 'The mug arrived broken.' });
    const queue = (await (await api('/attention', {}, true)).json()) as AttentionPage;
    expect(queue.items.map((item) => item.id)).toContain(complaint);
    const replied = await api(
      `/attention/${complaint}/reply`,
      { method: 'POST', body: JSON.stringify({ text: 'Sorry! A new mug left today.' }) },
      true,
    );
    expect(replied.status).toBe(201);
    const [card] = ((await (await api(`/replies?clientId=${clientId}`)).json()) as PendingReplies).replies;
    await answer({
      clientId: crypto.randomUUID(),
      kind: 'follow_up',
      followUpOf: complaint,
      followUpToken: card!.followUpToken,
      solved: 'yes',
      rating: 5,
    });

    const page = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
    await signInTo(page, e2e.stack, shop, '#/customers/kasia');
    await expect.poll(() => page.locator('[data-customer-balance]').getAttribute('data-customer-balance')).toBe('1');
    expect(
      await page
        .locator('[data-timeline-entry]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-timeline-entry'))),
    ).toEqual(['experience', 'experience', 'reply', 'follow_up']);
    const balances = await page.locator('.customer-timeline td.num').allTextContents();
    expect(balances.filter((text) => text !== '—')).toEqual(['+1', '0', '+1']);
    await expect.poll(() => page.locator('[data-recovery]').getAttribute('data-recovery')).toBe('recovered');
    expect(await page.locator('[data-recovery] td').allTextContents()).toEqual(expect.arrayContaining(['+1', '0', 'Recovered']));
    expect(await page.locator('[data-balance-chart] circle').count()).toBe(3);
    expect(await page.getByRole('img', { name: /Running balance from .* now \+1/ }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotPage(page, 'dashboard-customer-en-light-1280');

    // Looking up a reference: an unknown one says so plainly; a known one opens its timeline.
    await page.getByRole('link', { name: 'Look up another customer' }).click();
    await page.getByLabel('Customer reference').fill('nobody-here');
    await page.getByRole('button', { name: 'Open timeline' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('No answers from “nobody-here” in this shop.');
    await page.getByLabel('Customer reference').fill('kasia');
    await page.getByRole('button', { name: 'Open timeline' }).click();
    await expect.poll(() => page.locator('[data-customer-balance]').count()).toBe(1);

    // Polish, dark, on a phone: nothing scrolls sideways and axe finds nothing serious.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page
      .getByLabel(/Language|Język|Jazyk/)
      .first()
      .selectOption('pl');
    await expect.poll(() => page.locator('#customer-heading').textContent()).toBe('Historia klienta: kasia');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // The timeline and the repairs read whole, one card per step, down to 320 px: the reply's words too.
    const reply = page.locator('[data-timeline-entry=reply] .customer-comment');
    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 800 });
      await expect.poll(() => sidewaysOverflow(page, 'main.customers')).toEqual([]);
      await expect
        .poll(async () => {
          const box = (await reply.boundingBox())!;
          return box.x >= 0 && box.x + box.width <= width;
        })
        .toBe(true);
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotPage(page, 'dashboard-customer-pl-dark-375');
  }, 120_000);
});
