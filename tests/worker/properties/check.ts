// What every answer of the worker must look like, and fc.assert with the seed to replay a failure.
import fc from 'fast-check';
import { expect } from 'vitest';
import { ErrorSchema } from '../../../shared/schemas.ts';

/**
 * 2xx, or 4xx with `{ error: { code, message, issues? } }` as JSON (or, for a hosted HTML page, an HTML page) — never 5xx. Returns the parsed JSON body
 * (null when there is none or it is not JSON, e.g. CSV).
 */
export async function checkAnswer(response: Response, method: string, options: { htmlPage?: boolean } = {}): Promise<unknown> {
  const text = await response.text();
  const where = `${method} → ${response.status} ${text.slice(0, 300)}`;
  expect(response.status, where).toBeGreaterThanOrEqual(200);
  expect(response.status, where).toBeLessThan(500);
  expect(response.status < 300 || response.status >= 400, where).toBe(true);
  const isJson = /^application\/([a-z.+-]*\+)?json/i.test(response.headers.get('Content-Type') ?? '');
  if (response.status >= 400) {
    if (method === 'HEAD') return null;
    // The hosted pages (/f, /u) are for people: their documented 4xx are HTML pages, and an HTML page never carries data.
    if (options.htmlPage && /^text\/html/i.test(response.headers.get('Content-Type') ?? '')) return null;
    expect(isJson, `${where}: error answers are JSON`).toBe(true);
    const body: unknown = JSON.parse(text);
    const parsed = ErrorSchema.safeParse(body);
    expect(parsed.success, `${where}: error shape`).toBe(true);
    if (response.status === 429 || response.status === 503) expect(response.headers.get('Retry-After'), where).toMatch(/^\d+$/);
    if (response.status === 405) expect(response.headers.get('Allow'), where).toBeTruthy();
    return body;
  }
  if (isJson && text && method !== 'HEAD') return JSON.parse(text);
  return null;
}

/** Runs a property; on failure the error names the property, its seed and path, so `VITE_PROPERTY_SEED=<seed>` replays it (`VITE_PROPERTY_SHRINK=1` shrinks it). */
export async function assertProperty<T>(name: string, property: fc.IAsyncPropertyWithHooks<T>, numRuns: number): Promise<void> {
  const seed = setting('PROPERTY_SEED') ? Number(setting('PROPERTY_SEED')) : Date.now() ^ (Math.random() * 0x100000000);
  try {
    if (setting('PROPERTY_VERBOSE')) console.log(`${name}: ${numRuns} runs, seed ${seed}`);
    await fc.assert(property, { numRuns, seed, endOnFailure: setting('PROPERTY_SHRINK') !== '1', verbose: 1 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `property "${name}" failed (replay: VITE_PROPERTY_SEED=${seed} vitest run --fsModuleCache=false …):\n${message}`,
      { cause: error },
    );
  }
}

/**
 * A knob from the environment, e.g. to replay a failure or run longer:
 *   VITE_PROPERTY_SEED=<seed> VITE_PROPERTY_RUNS=200 VITE_PROPERTY_VERBOSE=1 \
 *     vitest run --fsModuleCache=false --project worker tests/worker/properties
 * Inside workerd only VITE_-prefixed variables arrive, through import.meta.env, which is replaced when the file is
 * transformed: without `--fsModuleCache=false` a cached transform keeps the values of an earlier run.
 */
export function setting(name: string): string | undefined {
  const viteEnv = (import.meta as { env?: Record<string, string | undefined> }).env;
  return (
    viteEnv?.[`VITE_${name}`] ?? (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name]
  );
}
