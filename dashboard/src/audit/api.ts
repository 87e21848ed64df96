// The Audit screen's owner calls, through the dashboard's one owner fetch helper.
import type { Audit, DigestSent } from '../../../shared/audit.ts';
import { call, query, type Credentials } from '../api.ts';

export interface AuditRequest {
  from: string;
  to: string;
  compare: 'previous' | 'year';
  segment: string;
}

export const fetchAudit = (credentials: Credentials, request: AuditRequest, signal?: AbortSignal) =>
  call<Audit>(credentials, `/audit${query({ ...request })}`, { signal: signal ?? null });

export const sendTestDigest = (credentials: Credentials) => call<DigestSent>(credentials, '/audit/digest', { method: 'POST' });
