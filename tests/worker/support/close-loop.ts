// Helpers for the close-the-loop specs: a shop with a webhook into the local receiver, a complaint, a reply.
import { expect, inject } from 'vitest';
import type { PendingReplies } from '../../../shared/close-loop.ts';
import type { AttentionItem, AttentionPage, Settings } from '../../../shared/owner-api.ts';
import type { ResponseInput } from '../../../shared/schemas.ts';
import { call, createShop, ownerCall, ownerJson, postAnswer } from './api.ts';

export type Received = { path: string; headers: Record<string, string>; body: string }[];

/**
 * The first delivery of one event type at /<mode>/<key> of the local webhook receiver, waiting for it. Waits for the
 * type, not for a count of deliveries: an alert delivered twice (a retry after a lost connection) must not stand in
 * for the event the spec is about.
 */
export async function deliveryOf(key: string, type: string): Promise<Received[number]> {
  const url = `${inject('webhookReceiverUrl')}/log/${key}`;
  const find = async () =>
    (await (await fetch(url)).json<Received>()).find((entry) => (JSON.parse(entry.body) as { type: string }).type === type);
  for (let attempt = 0; attempt < 50; attempt++) {
    const delivery = await find();
    if (delivery) return delivery;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const delivery = await find();
  expect(delivery, `a ${type} delivery at ${key}`).toBeDefined();
  return delivery!;
}

export async function shopWithWebhook(key: string, options: { name?: string; defaultLocale?: string } = {}) {
  const shop = await createShop(options);
  const response = await ownerJson(`/v1/shops/${shop.shopId}/settings`, shop.ownerKey, 'PUT', {
    webhooks: [`${inject('webhookReceiverUrl')}/ok/${key}`],
  });
  expect(response.status).toBe(200);
  return { ...shop, settings: await response.json<Settings>() };
}

/** Posts a complaint and returns its attention item id and the clientId it was sent with. */
export async function complain(shopId: string, ownerKey: string, answer: Partial<ResponseInput> = {}) {
  const clientId = crypto.randomUUID();
  const response = await postAnswer(shopId, {
    clientId,
    rating: 1,
    comment: `The mug arrived broken, order ${clientId.slice(0, 6)}`,
    ...answer,
  });
  expect(response.status).toBe(201);
  const { id } = await response.json<{ id: string }>();
  const items = (await (await ownerCall(`/v1/shops/${shopId}/attention`, ownerKey)).json<AttentionPage>()).items;
  expect(items.some((item) => item.id === id)).toBe(true);
  return { id, clientId };
}

export async function reply(
  shopId: string,
  ownerKey: string,
  id: string,
  text = 'We are sorry — a new mug is on its way today.',
) {
  return ownerJson(`/v1/shops/${shopId}/attention/${id}/reply`, ownerKey, 'POST', { text });
}

export async function pending(shopId: string, query: string): Promise<PendingReplies> {
  const response = await call(`/v1/shops/${shopId}/replies?${query}`);
  expect(response.status).toBe(200);
  return response.json<PendingReplies>();
}

export async function item(shopId: string, ownerKey: string, id: string): Promise<AttentionItem | undefined> {
  const page = await (await ownerCall(`/v1/shops/${shopId}/attention?limit=200`, ownerKey)).json<AttentionPage>();
  return page.items.find((candidate) => candidate.id === id);
}

/** The customer's answer to "Did we make it right?", with the token from the on-site card. */
export function followUp(shopId: string, body: Partial<ResponseInput> & Pick<ResponseInput, 'followUpOf' | 'followUpToken'>) {
  return postAnswer(shopId, { kind: 'follow_up', solved: 'yes', rating: 5, ...body });
}
