import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2E, widget } from './harness.ts';

const e2e = useE2E();
const HOSTILE_CSS =
  '* { all: unset; color: red !important } opinia-widget { display: none !important; font-size: 40px !important }';

/** Computed styles that show whether anything reached into the widget. */
async function widgetLook(page: Page) {
  return widget(page).evaluate((host) => {
    const pick = (element: Element | null) => {
      if (!element) return null;
      const style = getComputedStyle(element);
      return [
        'display',
        'color',
        'font-family',
        'font-size',
        'line-height',
        'margin',
        'padding',
        'border',
        'background-color',
        'width',
        'height',
      ]
        .map((property) => `${property}: ${style.getPropertyValue(property)}`)
        .join('; ');
    };
    const root = host.shadowRoot!;
    return {
      host: pick(host),
      card: pick(root.querySelector('.card')),
      heading: pick(root.querySelector('h2')),
      star: pick(root.querySelector('[role=radio]')),
      nps: pick(root.querySelector('.nps [role=radio]')),
      textarea: pick(root.querySelector('textarea')),
      button: pick(root.querySelector('button')),
    };
  });
}

async function openThankYouPage(page: Page) {
  await page.goto(`${e2e.stack.shopUrl}/en/thank-you.html`);
  await expect.poll(() => widget(page).getByRole('button', { name: 'Send' }).isVisible()).toBe(true);
}

describe('style isolation between the shop and the widget', () => {
  it('should look the same under a hostile host stylesheet (`* { all: unset; color: red !important }`)', async () => {
    const page = await e2e.newPage();
    await openThankYouPage(page);
    // Pin the widget to a whole-pixel spot on a white backdrop (inline styles: the `*` rule cannot
    // undo them), so the two screenshots differ only if the widget itself does.
    await widget(page).evaluate((host) => {
      const frame = document.createElement('div');
      frame.setAttribute(
        'style',
        'position: absolute; top: 0; left: 0; width: 600px; padding: 8px; background: #fff; z-index: 1',
      );
      frame.appendChild(host);
      document.body.appendChild(frame);
      window.scrollTo(0, 0);
    });
    const look = await widgetLook(page);
    const shot = await widget(page).screenshot();
    expect(look.heading).toContain('color: rgb(31, 35, 40)');

    await page.addStyleTag({ content: HOSTILE_CSS });
    expect(await widgetLook(page)).toEqual(look);
    expect((await widget(page).screenshot()).equals(shot)).toBe(true);
    // The stylesheet did reach the page itself.
    expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).color)).toBe('rgb(255, 0, 0)');
  });

  it('should not change the look of the shop page around it', async () => {
    const lookOfPage = (page: Page) =>
      page.evaluate(() =>
        ['body', 'h1', 'h2', 'p', 'a', 'dl'].map((selector) => {
          const style = getComputedStyle(document.querySelector(selector)!);
          return `${selector} ${style.color} ${style.font} ${style.margin} ${style.boxSizing} ${style.backgroundColor}`;
        }),
      );
    const withWidget = await e2e.newPage();
    await openThankYouPage(withWidget);
    const without = await e2e.newPage();
    await without.route('**/widget.js', (route) => route.abort());
    await without.goto(`${e2e.stack.shopUrl}/en/thank-you.html`);
    expect(await without.locator('opinia-widget').count()).toBe(0);
    expect(await lookOfPage(withWidget)).toEqual(await lookOfPage(without));
  });

  it('should take the shop theme through --opinia-* custom properties only', async () => {
    const page = await e2e.newPage();
    await openThankYouPage(page);
    await page.addStyleTag({ content: 'opinia-widget { --opinia-accent: rgb(1, 2, 3); --opinia-font: monospace }' });
    const button = widget(page).getByRole('button', { name: 'Send' });
    // (the button's colour transition may still be running: wait for where it settles)
    await expect.poll(() => button.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(1, 2, 3)');
    expect(await button.evaluate((b) => getComputedStyle(b).fontFamily)).toBe('monospace');
    await page.addStyleTag({ content: 'opinia-widget { --opinia-display: none }' });
    expect(await widget(page).isVisible()).toBe(false);
  });

  it('should fit a 320 px wide phone with 44 px touch targets', async () => {
    const page = await e2e.newPage({ viewport: { width: 320, height: 800 } });
    await openThankYouPage(page);
    const host = widget(page);
    const box = (await host.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await host.evaluate((el) => el.shadowRoot!.querySelector('.card')!.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const targets = await host.locator('[role=radio], button, textarea').all();
    expect(targets.length).toBe(5 + 11 + 2);
    for (const target of targets) {
      const { width, height } = (await target.boundingBox())!;
      expect(Math.min(width, height)).toBeGreaterThanOrEqual(44);
    }
  });
});
