// Closing the loop end to end (real worker + Chromium): a 1★ answer → the owner replies in the dashboard →
// the customer answers "Did we make it right?" with "yes, 5★" (sent as the on-site card would, with the reply's
// token from GET …/replies) → the dashboard shows the item recovered and the customer's balance back in credit.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PendingReplies } from '../../shared/close-loop.ts';
import type { Customer } from '../../shared/owner-api.ts';
import { useE2E } from './harness.ts';
import { ensureDashboardBuilt, signIn, waitForFigures } from './dashboard-page.ts';

beforeAll(ensureDashboardBuilt, 60_000);
const e2e = useE2E();

async function answer(body: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${e2e.stack.workerUrl}/v1/shops/${e2e.stack.demo.shopId}/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ clientId: crypto.randomUUID(), kind: 'experience', elapsedMs: 8000, ...body }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe('closing the loop', () => {
  it('should let the owner reply from the dashboard and show the repair once the customer says it was made right', async () => {
    const customer = `e2e-loop-${Date.now()}`;
    await answer({ rating: 5, customerRef: customer, locale: 'en' });
    const complaint = await answer({ rating: 1, comment: `My order ${customer} arrived broken`, customerRef: customer, locale: 'en' });

    const page = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, e2e.stack);
    await waitForFigures(page);
    const card = page.locator(`[data-attention-id="${complaint}"]`);
    await card.waitFor();
    expect(await card.locator('[data-reply-timer]').getAttribute('data-reply-timer')).toBe('due');
    await card.getByRole('button', { name: 'Apologise and fix' }).click();
    const box = card.getByRole('textbox', { name: /Reply to the customer/ });
    expect(await box.inputValue()).toMatch(/^Thank you for telling us/);
    await box.fill('Thank you for telling us, and I am sorry. A new one left today; I will check that it reaches you.');
    await card.getByRole('button', { name: 'Send reply' }).click();
    await expect.poll(() => card.locator('[data-reply-timer]').getAttribute('data-reply-timer')).toBe('replied');
    expect(await card.locator('.thread-reply .thread-text').textContent()).toContain('A new one left today');

    // The customer's next visit: the pending reply and its token, then "yes, 5★".
    const pending = (await (await fetch(`${e2e.stack.workerUrl}/v1/shops/${e2e.stack.demo.shopId}/replies?customer=${customer}`)).json()) as PendingReplies;
    expect(pending.replies).toEqual([expect.objectContaining({ attentionId: complaint, text: expect.stringContaining('A new one left today') })]);
    await answer({ kind: 'follow_up', followUpOf: complaint, followUpToken: pending.replies[0]!.followUpToken, solved: 'yes', rating: 5 });

    await page.reload();
    await waitForFigures(page);
    await page.getByRole('radio', { name: 'Resolved' }).check();
    const resolved = page.locator(`[data-attention-id="${complaint}"]`);
    await resolved.waitFor();
    expect(await resolved.locator('[data-resolution]').getAttribute('data-resolution')).toBe('recovered');
    expect(await resolved.locator('[data-follow-up]').textContent()).toContain('Yes, solved');
    await resolved.getByRole('button', { name: 'Show the customer’s balance' }).click();
    const steps = resolved.locator('[data-balance-steps] dd');
    await expect.poll(() => steps.allTextContents()).toEqual(['1', '0', '1']);
    expect(Number(await page.locator('[data-recovery] [data-figure=recovered] dd').textContent())).toBeGreaterThan(0);

    const account = (await (await fetch(`${e2e.stack.workerUrl}/v1/shops/${e2e.stack.demo.shopId}/customers/${customer}`, {
      headers: { Authorization: `Bearer ${e2e.stack.demo.ownerKey}` },
    })).json()) as Customer;
    expect(account.balance).toBeGreaterThan(0);
  });
});
