import { env } from 'cloudflare:test';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { OrderCreated } from '../../../shared/invitations.ts';
import { createApp } from '../../../worker/src/app.ts';
import { BASE, call, createShop, ownerJson } from '../support/api.ts';
import { expectConsistent } from '../support/consistency.ts';

/** The real D1, except that the statement matching `dies` fails: the worker was killed right before it. */
function dyingBefore(dies: RegExp): D1Database {
  return new Proxy(env.DB, {
    get(target, property) {
      if (property === 'prepare')
        return (sql: string) => {
          const statement = target.prepare(sql);
          if (!dies.test(sql)) return statement;
          return new Proxy(statement, {
            get(inner, name) {
              if (name === 'bind') return () => ({ run: () => Promise.reject(new Error('D1_ERROR: Network connection lost.')) });
              const value = Reflect.get(inner, name, inner);
              return typeof value === 'function' ? value.bind(inner) : value;
            },
          });
        };
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function submit(db: D1Database, link: string, fields: Record<string, string>) {
  return createApp().fetch(
    new Request(`${BASE}${new URL(link).pathname}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    }),
    { ...env, DB: db },
    { waitUntil: () => {}, passThroughOnException: () => {}, props: {} } as unknown as ExecutionContext,
  );
}

describe('recordHostedAnswer when the worker dies between its writes', () => {
  let logged: MockInstance<typeof console.error>;
  beforeEach(() => {
    logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => logged.mockRestore());

  it('should leave no answer that the next submission cannot replace: one answer per order and touchpoint', async () => {
    const { shopId, ownerKey } = await createShop();
    const response = await ownerJson(`/v1/shops/${shopId}/orders`, ownerKey, 'POST', {
      orderId: 'CRASH-1',
      customerRef: 'cust-crash',
      locale: 'en-GB',
      products: [{ productId: 'mug' }],
      deliveredAt: '2026-11-20T12:00:00Z',
    });
    const { links } = await response.json<OrderCreated>();

    // The answer's batch went through; the worker died before the invitation recorded which answer it holds.
    const died = await submit(dyingBefore(/^UPDATE order_invitations SET answer_ids = \?/), links.experience, { rating: '1' });
    expect(died.status).toBe(503);
    // The shopper sends the form again (no answer came back); the invitation is open for a change, as after a 303.
    const again = await submit(env.DB, links.experience, { rating: '2', comment: 'The parcel came late.' });
    expect(again.status).toBe(303);

    const rows = await env.DB.prepare("SELECT rating FROM responses WHERE shop_id = ? AND order_id = 'CRASH-1'")
      .bind(shopId)
      .all<{ rating: number }>();
    expect(rows.results).toEqual([{ rating: 2 }]);
    const invitation = await env.DB.prepare(
      "SELECT answer_ids FROM order_invitations WHERE shop_id = ? AND order_id = 'CRASH-1' AND touchpoint = 'delivery'",
    )
      .bind(shopId)
      .first<{ answer_ids: string }>();
    const [stored] = (await env.DB.prepare('SELECT id FROM responses WHERE shop_id = ?').bind(shopId).all<{ id: string }>())
      .results;
    expect(JSON.parse(invitation!.answer_ids)).toEqual([stored!.id]);
    await expectConsistent(shopId);
    expect((await call(new URL(links.experience).pathname)).status).toBe(200);
  });
});
