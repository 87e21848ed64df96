import { env } from 'cloudflare:test';
import { exports } from 'cloudflare:workers';
import type { CreatedShop, ResponseInput } from '../../../shared/schemas.ts';
import type { Env } from '../../../worker/src/env.ts';
import { createApp } from '../../../worker/src/app.ts';

export const BASE = 'https://opinia.test';

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

export async function createShop(overrides: Partial<{ name: string; origins: string[]; defaultLocale: string }> = {}): Promise<CreatedShop> {
  const response = await postJson('/v1/shops', { name: 'Zielony Kosz', origins: ['https://shop.example'], ...overrides });
  if (response.status !== 201) throw new Error(`creating a shop answered ${response.status}: ${await response.text()}`);
  return response.json();
}

export function postAnswer(shopId: string, answer: Partial<ResponseInput>, headers: Record<string, string> = {}): Promise<Response> {
  return postJson(`/v1/shops/${shopId}/responses`, { clientId: crypto.randomUUID(), kind: 'experience', ...answer }, headers);
}

export function getSummary(shopId: string, ownerKey: string | null, query = ''): Promise<Response> {
  return call(`/v1/shops/${shopId}/summary${query}`, ownerKey ? { headers: { Authorization: `Bearer ${ownerKey}` } } : {});
}
