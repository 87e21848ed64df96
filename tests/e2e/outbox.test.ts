import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSummary, recordPostedAnswers, useE2E, widget } from './harness.ts';

const e2e = useE2E();

const SAVED = 'Saved — it will be sent when you’re back online.';
const THANKS = 'Thank you! Your answer has been saved.';
const OUTBOX = 'opinia-outbox:demo';

const outbox = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as { i: string; b: string }[], OUTBOX);

/** Answers on the thank-you page, past the worker's 1.5 s "faster than a person" limit. */
async function answerOffline(page: Page, comment: string) {
  await page.clock.install(); // the worker refuses answers sent < 1.5 s after the form appeared: move the clock on
  await page.goto(`${e2e.stack.shopUrl}/en/thank-you.html`);
  const root = widget(page);
  await root.getByRole('radio', { name: '4 stars' }).click();
  await root.getByLabel(/Anything you would like to tell us/).fill(comment);
  await page.clock.fastForward(2_000);
  await page.context().setOffline(true);
  await root.getByRole('button', { name: 'Send' }).click();
  await expect.poll(() => root.getByRole('status').textContent()).toBe(SAVED);
  // The status is announced and keeps the keyboard focus; what the shopper wrote is echoed.
  expect(await root.getByRole('status').evaluate((status) => status.matches(':focus'))).toBe(true);
  expect(await root.locator('blockquote').textContent()).toBe(comment);
}

describe('the offline outbox', () => {
  it('should save an answer given offline and send it once when the connection is back', async () => {
    const before = await readSummary(e2e.stack);
    const page = await e2e.newPage();
    const posted = await recordPostedAnswers(page);
    await answerOffline(page, 'Answered in a tunnel.');
    expect(await outbox(page)).toHaveLength(1);

    await page.context().setOffline(false);
    await expect.poll(() => widget(page).getByRole('status').textContent()).toBe(THANKS);
    expect(await outbox(page)).toEqual([]);
    expect(posted).toHaveLength(1);
    expect((await readSummary(e2e.stack)).responses).toBe(before.responses + 1);
  });

  it('should let the loader send a saved answer on the next page view', async () => {
    const before = await readSummary(e2e.stack);
    const page = await e2e.newPage();
    await answerOffline(page, 'Answered on a train.');
    const [saved] = await outbox(page);

    // The next page view is online (this tab went away offline: its page-hide send failed too).
    const context = page.context();
    await page.close();
    await context.setOffline(false);
    const next = await context.newPage();
    await next.goto(`${e2e.stack.shopUrl}/en/thank-you.html`);
    await expect.poll(() => outbox(next)).toEqual([]);
    await expect.poll(async () => (await readSummary(e2e.stack)).responses).toBe(before.responses + 1);
    expect(saved!.i).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('should never store the same clientId twice, and drop an answer the worker refuses for good', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.stack.shopUrl}/en/product.html`);
    const url = `${e2e.stack.workerUrl}/v1/shops/demo/responses`;
    const clientId = crypto.randomUUID();
    const body = JSON.stringify({ clientId, kind: 'experience', rating: 5, elapsedMs: 5000, website: '' });
    const refused = JSON.stringify({ clientId: crypto.randomUUID(), kind: 'experience', rating: 9 }); // 400: rating is 1–5
    const before = await readSummary(e2e.stack);
    // Saved three times over (two tabs and a crash, say), plus one the worker will never accept.
    for (let round = 0; round < 3; round++) {
      await page.evaluate(([key, items]) => localStorage.setItem(key, JSON.stringify(items)), [
        OUTBOX,
        [
          { u: url, b: body, i: clientId },
          { u: url, b: refused, i: 'refused' },
        ],
      ] as const);
      await page.reload();
      await expect.poll(() => outbox(page)).toEqual([]);
    }
    expect((await readSummary(e2e.stack)).responses).toBe(before.responses + 1);
  });

  it('should send saved answers with a keepalive fetch as the page goes away', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.stack.shopUrl}/en/product.html`);
    const before = await readSummary(e2e.stack);
    const body = JSON.stringify({ clientId: crypto.randomUUID(), kind: 'experience', nps: 10, elapsedMs: 5000, website: '' });
    // Saved after this page view's flush (as by the form on this page): only the page hide can send it.
    await page.evaluate(([key, item]) => localStorage.setItem(key, JSON.stringify([item])), [
      OUTBOX,
      { u: `${e2e.stack.workerUrl}/v1/shops/demo/responses`, b: body, i: 'hidden' },
    ] as const);
    await page.goto('about:blank');
    await expect.poll(async () => (await readSummary(e2e.stack)).responses).toBe(before.responses + 1);
  });
});
