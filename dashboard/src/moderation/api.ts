// The owner's moderation calls, through the dashboard's one owner fetch helper.
import type { Decision, ModerationLogEntry, ModerationPage, OwnerReview, ReviewStatus } from '../../../shared/reviews.ts';
import { call, type Credentials } from '../api.ts';

export type { ModerationLogEntry };

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

export function fetchModeration(
  credentials: Credentials,
  status: ReviewStatus,
  cursor: string | null,
  limit = 20,
): Promise<ModerationPage> {
  const query = new URLSearchParams({ status, limit: String(limit), ...(cursor ? { cursor } : {}) });
  return call<ModerationPage>(credentials, `/moderation?${query.toString()}`);
}

export function decide(credentials: Credentials, id: string, decision: Decision): Promise<OwnerReview> {
  return call<OwnerReview>(credentials, `/reviews/${encodeURIComponent(id)}/decision`, json(decision));
}

export function replyPublicly(credentials: Credentials, id: string, text: string): Promise<OwnerReview> {
  return call<OwnerReview>(credentials, `/reviews/${encodeURIComponent(id)}/reply`, json({ text }));
}

export function fetchModerationLog(credentials: Credentials): Promise<{ entries: ModerationLogEntry[] }> {
  return call(credentials, '/moderation/log');
}
