import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { SettingsInputSchema, SettingsSchema, type Settings } from '../../../shared/owner-api.ts';
import { ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { invitationConfig, updateInvitationSettings, type InvitationConfig } from '../db/invitation-settings.ts';
import { updateSettings, type Shop } from '../db/shops.ts';
import { saveAuditSettings } from '../db/digest.ts';
import { dayOf } from '../domain/dates.ts';
import { lastClosedPeriod } from '../domain/digest-period.ts';
import { newOwnerKey } from '../domain/keys.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, validationHook } from '../errors.ts';
import { outboundUrlOptions, outboundUrlProblem } from '../../../shared/webhook-url.ts';
import { errorResponses } from './openapi-responses.ts';

const settingsResponse = { description: 'The settings', content: { 'application/json': { schema: SettingsSchema } } };

const getRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/settings',
  operationId: 'getSettings',
  tags: ['Settings'],
  summary: "The shop's alert, retention and review settings",
  description:
    'The settings as stored, with `webhookSecret` so the receiver can check the `Opinia-Signature` of deliveries. Change them with `PUT` on the same path; secrets are never set, only rotated (`POST …/secrets/{name}/rotate`).',
  security: [{ ownerKey: [] }],
  request: { params: ShopIdParamsSchema },
  responses: { 200: settingsResponse, ...errorResponses(400, 401, 403, 404) },
});

const putRoute = createRoute({
  method: 'put',
  path: '/v1/shops/{shopId}/settings',
  operationId: 'updateSettings',
  tags: ['Settings'],
  summary: 'Change webhook URLs, retention, review, digest, sampling and invitation settings',
  description:
    'Fields left out keep their value. `orderTokenSecret` and `webhookSecret` cannot be set here (400 `secret_not_settable`): ' +
    'rotate them with `POST /v1/shops/{shopId}/secrets/{name}/rotate`. Each delivery is signed: `Opinia-Signature: sha256=<hex HMAC-SHA256 of the raw body under webhookSecret>`.',
  security: [{ ownerKey: [] }],
  request: {
    params: ShopIdParamsSchema,
    body: { required: true, content: { 'application/json': { schema: SettingsInputSchema } } },
  },
  responses: { 200: settingsResponse, ...errorResponses(400, 401, 403, 404, 413, 415) },
});

/** A digest turned on (or switched cadence) starts with the period now open: the closed ones count as sent. */
function digestStartsAfter(before: Settings['digest'], after: Settings['digest']): string | null {
  if (!after || before?.cadence === after.cadence) return null;
  return lastClosedPeriod(after.cadence, dayOf(new Date())).to;
}

/** The schema lets http://localhost through; only a local development or test worker may call it. */
function refuseUnreachableWebhooks(urls: string[], environment: string | undefined): void {
  const issues = urls.flatMap((url, index) => {
    const problem = outboundUrlProblem(url, outboundUrlOptions(environment));
    return problem ? [{ path: ['webhooks', index], message: `webhook URL ${problem}`, code: 'custom' }] : [];
  });
  if (issues.length) throw new ApiError(400, 'invalid_request', 'The request does not match the schema; see issues.', { issues });
}

/** Secrets are never set by hand: they are rotated (issue #12 finding 13); saying so beats ignoring them silently. */
function refuseSecretFields(body: unknown, shopId: string): void {
  const named = ['orderTokenSecret', 'webhookSecret'].filter(
    (field) => typeof body === 'object' && body !== null && field in body,
  );
  if (!named.length) return;
  throw new ApiError(
    400,
    'secret_not_settable',
    `${named.join(' and ')} cannot be set; rotate it with POST /v1/shops/${shopId}/secrets/${named[0] === 'webhookSecret' ? 'webhook' : 'order-token'}/rotate.`,
    { issues: named.map((field) => ({ path: [field], message: 'cannot be set; use the rotate endpoint', code: 'custom' })) },
  );
}

/** Per-shop secrets, made on first use. */
const newSecret = (prefix: string) => newOwnerKey().replace(/^opk_/, prefix);

type ShopPart = Omit<Settings, 'invitations' | 'email'>;

/** Invitation settings live in their own table; the mail provider's key is never shown again. */
function invitationPart(config: InvitationConfig): Pick<Settings, 'invitations' | 'email'> {
  return {
    invitations: config.settings,
    email: config.email ? { provider: config.email.provider, from: config.email.from, apiKeySet: true } : null,
  };
}

function currentSettings(shop: Shop): ShopPart {
  return {
    webhooks: shop.webhooks,
    webhookSecret: shop.webhookSecret ?? newSecret('whs_'),
    retentionDays: shop.retentionDays,
    requireVerifiedReviews: shop.requireVerifiedReviews,
    reviewDisclosure: shop.reviewDisclosure,
    orderTokenSecret: shop.orderTokenSecret ?? newSecret('ots_'),
    digest: shop.digest,
    sampling: shop.sampling,
  };
}

export const settingsRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(getRoute, async (c) => {
    const shop = c.var.shop;
    const settings = currentSettings(shop);
    if (!shop.webhookSecret || !shop.orderTokenSecret) await updateSettings(c.env.DB, shop.id, settings);
    return c.json({ ...settings, ...invitationPart(await invitationConfig(c.env.DB, shop.id)) }, 200);
  })
  .openapi(putRoute, async (c) => {
    const input = c.req.valid('json');
    refuseSecretFields(await c.req.json<unknown>().catch(() => null), c.var.shop.id); // no body: nothing to refuse
    refuseUnreachableWebhooks(input.webhooks ?? [], c.env.ENVIRONMENT);
    const invitationHook = input.invitations?.webhookUrl;
    const hookProblem = invitationHook ? outboundUrlProblem(invitationHook, outboundUrlOptions(c.env.ENVIRONMENT)) : null;
    if (hookProblem) {
      throw new ApiError(400, 'invalid_request', 'The request does not match the schema; see issues.', {
        issues: [{ path: ['invitations', 'webhookUrl'], message: `webhook URL ${hookProblem}`, code: 'custom' }],
      });
    }
    const current = currentSettings(c.var.shop);
    const settings: ShopPart = {
      ...current,
      webhooks: input.webhooks ?? current.webhooks,
      retentionDays: input.retentionDays === undefined ? current.retentionDays : input.retentionDays,
      requireVerifiedReviews: input.requireVerifiedReviews ?? current.requireVerifiedReviews,
      reviewDisclosure: input.reviewDisclosure === undefined ? current.reviewDisclosure : input.reviewDisclosure,
      digest: input.digest === undefined ? current.digest : input.digest,
      sampling: input.sampling ?? current.sampling,
    };
    await updateSettings(c.env.DB, c.var.shop.id, settings);
    if (input.digest !== undefined || input.sampling !== undefined) {
      await saveAuditSettings(c.env.DB, c.var.shop.id, settings, digestStartsAfter(current.digest, settings.digest));
    }
    const config = await updateInvitationSettings(c.env.DB, c.var.shop.id, {
      invitations: input.invitations,
      email: input.email,
    });
    return c.json({ ...settings, ...invitationPart(config) }, 200);
  });
