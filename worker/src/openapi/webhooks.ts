// The attention webhooks the worker sends (OpenAPI 3.1 `webhooks`): each delivery's body is the shared zod schema the
// worker builds it from, so the document shows exactly what a receiver gets. Outgoing only: they are not paths.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  AttentionFollowedUpPayloadSchema,
  AttentionRepliedPayloadSchema,
  WebhookPayloadSchema,
} from '../../../shared/owner-api.ts';
import { MAX_DELIVERY_ATTEMPTS } from '../domain/webhooks.ts';

const SignatureHeaderSchema = z.object({
  'opinia-signature': z.string().meta({ description: '`sha256=<hex HMAC-SHA256 of the raw body under webhookSecret>`.' }),
});

const RECEIVED = {
  200: { description: 'Any 2xx: received; the delivery is done.' },
  400: {
    description: `Any other answer (or none, or a redirect) is a failed attempt: retried with backoff, at most ${MAX_DELIVERY_ATTEMPTS} attempts in all.`,
  },
};

const WEBHOOKS = [
  {
    name: 'attention.opened',
    operationId: 'attentionOpenedWebhook',
    summary: 'An answer needs attention',
    schema: WebhookPayloadSchema,
  },
  {
    name: 'attention.replied',
    operationId: 'attentionRepliedWebhook',
    summary: 'The owner replied to a complaint',
    schema: AttentionRepliedPayloadSchema,
  },
  {
    name: 'attention.followed_up',
    operationId: 'attentionFollowedUpWebhook',
    summary: 'The customer answered "Did we make it right?"',
    schema: AttentionFollowedUpPayloadSchema,
  },
] as const;

// biome-ignore lint/suspicious/noExplicitAny: any app, whatever its bindings and routes
export function registerWebhooks(app: OpenAPIHono<any, any, any>): void {
  for (const webhook of WEBHOOKS) {
    app.openAPIRegistry.registerWebhook({
      method: 'post',
      path: webhook.name,
      operationId: webhook.operationId,
      tags: ['Insights'],
      summary: webhook.summary,
      description: "Sent to every webhook URL of the shop's settings, signed with the shop's `webhookSecret`.",
      security: [],
      request: {
        headers: SignatureHeaderSchema,
        body: { required: true, content: { 'application/json': { schema: webhook.schema } } },
      },
      responses: RECEIVED,
    });
  }
}
