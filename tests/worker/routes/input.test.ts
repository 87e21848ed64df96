import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call, createShop, PLAUSIBLE_ELAPSED_MS, postAnswer } from '../support/api.ts';

const stored = (id: string) =>
  env.DB.prepare('SELECT comment, customer_ref FROM responses WHERE id = ?')
    .bind(id)
    .first<{ comment: string; customer_ref: string }>();

describe('input handling', () => {
  it('should answer 415 for a body that is not declared as JSON', async () => {
    const { shopId } = await createShop();
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', '']) {
      const response = await call(`/v1/shops/${shopId}/responses`, {
        method: 'POST',
        headers: contentType ? { 'Content-Type': contentType } : {},
        body: JSON.stringify({ clientId: crypto.randomUUID(), kind: 'experience', rating: 5 }),
      });
      expect(response.status).toBe(415);
      expect((await response.json<{ error: { code: string } }>()).error.code).toBe('unsupported_media_type');
    }
  });

  it('should accept JSON with a charset', async () => {
    const { shopId } = await createShop();
    const response = await call(`/v1/shops/${shopId}/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ clientId: crypto.randomUUID(), kind: 'experience', rating: 5, elapsedMs: PLAUSIBLE_ELAPSED_MS }),
    });
    expect(response.status).toBe(201);
  });

  it('should store text NFC-normalised, without control characters, lone surrogates replaced', async () => {
    const { shopId } = await createShop();
    const decomposed = 'Z\u0061\u0301\u017C\u006F\u0301\u0142\u0107'; // "Záżół ć" built from combining marks
    const response = await postAnswer(shopId, {
      comment: `  ${decomposed}\u0000\u0007 ok\r\nline\u001B[31m \uD800 👍  `,
      customerRef: ' c\u0000-1 ',
    });
    expect(response.status).toBe(201);
    const { id } = await response.json<{ id: string }>();
    expect(await stored(id)).toEqual({ comment: `${decomposed.normalize('NFC')} ok\nline[31m \uFFFD 👍`, customer_ref: 'c-1' });
  });

  it("should count a comment's length in characters, not bytes or UTF-16 units", async () => {
    const { shopId } = await createShop();
    expect((await postAnswer(shopId, { comment: '👍'.repeat(3000) })).status).toBe(201); // 6000 UTF-16 units, 12 KB
    const tooLong = await postAnswer(shopId, { comment: 'ł'.repeat(4001) });
    expect(tooLong.status).toBe(400);
  });

  it('should treat a comment of only control characters and spaces as no comment', async () => {
    const { shopId } = await createShop();
    expect((await postAnswer(shopId, { comment: ' \u0000\u0001 \u007F ' })).status).toBe(400);
  });
});

describe('request framing', () => {
  it('should refuse a Content-Length that is not a whole number before reading the body', async () => {
    const { shopId } = await createShop();
    for (const length of ['-1', 'abc', '1e6']) {
      const response = await call(`/v1/shops/${shopId}/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': length },
        body: JSON.stringify({ clientId: crypto.randomUUID(), kind: 'experience', rating: 5 }),
      });
      expect(response.status).toBe(400);
    }
  });
});
