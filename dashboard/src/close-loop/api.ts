// The owner's close-the-loop calls: reply to a complaint, read a customer's account. Same origin, plain fetch.
import type { AttentionReply } from '../../../shared/close-loop.ts';
import type { AttentionItem, Customer } from '../../../shared/owner-api.ts';
import { ApiFailure, type Credentials } from '../api.ts';

async function ownerCall<T>(credentials: Credentials, path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/v1/shops/${encodeURIComponent(credentials.shopId)}${path}`, {
      ...init,
      headers: { Accept: 'application/json', Authorization: `Bearer ${credentials.ownerKey}`, ...init.headers },
      cache: 'no-store',
    });
  } catch (error) {
    throw new ApiFailure(0, 'network', error instanceof Error ? error.message : String(error));
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiFailure(response.status, error?.code ?? 'http_error', error?.message ?? response.statusText);
  }
  return body as T;
}

export function replyToItem(credentials: Credentials, id: string, text: string): Promise<{ reply: AttentionReply; item: AttentionItem }> {
  return ownerCall(credentials, `/attention/${encodeURIComponent(id)}/reply`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text }),
  });
}

export function fetchCustomer(credentials: Credentials, customerRef: string): Promise<Customer> {
  return ownerCall(credentials, `/customers/${encodeURIComponent(customerRef)}`);
}
