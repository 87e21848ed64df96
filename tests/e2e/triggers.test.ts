import type { Page } from 'playwright-core';
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
    await e2e.openTestPage(page, html(`<div style="height:3000px">Product details</div>${embed(e2e.stack, 'data-trigger="scroll"')}`));
    await page.waitForTimeout(1000);
    expect(await formShown(page)).toBe(false);
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => formShown(page)).toBe(true);
  });

  it('should never ask twice about the same order and touchpoint', async () => {
    const page = await e2e.newPage();
    const tag = embed(e2e.stack, `data-order-id="ONCE-${Date.now()}" data-touchpoint="delivery"`);
    await e2e.openTestPage(page, html(tag));
    await widget(page).getByRole('radio', { name: '5 stars' }).click();
    await page.waitForTimeout(1600);
    await widget(page).getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => widget(page).getByRole('status').textContent()).toMatch(/^Thank you/);
    await page.reload();
    await page.waitForTimeout(1000);
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
});
