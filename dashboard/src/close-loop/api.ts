// The owner's close-the-loop calls: reply to a complaint, read a customer's account. Same origin, plain fetch.
import type { Customer, ReplyResult } from '../../../shared/owner-api.ts';
import { call as ownerCall, type Credentials } from '../api.ts';

/** `idempotencyKey`: the same for a retry of the same reply (idempotency-key.ts), so the server sends it once. */
export function replyToItem(credentials: Credentials, id: string, text: string, idempotencyKey: string): Promise<ReplyResult> {
  return ownerCall(credentials, `/attention/${encodeURIComponent(id)}/reply`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify({ text }),
  });
}

export function fetchCustomer(credentials: Credentials, customerRef: string): Promise<Customer> {
  return ownerCall(credentials, `/customers/${encodeURIComponent(customerRef)}`);
}
