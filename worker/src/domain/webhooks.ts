import type { AttentionItem, WebhookPayload } from '../../../shared/owner-api.ts';
import { toHex } from './hex.ts';

const MINUTE_MS = 60_000;
export const MAX_DELIVERY_ATTEMPTS = 15;

/** Slack treats &, < and > as markup. */
function slackEscape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export function slackText(shopName: string, item: AttentionItem): string {
  const facts = [
    item.rating != null ? `${item.rating}★` : null,
    item.nps != null ? `NPS ${item.nps}` : null,
    `at ${item.touchpoint.replace('_', ' ')}`,
    item.orderId ? `order ${item.orderId}` : null,
  ].filter(Boolean);
  const comment = item.comment ? ` “${item.comment.length > 200 ? `${item.comment.slice(0, 199)}…` : item.comment}”` : '';
  return slackEscape(`Needs attention at ${shopName}: ${facts.join(', ')}.${comment}`);
}

export function webhookPayload(shop: { id: string; name: string }, item: AttentionItem): WebhookPayload {
  return { type: 'attention.opened', text: slackText(shop.name, item), shopId: shop.id, item };
}

/** Hex HMAC-SHA256 of the raw body under the shop's webhook secret; sent as `Opinia-Signature: sha256=<hex>`. */
export async function signBody(secret: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const signature = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body));
  return toHex(signature);
}

/** Exponential backoff after a failed attempt: 1, 2, 4 … minutes, at most 6 hours apart (≈ 2 days in all). */
export function retryDelayMs(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1) * MINUTE_MS, 360 * MINUTE_MS);
}

function shortQuote(text: string | null): string {
  if (!text) return '';
  return ` “${text.length > 200 ? `${text.slice(0, 199)}…` : text}”`;
}

export function repliedText(shopName: string, item: AttentionItem, reply: string): string {
  const who = item.customerRef ? `customer ${item.customerRef}` : item.orderId ? `order ${item.orderId}` : 'a customer';
  return slackEscape(`${shopName} replied to ${who}:${shortQuote(reply)}`);
}

export function followedUpText(
  shopName: string,
  item: AttentionItem,
  followUp: { solved: string; rating: number | null; comment: string | null },
): string {
  const outcome = item.resolution === 'recovered' ? 'Recovered' : 'Not recovered yet';
  const facts = [`solved: ${followUp.solved}`, followUp.rating != null ? `${followUp.rating}★` : null].filter(Boolean).join(', ');
  return slackEscape(`${outcome} at ${shopName} (${facts}).${shortQuote(followUp.comment)}`);
}
