import { createApp } from './app.ts';
import type { Env } from './env.ts';
import { deliverDueWebhooks } from './services/webhook-delivery.ts';

const app = createApp();

export default {
  fetch: app.fetch,
  /** Cron: retries webhook deliveries that failed, with backoff (see wrangler.toml `triggers`). */
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(deliverDueWebhooks(env));
  },
} satisfies ExportedHandler<Env>;
