import { dueDeliveries, markDelivered, markFailed } from '../db/webhooks.ts';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs, signBody } from '../domain/webhooks.ts';
import type { Env } from '../env.ts';
import { outboundUrlOptions, outboundUrlProblem } from '../../../shared/webhook-url.ts';

const BATCH = 50;
const TIMEOUT_MS = 5000;

/**
 * Sends every due webhook delivery once: on a new attention item (right away, via waitUntil) and from the
 * cron trigger (retries with backoff). A delivery succeeds on any 2xx; redirects are not followed (a 3xx fails).
 */
export async function deliverDueWebhooks(
  env: Env,
  shopId?: string,
  now = new Date(),
): Promise<{ delivered: number; failed: number }> {
  const due = await dueDeliveries(env.DB, now.toISOString(), BATCH, shopId);
  const outcomes = await Promise.all(
    due.map(async (delivery) => {
      try {
        // URLs stored before the check existed, or a worker now running as production: never sent.
        const problem = outboundUrlProblem(delivery.url, outboundUrlOptions(env.ENVIRONMENT));
        if (problem) throw new Error(`webhook URL ${problem}`);
        const response = await fetch(delivery.url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'User-Agent': 'Opinia-Webhooks/1',
            'Opinia-Delivery': delivery.id,
            'Opinia-Signature': `sha256=${await signBody(delivery.secret, delivery.payload)}`,
          },
          body: delivery.payload,
          signal: AbortSignal.timeout(TIMEOUT_MS),
          // Never follow a redirect (it could lead anywhere, internal addresses included): a 3xx is a failed attempt.
          redirect: 'manual',
        });
        await response.body?.cancel();
        if (response.status >= 300 && response.status < 400) throw new Error(`HTTP ${response.status} redirect (not followed)`);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        await markDelivered(env.DB, delivery.id, new Date().toISOString());
        return true;
      } catch (error) {
        const attempts = delivery.attempts + 1;
        const next = attempts >= MAX_DELIVERY_ATTEMPTS ? null : new Date(now.getTime() + retryDelayMs(attempts)).toISOString();
        await markFailed(env.DB, delivery.id, error instanceof Error ? error.message : String(error), next);
        return false;
      }
    }),
  );
  const delivered = outcomes.filter(Boolean).length;
  return { delivered, failed: outcomes.length - delivered };
}
