import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { ORDER_TOKEN_GRACE_DAYS, RotatedSecretSchema, SecretParamsSchema, type RotatedSecret } from '../../../shared/secrets.ts';
import { replaceOrderTokenSecret, replaceWebhookSecret } from '../db/shops.ts';
import { newOwnerKey } from '../domain/keys.ts';
import type { AppEnv } from '../env.ts';
import { validationHook } from '../errors.ts';
import { errorResponses } from './openapi-responses.ts';

const rotateRoute = createRoute({
  method: 'post',
  path: '/v1/shops/{shopId}/secrets/{name}/rotate',
  operationId: 'rotateSecret',
  tags: ['Keys'],
  summary: 'Replace the webhook signing secret or the order-token secret',
  description:
    'Owner only. Returns the new secret once. `webhook`: every delivery from now on (retries included) is signed with the new ' +
    `secret at once. \`order-token\`: new tokens must be signed with the new secret; tokens signed with the previous one still verify for ` +
    `${ORDER_TOKEN_GRACE_DAYS} days (\`previousValidUntil\`), so review links already sent by e-mail keep working. Rotating again ` +
    'within that time ends the grace of the older secret. Any other name is a 400.',
  security: [{ ownerKey: [] }],
  request: { params: SecretParamsSchema },
  responses: {
    200: { description: 'The new secret', content: { 'application/json': { schema: RotatedSecretSchema } } },
    ...errorResponses(400, 401, 403, 404, 413, 415),
  },
});

const newSecret = (prefix: string) => newOwnerKey().replace(/^opk_/, prefix);

export const secretsRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(rotateRoute, async (c) => {
  const { name } = c.req.valid('param');
  if (name === 'webhook') {
    const secret = newSecret('whs_');
    await replaceWebhookSecret(c.env.DB, c.var.shop.id, secret);
    return c.json({ name, secret } satisfies RotatedSecret, 200);
  }
  const secret = newSecret('ots_');
  const hadSecret = c.var.shop.orderTokenSecret !== null;
  const previousValidUntil = new Date(Date.now() + ORDER_TOKEN_GRACE_DAYS * 86_400_000).toISOString();
  await replaceOrderTokenSecret(c.env.DB, c.var.shop.id, secret, previousValidUntil);
  return c.json({ name, secret, ...(hadSecret ? { previousValidUntil } : {}) } satisfies RotatedSecret, 200);
});
