import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { hashKey } from '../../../worker/src/domain/keys.ts';
import { callWithEnv, createShop, postJson } from '../support/api.ts';

describe('POST /v1/shops', () => {
  it('should create a shop and return its id, a one-time owner key and the embed tag', async () => {
    const shop = await createShop({ defaultLocale: 'pl' });
    expect(shop.shopId).toMatch(/^shp_[a-z0-9]{12}$/);
    expect(shop.ownerKey).toMatch(/^opk_[A-Za-z0-9_-]{43}$/);
    const tag = `<script src="https://opinia.test/widget.js" data-shop="${shop.shopId}" async></script>`;
    expect(shop.embed).toBe(`<div class="opinia-slot">${tag}</div>`);
    expect(shop.scriptTag).toBe(tag);
    expect(shop.embedCss).toContain('.opinia-slot { display: flow-root; min-height: 620px; }');
  });

  it('should store only the hash of the owner key', async () => {
    const shop = await createShop();
    const row = await env.DB.prepare('SELECT * FROM shops WHERE id = ?').bind(shop.shopId).first<Record<string, string>>();
    expect(JSON.stringify(row)).not.toContain(shop.ownerKey);
    expect(row?.owner_key_hash).toBe(await hashKey(shop.ownerKey));
  });

  it('should answer 400 with issues for a body that breaks the schema', async () => {
    const response = await postJson('/v1/shops', { name: '', origins: ['not an origin'] });
    expect(response.status).toBe(400);
    const body = await response.json<{ error: { code: string; issues: { path: string[] }[] } }>();
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.issues.map((issue) => issue.path.join('.'))).toEqual(expect.arrayContaining(['name', 'origins.0']));
  });

  it('should need the sign-up token when the worker has one', async () => {
    const body = JSON.stringify({ name: 'Shop', origins: ['https://shop.example'] });
    const init = (authorization?: string) => ({
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
      body,
    });
    const withoutToken = await callWithEnv({ SIGNUP_TOKEN: 'let-me-in' }, '/v1/shops', init());
    expect(withoutToken.status).toBe(401);
    expect((await withoutToken.json<{ error: { code: string } }>()).error.code).toBe('unauthorized');
    expect((await callWithEnv({ SIGNUP_TOKEN: 'let-me-in' }, '/v1/shops', init('Bearer wrong'))).status).toBe(401);
    expect((await callWithEnv({ SIGNUP_TOKEN: 'let-me-in' }, '/v1/shops', init('Bearer let-me-in'))).status).toBe(201);
  });
});
