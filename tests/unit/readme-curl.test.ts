// The README's "Every endpoint by example (curl)" section against the OpenAPI document the worker serves: every
// operation has a curl there, and every curl there is a documented operation (issue #14 item 13).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** `METHOD /path/{param}` of every operation in the served document (dumped from the app itself, like lint:openapi). */
async function documentedOperations(): Promise<string[]> {
  // The worker's sources are type-checked by worker/tsconfig.json (workers types), not by this Node project.
  const appModule = '../../worker/src/app.ts';
  const { createApp } = (await import(appModule)) as {
    createApp: () => { request: (path: string, init: object, env: object) => Promise<Response> };
  };
  const response = await createApp().request(
    '/openapi.json',
    {},
    { ENVIRONMENT: 'production', PUBLIC_URL: 'https://api.opinia.app' },
  );
  const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((method) => METHODS.includes(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

/** `METHOD /path` of every curl in the README's section: -X, else POST with a body (-d), else GET; `$API` dropped. */
function readmeCurls(): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = /### Every endpoint by example \(curl\)\n[\s\S]*?```bash\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no "### Every endpoint by example (curl)" section with a ```bash block');
  return section
    .split('\n')
    .filter((line) => line.startsWith('curl '))
    .map((line) => {
      const url = /"\$API(\/[^"?]*)/.exec(line)?.[1];
      if (!url) throw new Error(`no "$API/…" URL in: ${line}`);
      const method = /-X (\w+)/.exec(line)?.[1] ?? (/ -d /.test(line) ? 'POST' : 'GET');
      return `${method} ${url}`;
    });
}

const matches = (operation: string, curl: string) => {
  const pattern = operation.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${pattern}$`).test(curl);
};

describe('README: every endpoint by example', () => {
  let operations: string[] = [];
  // Loading the whole worker app takes a few seconds on a busy machine.
  beforeAll(async () => void (operations = await documentedOperations()), 60_000);

  it('should have a curl for every operation of the OpenAPI document, and none for an operation it lacks', () => {
    const curls = readmeCurls();
    expect(operations.length).toBeGreaterThan(30);
    const missing = operations.filter((operation) => !curls.some((curl) => matches(operation, curl)));
    expect(missing, 'add a curl for each of these to README.md, "Every endpoint by example (curl)"').toEqual([]);
    const unknown = curls.filter((curl) => !operations.some((operation) => matches(operation, curl)));
    expect(unknown, 'these curls in README.md name no documented operation').toEqual([]);
  });
});
