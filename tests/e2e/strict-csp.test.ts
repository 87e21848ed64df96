import { describe, expect, it } from 'vitest';
import { useE2E, widget } from './harness.ts';

const e2e = useE2E();

describe('a shop page under a strict Content-Security-Policy', () => {
  it('should render, style and send without a single CSP violation', async () => {
    const page = await e2e.newPage();
    await page.clock.install(); // the worker refuses answers sent < 1.5 s after the form appeared: move the clock on
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = violations;
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const response = await page.goto(`${e2e.stack.shopUrl}/en/strict-csp.html`);
    expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");

    const root = widget(page);
    await root.getByRole('radio', { name: '4 stars' }).click();
    await page.clock.fastForward(2_000);
    await root.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => root.getByRole('status').textContent()).toBe('Thank you! Your answer has been saved.');
    // The constructable stylesheets applied (no <style>, no style attributes needed).
    expect(await root.locator('.card').evaluate((card) => getComputedStyle(card).borderTopStyle)).toBe('solid');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });
});
