import { env } from 'cloudflare:test';
import { exports } from 'cloudflare:workers';
import { ResponseInputSchema, type CreatedShop, type ResponseInput } from '../../../shared/schemas.ts';
import { createApp } from '../../../worker/src/app.ts';
import { saveAnswer } from '../../../worker/src/db/responses.ts';
import { findShop } from '../../../worker/src/db/shops.ts';
import { prepareAnswer, type StoredAnswer } from '../../../worker/src/domain/answer.ts';
import type { Env } from '../../../worker/src/env.ts';

export const BASE = 'https://opinia.test';

/** What the widget sends as `elapsedMs` for a person who took a few seconds (answers without it are refused as spam). */
export const PLAUSIBLE_ELAPSED_MS = 5000;

/** A request through the real worker entry point, inside workerd, against the local D1. */
export function call(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(new Request(`${BASE}${path}`, init));
}

/** The same app with some bindings changed (e.g. a SIGNUP_TOKEN secret). */
export function callWithEnv(overrides: Partial<Env>, path: string, init: RequestInit = {}): Promise<Response> {
  return Promise.resolve(createApp().fetch(new Request(`${BASE}${path}`, init), { ...env, ...overrides }));
}

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return call(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

export async function createShop(
  overrides: Partial<{ name: string; origins: string[]; defaultLocale: string }> = {},
): Promise<CreatedShop> {
  const response = await postJson('/v1/shops', { name: 'Zielony Kosz', origins: ['https://shop.example'], ...overrides });
  if (response.status !== 201) throw new Error(`creating a shop answered ${response.status}: ${await response.text()}`);
  return response.json();
}

export function postAnswer(
  shopId: string,
  answer: Partial<ResponseInput>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return postJson(
    `/v1/shops/${shopId}/responses`,
    { clientId: crypto.randomUUID(), kind: 'experience', elapsedMs: PLAUSIBLE_ELAPSED_MS, ...answer },
    headers,
  );
}

export function getSummary(shopId: string, ownerKey: string | null, query = ''): Promise<Response> {
  return call(`/v1/shops/${shopId}/summary${query}`, ownerKey ? { headers: { Authorization: `Bearer ${ownerKey}` } } : {});
}

/**
 * Stores an answer through the real write path (scoring, rollups, attention, customers) as if it arrived at `at`.
 * `themes` stands in for what the sentiment engine would find, for tests of theme rollups.
 */
export async function storeAnswerAt(
  shopId: string,
  at: string,
  answer: Partial<ResponseInput> & { themes?: StoredAnswer['themes'] },
): Promise<string> {
  const shop = await findShop(env.DB, shopId);
  if (!shop) throw new Error(`no shop ${shopId}`);
  const { themes, ...input } = answer;
  const valid = ResponseInputSchema.parse({ clientId: crypto.randomUUID(), kind: 'experience', ...input });
  const prepared = prepareAnswer(valid, shop, crypto.randomUUID(), new Date(at));
  if (themes) prepared.answer.themes = themes;
  const saved = await saveAnswer(env.DB, prepared.answer, { attention: prepared.attention, deliveries: [] });
  return saved.id;
}

export function ownerCall(path: string, ownerKey: string, init: RequestInit = {}): Promise<Response> {
  return call(path, {
    ...init,
    headers: { Authorization: `Bearer ${ownerKey}`, ...(init.headers as Record<string, string> | undefined) },
  });
}

export function ownerJson(path: string, ownerKey: string, method: string, body: unknown): Promise<Response> {
  return ownerCall(path, ownerKey, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}
