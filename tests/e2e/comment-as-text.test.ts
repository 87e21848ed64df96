import { describe, expect, it } from 'vitest';
import { readSummary, useE2E, widget } from './harness.ts';

const e2e = useE2E();
// Negative on purpose: the summary's recentNegative list is where the API gives comments back.
const HOSTILE_COMMENT = 'Terrible, broken parcel <img src=x onerror=alert(1)>';

describe('a comment that looks like HTML', () => {
  it('should be shown and stored as text, never run', async () => {
    const page = await e2e.newPage();
    await page.clock.install(); // the worker refuses answers sent < 1.5 s after the form appeared: move the clock on
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${e2e.stack.shopUrl}/en/thank-you.html`);
    const root = widget(page);
    await root.getByRole('radio', { name: '1 star' }).click();
    await root.getByLabel(/Anything you would like to tell us/).fill(HOSTILE_COMMENT);
    const created = page.waitForResponse(
      (response) => response.request().method() === 'POST' && response.url().endsWith('/responses'),
    );
    await page.clock.fastForward(2_000);
    await root.getByRole('button', { name: 'Send' }).click();
    const { id } = (await (await created).json()) as { id: string };

    await expect.poll(() => root.getByRole('status').textContent()).toBe('Thank you! Your answer has been saved.');
    expect(await root.locator('blockquote').textContent()).toBe(HOSTILE_COMMENT);
    expect(await root.locator('img').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(300); // an onerror would have fired by now
    expect(dialogs).toEqual([]);

    const summary = await readSummary(e2e.stack);
    expect(summary.recentNegative.find((answer) => answer.id === id)?.comment).toBe(HOSTILE_COMMENT);
  });
});
