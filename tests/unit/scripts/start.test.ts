// `npm start` says what it is doing before each slow step (migrations, the demo seed, wrangler's start), so the minute
// or two before wrangler's banner is not silence (a newcomer's walk-through: ~2 min without a line). The slow parts
// are stand-ins here that record when they run; scripts/start.ts and scripts/lib/stack.ts are the real ones.
import { afterEach, describe, expect, it, vi } from 'vitest';

const steps: string[] = [];

vi.mock('../../../scripts/lib/wrangler.ts', () => ({
  runWrangler: async (args: string[]) => void steps.push(`wrangler ${args.slice(0, 3).join(' ')}`),
  startWrangler: (args: string[]) => (steps.push(`wrangler ${args[0]}`), { exitCode: null }),
  stopProcessGroup: async () => {},
  wranglerOutput: () => '',
}));
vi.mock('../../../scripts/lib/demo-shop.ts', () => ({
  DEMO_SHOP_ID: 'demo',
  seedDemoShop: async () => (steps.push('seed'), { ownerKey: 'opk_test', orderTokenSecret: 'ots_test', created: 42 }),
}));
vi.mock('../../../scripts/lib/net.ts', () => ({ waitUntilServing: async () => void steps.push('ready') }));
vi.mock('../../../scripts/lib/shop-server.ts', () => ({ startShopServer: async () => ({ close() {} }) }));

afterEach(() => {
  vi.restoreAllMocks();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
});

describe('npm start', () => {
  it('should print a line before migrations, the demo seed and wrangler dev, then the banner', async () => {
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void steps.push(`log: ${String(line)}`));
    vi.stubEnv('PORT', '8790');
    await import('../../../scripts/start.ts');
    vi.unstubAllEnvs();
    const said = steps.map((step) => step.replace(/\(\d+ s\)/, '(N s)'));
    expect(said.slice(0, 8)).toEqual([
      'log: Applying migrations to the local D1 database…',
      'wrangler d1 migrations apply',
      'log: Migrations applied (N s).',
      'log: Seeding the demo shop (90 days of answers; this can take a minute or two)…',
      'seed',
      'log: Demo shop seeded: 42 new answers (N s).',
      'log: Starting wrangler dev on port 8790…',
      'wrangler dev',
    ]);
    expect(said[8]).toBe('ready');
    expect(said[9]).toContain('Opinia is running.');
  });
});
