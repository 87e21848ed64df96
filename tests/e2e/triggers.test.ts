import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { embed, useE2E, widget } from './harness.ts';

const e2e = useE2E();

const SNIPPET = `<script>window.opinia = window.opinia || function () { (opinia.q = opinia.q || []).push(arguments); };</script>`;
const html = (body: string) => `<!doctype html><html lang="en"><title>Shop</title><body><main>${body}</main></body></html>`;
const formShown = (page: Page) => widget(page).getByRole('radiogroup').first().isVisible();
const hostShown = (page: Page) => widget(page).evaluate((host) => getComputedStyle(host).display !== 'none');

describe('when to ask', () => {
  it('should show the form only after data-delay seconds', async () => {
    const page = await e2e.newPage();
    await e2e.openTestPage(page, html(embed(e2e.stack, 'data-trigger="delay" data-delay="2"')));
    await page.waitForTimeout(800);
    expect(await formShown(page)).toBe(false);
    await expect.poll(() => formShown(page)).toBe(true);
  });

  it('should show the form when the tag’s place scrolls into view', async () => {
    const page = await e2e.newPage();
    await e2e.openTestPage(
      page,
      html(`<div style="height:3000px">Product details</div>${embed(e2e.stack, 'data-trigger="scroll"')}`),
    );
    await page.waitForTimeout(1000);
    expect(await formShown(page)).toBe(false);
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => formShown(page)).toBe(true);
  });

  it('should never ask twice about the same order and touchpoint', async () => {
    const page = await e2e.newPage();
    await page.clock.install(); // the worker refuses answers sent < 1.5 s after the form appeared: move the clock on
    const tag = embed(e2e.stack, `data-order-id="ONCE-${Date.now()}" data-touchpoint="delivery"`);
    await e2e.openTestPage(page, html(tag));
    await widget(page).getByRole('radio', { name: '5 stars' }).click();
    await page.clock.fastForward(2_000);
    await widget(page).getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => widget(page).getByRole('status').textContent()).toMatch(/^Thank you/);
    await page.reload();
    await expect
      .poll(() => widget(page).getByRole('status').textContent())
      .toBe('You have already told us about this order. Thank you!');
    expect(await formShown(page)).toBe(false);
  });

  it('should put the form off for a week after "Not now"', async () => {
    const page = await e2e.newPage();
    await e2e.openTestPage(page, html(embed(e2e.stack, 'data-trigger="delay" data-delay="1"')));
    await widget(page).getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => hostShown(page)).toBe(false);
    const until = Number(await page.evaluate(() => localStorage.getItem('opinia-outbox:demo:snooze')));
    expect(until - Date.now()).toBeGreaterThan(6.9 * 864e5);
    await page.reload();
    await page.waitForTimeout(2000);
    expect(await formShown(page)).toBe(false);
  });

  it('should run opinia("set" | "open" | "close") calls queued before the script loaded', async () => {
    const page = await e2e.newPage();
    const queued = `<script>opinia('set', { orderId: 'API-1' }); opinia('open');</script>`;
    await e2e.openTestPage(page, html(`${SNIPPET}${queued}${embed(e2e.stack, 'data-trigger="delay" data-delay="60"')}`));
    await expect.poll(() => formShown(page)).toBe(true);
    await page.evaluate(() => (window as unknown as { opinia: (command: string) => void }).opinia('close'));
    await expect.poll(() => hostShown(page)).toBe(false);
    await page.evaluate(() => (window as unknown as { opinia: (command: string) => void }).opinia('open'));
    await expect.poll(() => hostShown(page)).toBe(true);
  });

  describe('as a floating button (data-trigger="button")', () => {
    const launcher = (page: Page): Locator => widget(page).getByRole('button', { name: 'Rate your experience' });
    const dialog = (page: Page): Locator => widget(page).getByRole('dialog', { name: 'Rate your experience' });
    const callApi = (page: Page, command: string) =>
      page.evaluate((command) => (window as unknown as { opinia: (command: string) => void }).opinia(command), command);
    /** The focused element inside the widget's shadow root, as its text. */
    const focusedInWidget = (page: Page) =>
      page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent ?? null);

    it('should take no room in the page: the host has no box and nothing after it moves', async () => {
      const page = await e2e.newPage();
      await e2e.openTestPage(page, html(`<p>Before</p>${embed(e2e.stack, 'data-trigger="button"')}<p id="after">After</p>`));
      await expect.poll(() => launcher(page).isVisible()).toBe(true);
      expect(await widget(page).evaluate((host) => host.getBoundingClientRect().height)).toBe(0);
      const shift = await page.evaluate(() => {
        const after = document.getElementById('after')!;
        const top = after.getBoundingClientRect().top;
        document.querySelector('opinia-widget')!.remove();
        return after.getBoundingClientRect().top - top;
      });
      expect(shift).toBe(0);
    });

    it('should open the form in a modal dialog from the launcher, and be gone for good after an answer', async () => {
      const page = await e2e.newPage();
      await page.clock.install(); // the worker refuses answers sent < 1.5 s after the form appeared: move the clock on
      await e2e.openTestPage(page, html(embed(e2e.stack, `data-trigger="button" data-order-id="BUTTON-${Date.now()}"`)));
      await launcher(page).click();
      await expect.poll(() => dialog(page).isVisible()).toBe(true);
      expect(
        await widget(page)
          .locator('dialog')
          .evaluate((element) => element.matches(':modal')),
      ).toBe(true);
      await dialog(page).getByRole('radio', { name: '4 stars' }).click();
      await page.clock.fastForward(2_000); // slower than the worker's "faster than a person" limit
      await dialog(page).getByRole('button', { name: 'Send' }).click();
      await expect.poll(() => dialog(page).getByRole('status').textContent()).toMatch(/^Thank you/);
      await dialog(page).getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => dialog(page).isVisible()).toBe(false);
      expect(await launcher(page).count()).toBe(0);
      await page.reload();
      await page.waitForTimeout(1000);
      expect(await launcher(page).count()).toBe(0);
    });

    it('should close on Escape and give the focus back to the launcher', async () => {
      const page = await e2e.newPage();
      await e2e.openTestPage(page, html(embed(e2e.stack, 'data-trigger="button"')));
      await launcher(page).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog(page).isVisible()).toBe(true);
      expect(await focusedInWidget(page)).not.toBe('Rate your experience'); // the focus moved into the dialog
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog(page).isVisible()).toBe(false);
      expect(await focusedInWidget(page)).toBe('Rate your experience');
      expect(await launcher(page).isVisible()).toBe(true);
    });

    it('should put the launcher away for a week after "Not now"', async () => {
      const page = await e2e.newPage();
      await e2e.openTestPage(page, html(embed(e2e.stack, 'data-trigger="button"')));
      await launcher(page).click();
      await dialog(page).getByRole('button', { name: 'Not now' }).click();
      await expect.poll(() => dialog(page).isVisible()).toBe(false);
      expect(await launcher(page).count()).toBe(0);
      await page.reload();
      await page.waitForTimeout(1000);
      expect(await launcher(page).count()).toBe(0);
    });

    it('should open and close the dialog with opinia("open" | "close"), also when queued before the script loaded', async () => {
      const page = await e2e.newPage();
      await e2e.openTestPage(
        page,
        html(`${SNIPPET}<script>opinia('open');</script>${embed(e2e.stack, 'data-trigger="button"')}`),
      );
      await expect.poll(() => dialog(page).isVisible()).toBe(true);
      await callApi(page, 'close');
      await expect.poll(() => dialog(page).isVisible()).toBe(false);
      expect(await launcher(page).isVisible()).toBe(true); // "close" closes the dialog, the launcher stays
      await callApi(page, 'open');
      await expect.poll(() => dialog(page).isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog(page).isVisible()).toBe(false);
      await callApi(page, 'open'); // the same command again, after the shopper closed it
      await expect.poll(() => dialog(page).isVisible()).toBe(true);
    });

    it('should open a queued opinia("open") from a tag in <head>, mounted before <body> exists', async () => {
      const page = await e2e.newPage();
      // A slow blocking script after the tag holds the parser in <head>: the UI chunk mounts before the host is in the page.
      await page.route('**/slow.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 2000));
        await route.fulfill({ contentType: 'text/javascript', body: '' });
      });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const head = `${SNIPPET}<script>opinia('open');</script>${embed(e2e.stack, 'data-trigger="button"')}<script src="/slow.js"></script>`;
      await e2e.openTestPage(
        page,
        `<!doctype html><html lang="en"><head><title>Shop</title>${head}</head><body><main>Order</main></body></html>`,
      );
      await expect.poll(() => dialog(page).isVisible()).toBe(true);
      expect(errors).toEqual([]);
    });
  });
});
