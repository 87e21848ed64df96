import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { ReplyInputSchema } from '../../../shared/close-loop.ts';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENCY_KEY_TTL_HOURS,
  IDEMPOTENT_REPLAYED_HEADER,
  IdempotencyHeadersSchema,
  MAX_IDEMPOTENCY_KEY_CHARS,
} from '../../../shared/idempotency.ts';
import { AttentionParamsSchema, ReplyResultSchema } from '../../../shared/owner-api.ts';
import { ErrorSchema } from '../../../shared/schemas.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, validationHook, zodIssues } from '../errors.ts';
import { replyFingerprint } from '../domain/idempotency.ts';
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
    'webhooks get it (`webhookDeliveries`).\n\n' +
    `Send an \`${IDEMPOTENCY_KEY_HEADER}\` (a fresh one per reply, the same one when retrying it) and a retry after a ` +
    `lost answer stores and sends nothing again: within ${IDEMPOTENCY_KEY_TTL_HOURS} h the same key with the same item ` +
    `and text answers 201 with the first reply (\`${IDEMPOTENT_REPLAYED_HEADER}: true\`; \`item\` as it is now), the ` +
    'same key with another item or text 409 `idempotency_key_reused` (the draft standard suggests 422; in this API ' +
    '422 means refused as spam). Without the header every request is a new reply.',
  security: [{ ownerKey: [] }],
  request: {
    params: AttentionParamsSchema,
    headers: IdempotencyHeadersSchema,
    body: { required: true, content: { 'application/json': { schema: ReplyInputSchema } } },
  },
  responses: {
    201: {
      description: `Stored, and sent the way \`delivery\` says; or, with \`${IDEMPOTENT_REPLAYED_HEADER}: true\`, stored and sent before under the same key`,
      headers: {
        [IDEMPOTENT_REPLAYED_HEADER]: {
          description: '`true` when this answer repeats the first answer to the same Idempotency-Key; absent otherwise.',
          schema: { type: 'string', enum: ['true'] },
        },
      },
      content: { 'application/json': { schema: ReplyResultSchema } },
    },
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
    400: {
      description:
        'Malformed JSON or a schema violation (`invalid_request`, see `issues`), an invalid id, or an Idempotency-Key ' +
        `that is empty, longer than ${MAX_IDEMPOTENCY_KEY_CHARS} characters or not printable ASCII (\`invalid_idempotency_key\`).`,
      content: { 'application/json': { schema: ErrorSchema } },
    },
    409: {
      description: 'The Idempotency-Key came with another item or text (`idempotency_key_reused`): nothing stored or sent.',
      content: { 'application/json': { schema: ErrorSchema } },
    },
  },
});

/** A malformed Idempotency-Key has its own code; every other violation is the usual 400. */
const keyOrValidationHook: typeof validationHook = (result, c) => {
  if (!result.success && (result as { target?: string }).target === 'header')
    throw new ApiError(
      400,
      'invalid_idempotency_key',
      `${IDEMPOTENCY_KEY_HEADER} must be 1–${MAX_IDEMPOTENCY_KEY_CHARS} printable ASCII characters (e.g. a UUID).`,
      { issues: zodIssues(result.error) },
    );
  validationHook(result, c);
};

export const attentionReplyRoutes = new OpenAPIHono<AppEnv>({ defaultHook: keyOrValidationHook }).openapi(
  replyRoute,
  async (c) => {
    const { id } = c.req.valid('param');
    const { text } = c.req.valid('json');
    const key = c.req.valid('header')[IDEMPOTENCY_KEY_HEADER];
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
      key === undefined ? null : await replyFingerprint(key, id, text),
    );
    if (!result) throw new ApiError(404, 'attention_item_not_found', `This shop has no attention item "${id}".`);
    if (result.replayed) c.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
    else if (result.deliveries) c.executionCtx.waitUntil(deliverDueWebhooks(c.env, c.var.shop.id));
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
  },
);
