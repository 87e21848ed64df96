import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/shared/**/*.test.ts', 'tests/sentiment/**/*.test.ts', 'tests/build/**/*.test.ts'],
        },
      },
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { ENVIRONMENT: 'test', TEST_MIGRATIONS: await readD1Migrations('worker/migrations') } },
          })),
        ],
        test: {
          name: 'worker',
          include: ['tests/worker/**/*.test.ts'],
          setupFiles: ['tests/worker/support/apply-migrations.ts'],
          globalSetup: ['tests/worker/support/webhook-receiver.ts'],
        },
      },
      {
        test: {
          // Real Chromium against the real stack (wrangler dev + example shop). Needs `npm run build:widget` first.
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
