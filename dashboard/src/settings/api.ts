// The owner's settings calls, through the dashboard's one owner fetch helper.
import type { ProductReviewStats } from '../../../shared/reviews.ts';
import type { RotatedKey, Settings, SettingsInput } from '../../../shared/owner-api.ts';
import type { RotatedSecret } from '../../../shared/secrets.ts';
import { call, type Credentials } from '../api.ts';

const send = (method: string, body?: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body ?? {}),
});

export const fetchSettings = (credentials: Credentials) => call<Settings>(credentials, '/settings');
export const saveSettings = (credentials: Credentials, input: SettingsInput) =>
  call<Settings>(credentials, '/settings', send('PUT', input));
export const fetchProducts = (credentials: Credentials) => call<ProductReviewStats>(credentials, '/products');
export const nameProduct = (credentials: Credentials, productId: string, name: string) =>
  call<{ productId: string; productName: string }>(
    credentials,
    `/products/${encodeURIComponent(productId)}`,
    send('PUT', { name }),
  );
export const rotateOwnerKey = (credentials: Credentials) => call<RotatedKey>(credentials, '/keys/rotate', send('POST'));
export const rotateSecret = (credentials: Credentials, name: 'webhook' | 'order-token') =>
  call<RotatedSecret>(credentials, `/secrets/${name}/rotate`, send('POST'));
