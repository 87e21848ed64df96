// The Invitations screen's owner calls: the invitations audit and the summary's channels for the same days.
import type { OrderInvitationAudit } from '../../../shared/invitation-audit.ts';
import type { Summary } from '../../../shared/schemas.ts';
import { call, type Credentials } from '../api.ts';

export interface Period {
  from: string;
  to: string;
}

const query = (period: Period) => {
  const search = new URLSearchParams();
  if (period.from) search.set('from', period.from);
  if (period.to) search.set('to', period.to);
  const text = search.toString();
  return text ? `?${text}` : '';
};

export function fetchOrderAudit(credentials: Credentials, period: Period, signal?: AbortSignal): Promise<OrderInvitationAudit> {
  return call<OrderInvitationAudit>(credentials, `/invitations/order-audit${query(period)}`, { signal: signal ?? null });
}

export function fetchPeriodSummary(credentials: Credentials, period: Period, signal?: AbortSignal): Promise<Summary> {
  return call<Summary>(credentials, `/summary${query(period)}`, { signal: signal ?? null });
}
