import { createApp } from './app.ts';
import { purgeReplyKeys } from './db/reply-idempotency.ts';
import type { Env } from './env.ts';
import { digestCron } from './services/digest.ts';
import { sendDueInvitations } from './services/invitation-cron.ts';
import { enforceRetention } from './services/retention.ts';
import { fitShopCorrections } from './services/shop-sentiment-cron.ts';
import { deliverDueWebhooks } from './services/webhook-delivery.ts';

const app = createApp();

export default {
  fetch: app.fetch,
  /** Cron (see wrangler.toml `triggers`): retries webhook deliveries with backoff; enforces retention hourly. */
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(deliverDueWebhooks(env));
    ctx.waitUntil(sendDueInvitations(env)); // invitations due: batches within the run's limits
    if (new Date(controller.scheduledTime).getUTCMinutes() === 0) {
      ctx.waitUntil(enforceRetention(env.DB));
      ctx.waitUntil(purgeReplyKeys(env.DB, new Date(controller.scheduledTime))); // Idempotency-Keys older than 24 h
    }
    // Per-shop sentiment corrections from the shop's own rated comments: hourly, each refitted once a day.
    if (new Date(controller.scheduledTime).getUTCMinutes() === 30)
      ctx.waitUntil(fitShopCorrections(env.DB, new Date(controller.scheduledTime)));
    ctx.waitUntil(digestCron(env, controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;
