import { shopCorrection } from '../services/shop-sentiment-cron.ts';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { CreatedResponseSchema, ResponseInputSchema, ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { findAnswerByClientId, isDuplicateComment, saveAnswer } from '../db/responses.ts';
import { attentionItemOf, prepareAnswer } from '../domain/answer.ts';
import { attentionOnIntake } from '../domain/moderation.ts';
import { DUPLICATE_WINDOW_MS, duplicateKey, SPAM_REASONS, spamSignal } from '../domain/spam.ts';
import { webhookPayload } from '../domain/webhooks.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, validationHook } from '../errors.ts';
import { followUpIntake } from '../services/follow-up-intake.ts';
import { orderTokenUsed, reviewIntake } from '../services/review-intake.ts';
import { deliverDueWebhooks } from '../services/webhook-delivery.ts';
import { errorResponses } from './openapi-responses.ts';

const createResponseRoute = createRoute({
  method: 'post',
  path: '/v1/shops/{shopId}/responses',
  operationId: 'createResponse',
  tags: ['Answers'],
  summary: "Store a shopper's answer",
  description:
    "Public (called by the widget from the shop's origins). The same clientId sent again answers 200 with the first stored id. " +
    'Refused with 422 `spam_suspected`: a filled honeypot, a form answered faster than a person can (`elapsedMs` under 1500) or without `elapsedMs`, or the same comment again from the same shopper within 24 h. ' +
    'A `follow_up` (the customer\'s answer to "Did we make it right?") needs the `followUpToken` that came with the shop\'s reply ' +
    '(403 `follow_up_token_invalid` otherwise, 404 for an unknown complaint); it resolves the item as recovered or not and never opens a new one.',
  request: {
    params: ShopIdParamsSchema,
    body: { required: true, content: { 'application/json': { schema: ResponseInputSchema } } },
  },
  responses: {
    201: { description: 'Stored', content: { 'application/json': { schema: CreatedResponseSchema } } },
    200: {
      description: 'Already stored under this clientId',
      content: { 'application/json': { schema: CreatedResponseSchema } },
    },
    ...errorResponses(400, 403, 404, 409, 413, 415, 422, 429),
  },
});

function spamSuspected(why: string): ApiError {
  return new ApiError(422, 'spam_suspected', `This answer looks automated (${why}) and was not stored.`);
}

export const responsesRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  createResponseRoute,
  async (c) => {
    const shop = c.var.shop;
    const input = c.req.valid('json');
    const signal = spamSignal(input);
    if (signal) throw spamSuspected(SPAM_REASONS[signal]);

    const now = new Date();
    // A comment without stars is read with what the shop's own rated comments taught (the scheduled job's correction).
    const correction = input.comment && input.rating == null ? await shopCorrection(c.env.DB, shop.id) : undefined;
    const { answer, attention: called } = prepareAnswer(input, shop, crypto.randomUUID(), now, correction);
    // A retried review must not trip over its own, already used, order token.
    const earlier = input.orderToken ? await findAnswerByClientId(c.env.DB, shop.id, input.clientId) : null;
    if (earlier) return c.json({ id: earlier.id, sentiment: earlier.sentiment }, 200);
    const review = await reviewIntake(c.env.DB, shop, answer, input, c.var.clientHash, now);
    const attention = attentionOnIntake(called, review);
    const followUp = await followUpIntake(c.env.DB, shop, answer, input);
    if (answer.comment) {
      answer.duplicateKey = await duplicateKey(c.var.clientHash, answer.comment);
      const since = new Date(now.getTime() - DUPLICATE_WINDOW_MS).toISOString();
      if (await isDuplicateComment(c.env.DB, shop.id, answer.duplicateKey, answer.clientId, since))
        throw spamSuspected('the same comment again');
    }

    const alerting = attention.length > 0 && shop.webhooks.length > 0;
    const payload = alerting
      ? JSON.stringify(webhookPayload(shop, attentionItemOf(answer, attention, input.title ?? null, review)))
      : '';
    const deliveries = alerting ? shop.webhooks.map((url) => ({ id: crypto.randomUUID(), url, payload })) : [];
    const saved = await saveAnswer(c.env.DB, answer, { attention, deliveries, review, extra: followUp?.statements }).catch(
      (error: unknown) => {
        // Two reviews racing with one token: the loser's whole batch rolls back on the token's primary key.
        if (/used_order_tokens|spent_order_tokens/.test(String(error))) throw orderTokenUsed();
        throw error;
      },
    );
    if (saved.created && (deliveries.length || followUp?.deliveries.length))
      c.executionCtx.waitUntil(deliverDueWebhooks(c.env, shop.id));
    return c.json({ id: saved.id, sentiment: saved.sentiment }, saved.created ? 201 : 200);
  },
);
