import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { ReplyInputSchema } from '../../../shared/close-loop.ts';
import { AttentionParamsSchema, ReplyResultSchema } from '../../../shared/owner-api.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, validationHook } from '../errors.ts';
import { publicOrigin } from '../domain/public-url.ts';
import { replyToComplaint } from '../services/attention-reply.ts';
import { mailThroughProvider } from '../services/reply-mail.ts';
import { deliverDueWebhooks } from '../services/webhook-delivery.ts';
import { errorResponses } from './openapi-responses.ts';

const replyRoute = createRoute({
  method: 'post',
  path: '/v1/shops/{shopId}/attention/{id}/reply',
  operationId: 'replyToAttentionItem',
  tags: ['Insights'],
  summary: 'Reply to the customer behind a complaint',
  description:
    'Owner only. Stores a private reply (never published) and moves an open item to `replied`. When the shop has a mail ' +
    "provider and the order's address is still known, the e-mail goes through the provider (`emailSent: true` in the webhook). Every webhook gets " +
    "`attention.replied` with a ready e-mail in the customer's language (en, pl, cs) and a follow-up token; the " +
    "customer also sees the reply on the shop's pages (see `GET /v1/shops/{shopId}/replies`). The answer says which way " +
    'the reply went (`delivery`: `email` or `widget`), whether an e-mail attempt failed (`emailFailed`) and how many ' +
    'webhooks get it (`webhookDeliveries`).',
  security: [{ ownerKey: [] }],
  request: {
    params: AttentionParamsSchema,
    body: { required: true, content: { 'application/json': { schema: ReplyInputSchema } } },
  },
  responses: {
    201: {
      description: 'Stored, and sent the way `delivery` says',
      content: { 'application/json': { schema: ReplyResultSchema } },
    },
    ...errorResponses(400, 401, 403, 404, 413, 415),
  },
});

export const attentionReplyRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(replyRoute, async (c) => {
  const { id } = c.req.valid('param');
  const { text } = c.req.valid('json');
  // The reply's follow-up link: the hosted "Did we make it right?" page (routes/hosted-page.ts).
  const origin = publicOrigin(c.env.PUBLIC_URL, c.req.url);
  const result = await replyToComplaint(
    c.env.DB,
    c.var.shop,
    id,
    text,
    new Date(),
    async (_shop, _item, token) => `${origin}/f/${token}`,
    mailThroughProvider(c.env, c.var.shop),
  );
  if (!result) throw new ApiError(404, 'attention_item_not_found', `This shop has no attention item "${id}".`);
  if (result.deliveries) c.executionCtx.waitUntil(deliverDueWebhooks(c.env, c.var.shop.id));
  return c.json(
    {
      reply: result.reply,
      item: result.item,
      delivery: result.delivery,
      emailFailed: result.emailFailed,
      webhookDeliveries: result.deliveries,
    },
    201,
  );
});
