// Issue #12 finding 3: webhook URLs may only name public https hosts, and deliveries never follow redirects.
import { env } from 'cloudflare:test';
import { describe, expect, inject, it } from 'vitest';
import { outboundUrlProblem } from '../../../shared/webhook-url.ts';
import { deliverDueWebhooks } from '../../../worker/src/services/webhook-delivery.ts';
import { callWithEnv, createShop, ownerJson, postAnswer } from '../support/api.ts';

const INTERNAL = [
  'http://169.254.169.254/latest/meta-data/',
  'https://169.254.169.254/',
  'https://127.0.0.1/hook',
  'https://127.1/hook',
  'https://[::1]/hook',
  'https://[::]/hook',
  'https://[fe80::1]/hook',
  'https://[fd00::1]/hook',
  'https://[fc12:3456::1]/hook',
  'https://[ff02::1]/hook',
  'https://[::ffff:127.0.0.1]/hook',
  'https://[::ffff:a9fe:a9fe]/hook',
  'https://[64:ff9b::a00:1]/hook',
  'https://[2002:c0a8:101::1]/hook',
  'https://10.0.0.5/hook',
  'https://172.16.0.1/hook',
  'https://172.31.255.255/hook',
  'https://192.168.1.1/hook',
  'https://100.64.0.1/hook',
  'https://0.0.0.0/hook',
  'https://2130706433/hook',
  'https://0x7f.0.0.1/hook',
  'https://0177.0.0.1/hook',
  'https://0x7f000001/hook',
  'https://017700000001/hook',
  'https://metadata.google.internal/computeMetadata/v1/',
  'https://metadata/hook',
  'https://localhost/hook',
  'https://app.localhost/hook',
  'https://printer.local/hook',
  'https://intranet/hook',
  'https://user:pass@hooks.example/a',
  'https://token@hooks.example/a',
  'ftp://hooks.example/a',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'gopher://hooks.example:70/a',
  'http://hooks.example/a',
  'not a url',
];

const PUBLIC = [
  'https://hooks.example/a',
  'https://hooks.slack.com/services/T0/B0/x',
  'https://8.8.8.8/hook',
  'https://[2606:4700::1111]/hook',
  'https://HOOKS.example:8443/a?b=c',
];

function putWebhooks(environment: string, shop: { shopId: string; ownerKey: string }, webhooks: string[]) {
  return callWithEnv({ ENVIRONMENT: environment }, `/v1/shops/${shop.shopId}/settings`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${shop.ownerKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ webhooks }),
  });
}

describe('webhook URLs', () => {
  // One settings request per refused address: 7.6 s in a whole worker run at load 15, over the 5 s default.
  it('should refuse every internal, private, metadata, credentialed or non-https target with 400', async () => {
    const shop = await createShop();
    const accepted: string[] = [];
    for (const url of INTERNAL) {
      const response = await putWebhooks('production', shop, [url]);
      if (response.status !== 400) accepted.push(`${url} → ${response.status}`);
      else
        expect((await response.json<{ error: { issues: { path: unknown[] }[] } }>()).error.issues[0]!.path).toEqual([
          'webhooks',
          0,
        ]);
    }
    expect(accepted).toEqual([]);
  }, 60_000);

  it('should accept public https hosts', async () => {
    const shop = await createShop();
    for (const url of PUBLIC) expect((await putWebhooks('production', shop, [url])).status, url).toBe(200);
  });

  it('should allow http to localhost only on a local development or test worker', async () => {
    const shop = await createShop();
    for (const url of ['http://localhost:8787/hook', 'http://127.0.0.1:9/hook', 'http://[::1]:9/hook']) {
      expect((await putWebhooks('production', shop, [url])).status, `${url} in production`).toBe(400);
      expect((await putWebhooks('development', shop, [url])).status, `${url} in development`).toBe(200);
      expect((await putWebhooks('test', shop, [url])).status, `${url} in test`).toBe(200);
    }
    expect((await putWebhooks('development', shop, ['http://10.0.0.1/hook'])).status).toBe(400);
    expect((await putWebhooks('development', shop, ['http://hooks.example/hook'])).status).toBe(400);
  });

  it('should name the rule the URL breaks', () => {
    expect(outboundUrlProblem('https://user:pass@hooks.example/')).toBe('must not contain a user name or password');
    expect(outboundUrlProblem('http://hooks.example/')).toBe('must use https');
    expect(outboundUrlProblem('https://2130706433/')).toBe('must not point to a private, loopback or reserved address');
    expect(outboundUrlProblem('https://metadata.google.internal/')).toBe('must name a public host');
    expect(outboundUrlProblem('https://hooks.example/')).toBeNull();
  });
});

describe('webhook deliveries', () => {
  it('should not follow a redirect: a 3xx is a failed attempt and the redirect target gets nothing', async () => {
    const receiver = inject('webhookReceiverUrl');
    const shop = await createShop();
    expect(
      (await ownerJson(`/v1/shops/${shop.shopId}/settings`, shop.ownerKey, 'PUT', { webhooks: [`${receiver}/redirect/hop`] }))
        .status,
    ).toBe(200);
    await postAnswer(shop.shopId, { rating: 1 });
    await env.DB.prepare(
      "UPDATE webhook_deliveries SET next_attempt_at = '2000-01-01', attempts = 0, last_error = NULL WHERE shop_id = ?",
    )
      .bind(shop.shopId)
      .run();
    await deliverDueWebhooks(env, shop.shopId);
    const row = await env.DB.prepare('SELECT delivered_at, last_error FROM webhook_deliveries WHERE shop_id = ?')
      .bind(shop.shopId)
      .first();
    expect(row).toEqual({ delivered_at: null, last_error: 'HTTP 307 redirect (not followed)' });
    expect(await (await fetch(`${receiver}/log/hop`)).json()).not.toEqual([]);
    expect(await (await fetch(`${receiver}/log/hop-followed`)).json()).toEqual([]);
  });

  it('should never send to a stored URL the rules refuse (stored before the check existed)', async () => {
    const shop = await createShop();
    await postAnswer(shop.shopId, { rating: 1 });
    await env.DB.prepare(
      "INSERT INTO webhook_deliveries (id, shop_id, url, payload, attempts, next_attempt_at, created_at) VALUES (?, ?, 'https://169.254.169.254/latest', '{}', 0, '2000-01-01', '2000-01-01')",
    )
      .bind(crypto.randomUUID(), shop.shopId)
      .run();
    expect(await deliverDueWebhooks(env, shop.shopId)).toEqual({ delivered: 0, failed: 1 });
    const row = await env.DB.prepare('SELECT delivered_at, last_error FROM webhook_deliveries WHERE shop_id = ?')
      .bind(shop.shopId)
      .first();
    expect(row).toEqual({
      delivered_at: null,
      last_error: 'webhook URL must not point to a private, loopback or reserved address',
    });
  });
});
