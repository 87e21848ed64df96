// The webhooks the worker sends (OpenAPI 3.1 `webhooks`): each delivery's body is the shared zod schema the worker
// builds it from, so the document shows exactly what a receiver gets. Outgoing only: they are not paths.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { InvitationDueSchema } from '../../../shared/invitations.ts';
import {
  AttentionFollowedUpPayloadSchema,
  AttentionRepliedPayloadSchema,
  WebhookPayloadSchema,
} from '../../../shared/owner-api.ts';
import { MAX_DELIVERY_ATTEMPTS } from '../domain/webhooks.ts';
import { WEBHOOK_TIMEOUT_MS as INVITATION_WEBHOOK_TIMEOUT_MS } from '../services/deliver-email.ts';
import { MAX_ATTEMPTS as INVITATION_MAX_ATTEMPTS } from '../services/invitation-cron.ts';

const SignatureHeaderSchema = z.object({
  'opinia-signature': z.string().meta({ description: '`sha256=<hex HMAC-SHA256 of the raw body under webhookSecret>`.' }),
});

const RECEIVED = {
  200: { description: 'Any 2xx: received; the delivery is done.' },
  400: {
    description: `Any other answer (or none, or a redirect) is a failed attempt: retried with backoff, at most ${MAX_DELIVERY_ATTEMPTS} attempts in all.`,
  },
};

const ATTENTION = "Sent to every webhook URL of the shop's settings, signed with the shop's `webhookSecret`.";

/** An invitation e-mail goes out again with the cron's backoff (services/invitation-cron.ts), not the alerts' queue. */
const INVITATION_RECEIVED = {
  200: { description: 'Any 2xx: received; the invitation counts as sent (`via: webhook`).' },
  400: {
    description:
      `Any other answer, a redirect, or none within ${INVITATION_WEBHOOK_TIMEOUT_MS / 1000} s is a failed attempt: the next cron run after ` +
      `1, 2, 4 … minutes (at most 6 h) sends it again, at most ${INVITATION_MAX_ATTEMPTS} attempts in all; a reminder is not retried.`,
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
  {
    name: 'invitation.due',
    operationId: 'invitationDueWebhook',
    summary: 'An invitation e-mail is due: send it to the customer',
    tags: ['Invitations'],
    description:
      'For a shop without a mail provider: the e-mail ready to send (subject, text, HTML, `List-Unsubscribe` headers), ' +
      "never the customer's address. Sent to `invitations.webhookUrl` of the settings, or, when that is null, to every " +
      "webhook URL of the shop's settings, signed with the shop's `webhookSecret` (`User-Agent: Opinia-Webhooks/1`). " +
      'A retry goes to every URL again: one e-mail per `orderId`, `touchpoint` and `reminder`.',
    schema: InvitationDueSchema,
    responses: INVITATION_RECEIVED,
  },
] as const;

// biome-ignore lint/suspicious/noExplicitAny: any app, whatever its bindings and routes
export function registerWebhooks(app: OpenAPIHono<any, any, any>): void {
  for (const webhook of WEBHOOKS) {
    app.openAPIRegistry.registerWebhook({
      method: 'post',
      path: webhook.name,
      operationId: webhook.operationId,
      tags: 'tags' in webhook ? [...webhook.tags] : ['Insights'],
      summary: webhook.summary,
      description: 'description' in webhook ? webhook.description : ATTENTION,
      security: [],
      request: {
        headers: SignatureHeaderSchema,
        body: { required: true, content: { 'application/json': { schema: webhook.schema } } },
      },
      responses: 'responses' in webhook ? webhook.responses : RECEIVED,
    });
  }
}
