// Issue #12 finding 15: no Host-header reflection when PUBLIC_URL is set; nosniff, Referrer-Policy and a CSP on answers.
import { describe, expect, it } from 'vitest';
import { call, callWithEnv, createShop } from '../support/api.ts';

describe('security headers', () => {
  it('should send nosniff, a Referrer-Policy and a deny-all CSP with JSON answers, errors included', async () => {
    const { shopId } = await createShop();
    for (const response of [
      await call('/openapi.json'),
      await call(`/v1/shops/${shopId}/summary`),
      await call('/v1/nothing'),
      await call(`/v1/shops/${shopId}/products/p/reviews.jsonld`),
    ]) {
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    }
  });

  it('should leave the HTML pages their own CSP but still send nosniff', async () => {
    const docs = await call('/docs');
    expect(docs.status).toBe(200);
    expect(docs.headers.get('X-Content-Type-Options')).toBe('nosniff');
    // The page's own policy (it runs Swagger UI from its own origin), not the deny-all one of JSON answers.
    expect(docs.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
  });
});

describe('public URL', () => {
  it('should use PUBLIC_URL, not the Host header, in embed and the OpenAPI servers', async () => {
    const env = { PUBLIC_URL: 'https://api.opinia.app' };
    const headers = { Host: 'evil.example', 'Content-Type': 'application/json' };
    const created = await callWithEnv(env, '/v1/shops', {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Kosz', origins: ['https://shop.example'] }),
    });
    expect(created.status).toBe(201);
    const { embed } = await created.json<{ embed: string }>();
    expect(embed).toContain('https://api.opinia.app/widget.js');
    expect(embed).not.toContain('opinia.test');
    const document = await (await callWithEnv(env, '/openapi.json', { headers })).json<{ servers: { url: string }[] }>();
    expect(document.servers).toEqual([{ url: 'https://api.opinia.app' }]);
  });
});
