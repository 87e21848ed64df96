// The owner API, same origin, plain fetch. Types come from shared/ (types only: no zod in this bundle).
import type { AnswerFilters, Granularity, Summary } from '../../shared/schemas.ts';
import type { AttentionItem, AttentionPage, AttentionStatus } from '../../shared/owner-api.ts';

export interface Credentials {
  shopId: string;
  ownerKey: string;
}

/** What the owner chose in the filter form; empty strings mean "not filtered". */
export type Filters = { [K in keyof AnswerFilters]-?: string };

export const NO_FILTERS: Filters = { from: '', to: '', touchpoint: '', locale: '', segment: '', productId: '', kind: '' };

/** A failed call: `status` is the HTTP status (0 when the server could not be reached), `code` the API's error code. */
export class ApiFailure extends Error {
  readonly status: number;
  readonly code: string;
  /** The API's `issues` of a 400: which field, and what is wrong with it. */
  readonly issues: { path: (string | number)[]; message: string }[];
  constructor(status: number, code: string, message: string, issues: { path: (string | number)[]; message: string }[] = []) {
    super(message);
    this.name = 'ApiFailure';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

/** The owner's request with the key, same origin; a network failure is an ApiFailure with status 0. */
export async function ownerFetch(credentials: Credentials, path: string, init: RequestInit = {}): Promise<Response> {
  const url = `/v1/shops/${encodeURIComponent(credentials.shopId)}${path}`;
  try {
    return await fetch(url, {
      ...init,
      headers: { Accept: 'application/json', Authorization: `Bearer ${credentials.ownerKey}`, ...init.headers },
      cache: 'no-store',
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiFailure(0, 'network', error instanceof Error ? error.message : String(error));
  }
}

/** The API's JSON error of a failed response, as an ApiFailure. */
export async function failureOf(response: Response): Promise<ApiFailure> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; issues?: ApiFailure['issues'] };
  } | null;
  const error = body?.error;
  return new ApiFailure(
    response.status,
    error?.code ?? 'http_error',
    error?.message ?? response.statusText,
    Array.isArray(error?.issues) ? error.issues : [],
  );
}

export async function call<T>(credentials: Credentials, path: string, init: RequestInit = {}): Promise<T> {
  const response = await ownerFetch(credentials, path, init);
  if (!response.ok) throw await failureOf(response);
  return (await response.json().catch(() => null)) as T;
}

export function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function fetchSummary(
  credentials: Credentials,
  filters: Filters,
  granularity: Granularity,
  signal?: AbortSignal,
): Promise<Summary> {
  return call<Summary>(credentials, `/summary${query({ ...filters, granularity })}`, { signal: signal ?? null });
}

/** The queue honours the overview's period and filters (issue #14 item 10). */
export function fetchAttention(
  credentials: Credentials,
  status: AttentionStatus,
  cursor: string | null,
  limit = 10,
  filters: Filters = NO_FILTERS,
): Promise<AttentionPage> {
  return call<AttentionPage>(
    credentials,
    `/attention${query({ ...filters, status, cursor: cursor ?? undefined, limit: String(limit) })}`,
  );
}

export function updateAttention(credentials: Credentials, id: string, status: AttentionStatus): Promise<AttentionItem> {
  return call<AttentionItem>(credentials, `/attention/${encodeURIComponent(id)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ status }),
  });
}
