// The Mailbox screen's calls: the dev mailbox (owner API) and wrangler dev's own cron trigger.
import type { DevMailbox } from '../../../shared/invitations.ts';
import { call, type Credentials } from '../api.ts';

export function fetchMailbox(credentials: Credentials): Promise<DevMailbox> {
  return call<DevMailbox>(credentials, '/dev/mailbox');
}

/** `wrangler dev` runs the worker's scheduled handler on GET /cdn-cgi/local/scheduled (it prints so at start). */
export async function runCronNow(): Promise<boolean> {
  try {
    const response = await fetch('/cdn-cgi/local/scheduled', { cache: 'no-store' });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}
