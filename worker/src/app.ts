import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { MAX_BODY_BYTES } from '../../shared/schemas.ts';
import type { AppEnv } from './env.ts';
import { ApiError, notFound, onError, validationHook } from './errors.ts';
import { requireJsonBody, requirePlainContentLength } from './middleware/json-content-type.ts';
import { methodCheck } from './middleware/method-check.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import { requireOwnerKey } from './middleware/owner-auth.ts';
import { loadShop } from './middleware/shop.ts';
import { shopCors } from './middleware/shop-cors.ts';
import { publicErrorCors } from './middleware/public-error-cors.ts';
import { attentionRoutes } from './routes/attention.ts';
import { docsPage } from './routes/docs-page.ts';
import { auditRoutes } from './routes/audit.ts';
import { attentionReplyRoutes } from './routes/attention-reply.ts';
import { widgetConfigRoutes } from './routes/widget-config.ts';
import { customersRoutes } from './routes/customers.ts';
import { exportRoutes } from './routes/export.ts';
import { hostedPageRoutes } from './routes/hosted-page.ts';
import { invitationsRoutes } from './routes/invitations.ts';
import { invitationAuditRoutes } from './routes/invitation-audit.ts';
import { keysRoutes } from './routes/keys.ts';
import { secretsRoutes } from './routes/secrets.ts';
import { ordersRoutes } from './routes/orders.ts';
import { orderTokenCheckRoutes } from './routes/order-token-check.ts';
import { privacyRoutes } from './routes/privacy.ts';
import { repliesPublicRoutes } from './routes/replies-public.ts';
import { responsesRoutes } from './routes/responses.ts';
import { reviewsOwnerRoutes } from './routes/reviews-owner.ts';
import { reviewsPublicRoutes } from './routes/reviews-public.ts';
import { settingsRoutes } from './routes/settings.ts';
import { shopsRoutes } from './routes/shops.ts';
import { summaryRoutes } from './routes/summary.ts';
import { documentedPaths, openApiDocument } from './openapi/document.ts';
import { registerWebhooks } from './openapi/webhooks.ts';
import { publicOrigin } from './domain/public-url.ts';
import { testAnswerRoutes } from './routes/test-answer.ts';

export function createApp() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(onError);
  app.notFound(notFound);

  // First: unknown /v1 paths are 404, a wrong method on a documented path is 405 with the path's `Allow` (read from
  // the OpenAPI routes, so every /v1 route must be a documented `createRoute` + `.openapi` route).
  app.use('*', securityHeaders);
  app.use(
    '*',
    methodCheck(() => documentedPaths(app)),
  );
  app.use('/v1/*', requirePlainContentLength);
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `The body may be at most ${MAX_BODY_BYTES} bytes.`);
      },
    }),
  );
  app.on(['POST', 'PUT', 'PATCH'], '/v1/*', requireJsonBody);
  // The hosted feedback and unsubscribe pages take small HTML forms.
  for (const pagePath of ['/f/*', '/u/*']) {
    app.post(
      pagePath,
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: (c) => c.html('<!doctype html><meta charset="utf-8"><title>413</title><p>The form is too large.</p>', 413),
      }),
    );
  }

  // Shoppers' browsers post answers from the shop's origins; everything else under a shop is the owner's.
  app.on(['POST', 'OPTIONS'], '/v1/shops/:shopId/responses', publicErrorCors, loadShop, shopCors);
  app.post('/v1/shops/:shopId/responses', rateLimit);
  app.post('/v1/shops', rateLimit);
  for (const publicPath of [
    'products/:productId/reviews',
    'products/:productId/reviews.jsonld',
    'reviews/:id/helpful',
    'invitations',
    'replies',
    'order-tokens/check',
  ]) {
    app.use(`/v1/shops/:shopId/${publicPath}`, publicErrorCors, loadShop, shopCors);
  }
  app.use('/v1/shops/:shopId/config', loadShop, shopCors);
  app.post('/v1/shops/:shopId/reviews/:id/helpful', rateLimit);
  app.post('/v1/shops/:shopId/invitations', rateLimit);
  app.post('/v1/shops/:shopId/order-tokens/check', rateLimit);
  app.on(['GET', 'HEAD'], '/v1/shops/:shopId/responses', loadShop, requireOwnerKey);
  const ownerPaths = [
    'summary',
    'responses.csv',
    'attention',
    'attention/*',
    'customers',
    'customers/*',
    'orders',
    'orders/*',
    'invitations/preview',
    'invitations/order-audit',
    'dev/mailbox',
    'keys/*',
    'secrets/:name/rotate',
    'settings',
    'test-answer',
  ];
  const auditOwnerPaths = ['audit', 'audit/digest'];
  const reviewOwnerPaths = [
    'moderation',
    'moderation/log',
    'reviews/:id/decision',
    'reviews/:id/reply',
    'products',
    'invitations/audit',
  ];
  for (const ownerPath of [...ownerPaths, ...reviewOwnerPaths, ...auditOwnerPaths]) {
    app.use(`/v1/shops/:shopId/${ownerPath}`, loadShop, requireOwnerKey);
  }
  app.use('/v1/shops/:shopId/products/:productId', loadShop, requireOwnerKey); // PUT: the owner names a product

  app.route('/', shopsRoutes);
  app.route('/', responsesRoutes);
  app.route('/', summaryRoutes);
  app.route('/', auditRoutes);
  app.route('/', widgetConfigRoutes);
  app.route('/', attentionRoutes);
  app.route('/', attentionReplyRoutes);
  app.route('/', repliesPublicRoutes);
  app.route('/', customersRoutes);
  app.route('/', settingsRoutes);
  app.route('/', exportRoutes);
  app.route('/', privacyRoutes);
  app.route('/', keysRoutes);
  app.route('/', secretsRoutes);
  app.route('/', ordersRoutes);
  app.route('/', hostedPageRoutes);
  app.route('/', invitationsRoutes);
  app.route('/', invitationAuditRoutes);
  app.route('/', reviewsPublicRoutes);
  app.route('/', reviewsOwnerRoutes);
  app.route('/', testAnswerRoutes);
  app.route('/', orderTokenCheckRoutes);

  registerWebhooks(app);
  app.openAPIRegistry.registerComponent('securitySchemes', 'ownerKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'The owner key returned once by POST /v1/shops.',
  });
  let document: ReturnType<typeof openApiDocument> | undefined;
  app.get('/openapi.json', (c) => {
    document ??= openApiDocument(app);
    return c.json({ ...document, servers: [{ url: publicOrigin(c.env.PUBLIC_URL, c.req.url) }] });
  });
  app.get('/docs', docsPage);

  return app;
}
