import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRA_LOCALES, SETUP_CODES } from '../../shared/locales-extra.ts';

const WORKER = resolve(import.meta.dirname, '../../worker/src');
/** Every `new ApiError(4xx, 'code'` in the worker (routes, middleware, domain): the codes a widget may be answered. */
function workerErrorCodes(): string[] {
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts'))
        for (const [, code] of readFileSync(path, 'utf8').matchAll(/ApiError\(4\d\d, '([a-z_]+)'/g)) codes.add(code!);
    }
  };
  walk(WORKER);
  return [...codes];
}

// The codes only an owner's request can get (a shopper's POST never carries an owner key or a cursor).
const OWNER_ONLY = [
  'unauthorized',
  'forbidden',
  'invalid_cursor',
  'invalid_period',
  'attention_item_not_found',
  'customer_not_found',
  'response_not_found',
  'review_not_found',
  'no_destination',
  'order_not_found',
];
// Resent later from the outbox (429 is retried, never shown as a refusal).
const RETRIED = ['rate_limited'];

describe('the widget’s messages for refusals (issue #14 item 2)', () => {
  it('should have its own message, in every language, for every error code a shopper’s request can be answered with', () => {
    const shopperCodes = workerErrorCodes().filter((code) => !OWNER_ONLY.includes(code) && !RETRIED.includes(code));
    expect(shopperCodes).toContain('spam_suspected');
    for (const [locale, messages] of Object.entries(EXTRA_LOCALES)) {
      const missing = shopperCodes.filter((code) => !messages[code as keyof typeof messages]);
      expect(missing, locale).toEqual([]);
    }
    // Its own message: no two codes share a text.
    const texts = shopperCodes.map((code) => EXTRA_LOCALES.en[code as keyof typeof EXTRA_LOCALES.en]);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('should give every language every key, and know which codes only the owner can fix', () => {
    const keys = Object.keys(EXTRA_LOCALES.en).sort();
    for (const messages of Object.values(EXTRA_LOCALES)) expect(Object.keys(messages).sort()).toEqual(keys);
    for (const code of SETUP_CODES) expect(keys).toContain(code);
  });
});
