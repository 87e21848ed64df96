import { env } from 'cloudflare:test';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createApp } from '../../worker/src/app.ts';
import { BASE, createShop, PLAUSIBLE_ELAPSED_MS } from './support/api.ts';

/** The real D1 binding, except that writes (or everything) fail the way D1 does when it is down or overloaded. */
function failingD1(what: 'writes' | 'everything', message = 'D1_ERROR: Network connection lost.'): D1Database {
  const fail = () => Promise.reject(new Error(message));
  return new Proxy(env.DB, {
    get(target, property) {
      if (property === 'batch' || property === 'exec') return fail;
      if (property === 'prepare' && what === 'everything') {
        return (sql: string) => {
          const statement = target.prepare(sql);
          return new Proxy(statement, {
            get(inner, name) {
              if (name === 'first' || name === 'all' || name === 'run' || name === 'raw') return fail;
              const value = Reflect.get(inner, name, inner);
              return typeof value === 'function' ? value.bind(inner) : value;
            },
          });
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function post(db: D1Database, shopId: string, body: unknown) {
  return createApp().fetch(
    new Request(`${BASE}/v1/shops/${shopId}/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ elapsedMs: PLAUSIBLE_ELAPSED_MS, ...(body as object) }),
    }),
    { ...env, DB: db },
    { waitUntil: () => {}, passThroughOnException: () => {}, props: {} } as unknown as ExecutionContext,
  );
}

describe('when D1 fails', () => {
  // The worker logs every outage it answers 503 to (errors.ts onError: "storage unavailable <message>"): an operator
  // needs that line. Here the outage is the test's own, so the line is captured and asserted, not printed.
  let logged: MockInstance<typeof console.error>;
  beforeEach(() => {
    logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => logged.mockRestore());

  it('should answer 503 JSON with Retry-After, store nothing half-way, and take the retry once', async () => {
    const { shopId } = await createShop();
    const answer = { clientId: crypto.randomUUID(), kind: 'experience', rating: 1, comment: 'broken', customerRef: 'c' };

    const failed = await post(failingD1('writes'), shopId, answer);
    expect(failed.status).toBe(503);
    expect(failed.headers.get('Retry-After')).toBe('2');
    expect((await failed.json<{ error: { code: string } }>()).error.code).toBe('unavailable');
    expect(logged.mock.calls).toEqual([['storage unavailable', 'D1_ERROR: Network connection lost.']]);
    const tables = ['responses', 'daily_stats', 'attention_items', 'customers'];
    for (const table of tables) {
      expect(await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE shop_id = ?`).bind(shopId).first()).toEqual({ n: 0 });
    }

    const retried = await post(env.DB, shopId, answer);
    expect(retried.status).toBe(201);
    const again = await post(env.DB, shopId, answer);
    expect(again.status).toBe(200);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM responses WHERE shop_id = ?').bind(shopId).first()).toEqual({ n: 1 });
  });

  it('should answer 503 when even reading the shop fails or times out', async () => {
    const { shopId } = await createShop();
    for (const message of [
      'D1_ERROR: Network connection lost.',
      'D1 DB storage operation exceeded timeout which caused object to be reset.',
    ]) {
      const response = await post(failingD1('everything', message), shopId, {
        clientId: crypto.randomUUID(),
        kind: 'experience',
        rating: 5,
      });
      expect(response.status).toBe(503);
      expect(logged).toHaveBeenLastCalledWith('storage unavailable', message);
    }
  });
});
