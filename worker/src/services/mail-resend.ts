import type { EmailMessage } from '../../../shared/invitations.ts';
import type { MailProvider } from '../db/invitation-settings.ts';

const TIMEOUT_MS = 10_000;

/**
 * Sends one e-mail through Resend's HTTP API (`POST /emails`). Resolves on 2xx; a 4xx other than 429 is
 * permanent (a bad key, sender or address: retrying will not help).
 */
export async function sendWithResend(
  apiBase: string,
  provider: MailProvider,
  to: string,
  email: EmailMessage,
): Promise<{ ok: true; id: string | null } | { ok: false; error: string; permanent: boolean }> {
  let response: Response;
  try {
    response = await fetch(`${apiBase.replace(/\/$/, '')}/emails`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${provider.apiKey}`,
        'Content-Type': 'application/json',
        'User-Agent': 'Opinia-Invitations/1',
      },
      body: JSON.stringify({
        from: provider.from,
        to: [to],
        subject: email.subject,
        text: email.text,
        html: email.html,
        headers: email.headers,
      }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error), permanent: false };
  }
  const body = await response.text();
  if (response.ok) {
    let id: string | null = null;
    try {
      id = (JSON.parse(body) as { id?: string }).id ?? null;
    } catch {
      // an answer without a JSON body still means accepted
    }
    return { ok: true, id };
  }
  const permanent = response.status >= 400 && response.status < 500 && response.status !== 429;
  return { ok: false, error: `Resend HTTP ${response.status}: ${body.slice(0, 200)}`, permanent };
}
