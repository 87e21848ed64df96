import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { CreatedShopSchema, CreateShopSchema } from '../../../shared/schemas.ts';
import { insertShop } from '../db/shops.ts';
import { EMBED_CSS, embedSnippet, scriptTag } from '../domain/embed.ts';
import { publicOrigin } from '../domain/public-url.ts';
import { constantTimeEqual, hashKey, newOwnerKey, newShopId } from '../domain/keys.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, validationHook } from '../errors.ts';
import { errorResponses } from './openapi-responses.ts';

const createShopRoute = createRoute({
  method: 'post',
  path: '/v1/shops',
  operationId: 'createShop',
  tags: ['Shops'],
  summary: 'Create a shop',
  description: 'Returns the owner key once (only its hash is stored) and the script tag to embed.',
  request: { body: { required: true, content: { 'application/json': { schema: CreateShopSchema } } } },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: CreatedShopSchema } } },
    ...errorResponses(400, 401, 413, 415, 429),
  },
});

export const shopsRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(createShopRoute, async (c) => {
  const signupToken = c.env.SIGNUP_TOKEN;
  if (signupToken) {
    const presented = /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '')?.[1] ?? '';
    if (!constantTimeEqual(await hashKey(presented), await hashKey(signupToken))) {
      throw new ApiError(401, 'unauthorized', 'Creating a shop needs Authorization: Bearer <SIGNUP_TOKEN>.');
    }
  }
  const input = c.req.valid('json');
  const shopId = newShopId();
  const ownerKey = newOwnerKey();
  await insertShop(c.env.DB, {
    id: shopId,
    name: input.name,
    origins: input.origins,
    defaultLocale: input.defaultLocale ?? null,
    ownerKeyHash: await hashKey(ownerKey),
    createdAt: new Date().toISOString(),
  });
  const origin = publicOrigin(c.env.PUBLIC_URL, c.req.url);
  return c.json(
    { shopId, ownerKey, embed: embedSnippet(origin, shopId), embedCss: EMBED_CSS, scriptTag: scriptTag(origin, shopId) },
    201,
  );
});
