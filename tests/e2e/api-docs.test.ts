import { describe, expect, it } from 'vitest';
import { useE2E } from './harness.ts';

const e2e = useE2E();

describe('the API documentation page (/docs)', () => {
  it('should render the operations from its own origin alone, with no CSP violation (issue #12 finding 14)', async () => {
    const page = await e2e.newPage();
    const origin = new URL(e2e.stack.workerUrl).origin;
    const elsewhere: string[] = [];
    const violations: string[] = [];
    // Every other host is offline: what /docs needs must come from the worker.
    await page.route('**/*', (route) => {
      if (new URL(route.request().url()).origin === origin) return route.continue();
      elsewhere.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const response = await page.goto(`${e2e.stack.workerUrl}/docs`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    // (Swagger UI parses a 1.5 MB bundle and the whole document: on a busy 2-core machine that took 28 s; a
    // timeout it passes in once costs a retry of the whole test)
    await expect.poll(() => page.locator('.opblock').count(), { timeout: 45_000 }).toBeGreaterThan(5);
    await expect.poll(() => page.getByText('/v1/shops/{shopId}/summary').first().isVisible()).toBe(true);
    expect(elsewhere).toEqual([]);
    expect(violations).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });
});
