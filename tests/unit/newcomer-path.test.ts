// Where a newcomer starts (issue #14 item 13): the `npm start` banner and the example shop's index page lead to the
// dashboard and the API docs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startBanner } from '../../scripts/lib/banner.ts';
import { EXAMPLE_WORKER_ORIGIN } from '../../scripts/lib/shop-server.ts';

describe('the newcomer path', () => {
  it('should print the dashboard (for the demo shop) and the API docs first in the npm start banner', () => {
    const banner = startBanner({
      workerUrl: 'http://localhost:9000',
      shopUrl: 'http://localhost:9001',
      demo: { shopId: 'demo', ownerKey: 'ok_123', orderTokenSecret: 's' },
    });
    const lines = banner
      .trim()
      .split('\n')
      .map((line) => line.trim());
    expect(lines[2]).toMatch(/^Dashboard: +http:\/\/localhost:9000\/dashboard\?shop=demo /);
    expect(lines[3]).toMatch(/^API docs: +http:\/\/localhost:9000\/docs /);
    expect(banner).toContain('Demo owner key:         ok_123');
  });

  it("should link the example shop's index page to the dashboard and the docs on the worker", () => {
    const index = readFileSync(new URL('../../examples/shop/index.html', import.meta.url), 'utf8');
    const links = [...index.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    // The shop's server rewrites EXAMPLE_WORKER_ORIGIN to the running worker (scripts/lib/shop-server.ts).
    expect(links).toContain(`${EXAMPLE_WORKER_ORIGIN}/dashboard?shop=demo`);
    expect(links).toContain(`${EXAMPLE_WORKER_ORIGIN}/docs`);
  });
});
