// GDPR requests about one customer through the existing owner API: the export (saved as a JSON file) and the erase.
import type { CustomerExport, Deleted } from '../../../shared/owner-api.ts';
import { call, type Credentials } from '../api.ts';
import { saveFile } from '../export/download.ts';

const path = (customerRef: string) => `/customers/${encodeURIComponent(customerRef)}`;

/** `opinia-customer-<ref>-<YYYY-MM-DD>.json`; characters a file name cannot hold become `_`. */
export const exportFileName = (customerRef: string, date: Date) =>
  `opinia-customer-${customerRef.replace(/[^\w.-]+/g, '_')}-${date.toISOString().slice(0, 10)}.json`;

/** Saves GET …/customers/:ref/export as it came; returns the file name and what it holds. */
export async function downloadCustomerExport(
  credentials: Credentials,
  customerRef: string,
): Promise<{ name: string; answers: number; replies: number }> {
  const data = await call<CustomerExport>(credentials, `${path(customerRef)}/export`);
  const name = exportFileName(customerRef, new Date(data.exportedAt));
  saveFile(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), name);
  return { name, answers: data.answers.length, replies: data.replies.length };
}

export const eraseCustomer = (credentials: Credentials, customerRef: string) =>
  call<Deleted>(credentials, path(customerRef), { method: 'DELETE' });
