// Lints the OpenAPI document the worker serves with Redocly (redocly.yaml): 0 errors or the run fails.
// The document is dumped from the app itself (no server, no network) to dist/openapi.json.
//   npm run lint:openapi
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/openapi.json`;
const env = { ENVIRONMENT: 'production', PUBLIC_URL: 'https://api.opinia.app' };
// The worker's sources are type-checked by worker/tsconfig.json (workers types), not by this Node project.
const appModule = '../worker/src/app.ts';
const { createApp } = (await import(appModule)) as {
  createApp: () => { request: (path: string, init: object, env: object) => Promise<Response> };
};
const response = await createApp().request('/openapi.json', {}, env);
if (response.status !== 200) throw new Error(`/openapi.json answered ${response.status}`);
mkdirSync(`${root}dist`, { recursive: true });
writeFileSync(out, `${JSON.stringify(await response.json(), null, 2)}\n`);

const result = spawnSync(
  `${root}node_modules/.bin/redocly`,
  ['lint', out, '--config', `${root}redocly.yaml`, '--format=stylish'],
  {
    stdio: 'inherit',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  },
);
process.exit(result.status ?? 1);
