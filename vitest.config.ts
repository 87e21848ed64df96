import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { dataModules } from './tests/support/data-modules.ts';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [dataModules()],
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'tests/shared/**/*.test.ts',
            'tests/sentiment/**/*.test.ts',
            'tests/build/**/*.test.ts',
            'tests/unit/**/*.test.ts',
          ],
        },
      },
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: { ENVIRONMENT: 'test', TEST_MIGRATIONS: await readD1Migrations('worker/migrations') },
              // Suites send many answers from one address: generous limits here, and a tight one for the rate-limit specs.
              ratelimits: {
                SHOPPER_LIMIT: { namespace_id: '1001', simple: { limit: 100_000, period: 60 } },
                SHOP_LIMIT: { namespace_id: '1002', simple: { limit: 100_000, period: 60 } },
                TIGHT_LIMIT: { namespace_id: '9001', simple: { limit: 3, period: 60 } },
              },
            },
          })),
        ],
        test: {
          name: 'worker',
          include: ['tests/worker/**/*.test.ts'],
          // One workerd (and one D1) for every file instead of a new one per file: starting workerd and loading the
          // worker's modules again cost more than the tests themselves (1505 s → 324 s for the project on a busy
          // 2-core machine). So files share the database: each spec creates its own shop (tests/README.md), and
          // apply-migrations.ts applies only what is not applied yet.
          isolate: false,
          setupFiles: ['tests/worker/support/apply-migrations.ts'],
          globalSetup: ['tests/worker/support/webhook-receiver.ts'],
        },
      },
      {
        plugins: [dataModules()],
        test: {
          // Real Chromium against the real stack (wrangler dev + example shop). Needs `npm run build:widget` first.
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
          // After the unit and worker projects: global-setup.ts starts the shared stack in the background, and it
          // boots while they run instead of before every test of `npm test`.
          sequence: { groupOrder: 1 },
          // A browser, wrangler dev and a shared 2-core CI machine: a timing hiccup gets one more try, and the
          // report still shows every retried test (a test that fails twice fails the run).
          retry: 1,
        },
      },
    ],
  },
});
