// `npm start` and `npm run build` print what matters only: rolldown's PLUGIN_TIMINGS warning ("plugins took a share
// of the build time", which on a loaded 2-core machine they always do) is switched off where rolldown documents it,
// `checks.bundlerTimings`, in every build config, rather than by filtering the output.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfigFromFile } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CONFIGS = [
  ...readdirSync(resolve(ROOT, 'widget'))
    .filter((name) => /^vite\..+\.config\.ts$/.test(name))
    .map((name) => `widget/${name}`),
  'dashboard/vite.config.ts',
];

describe('the build configs', () => {
  it('should cover the dashboard and every widget chunk', () => {
    expect(CONFIGS.length).toBeGreaterThanOrEqual(6);
  });

  for (const path of CONFIGS) {
    it(`${path} should switch off rolldown's plugin-timings warning, and only that check`, async () => {
      const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, resolve(ROOT, path), ROOT, 'silent');
      const checks = loaded?.config.build?.rolldownOptions?.checks;
      expect(checks).toEqual({ bundlerTimings: false });
    }, 30_000);
  }
});
