import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { DevMailboxSchema, EmailMessageSchema, PreviewQuerySchema } from '../../../shared/invitations.ts';
import { ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { invitationConfig } from '../db/invitation-settings.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, validationHook } from '../errors.ts';
import { invitationEmail } from '../views/invitation-email.ts';
import { errorResponses } from './openapi-responses.ts';

const TAGS = ['Invitations'];

const previewRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/invitations/preview',
  operationId: 'previewInvitationEmail',
  tags: TAGS,
  summary: 'The invitation e-mail as it would go out (subject, text, HTML, headers), for a sample order',
  description:
    "Built with the shop's current settings for the touchpoint and language asked, as the shopper would receive it. Nothing is sent or stored.",
  security: [{ ownerKey: [] }],
  request: { params: ShopIdParamsSchema, query: PreviewQuerySchema },
  responses: {
    200: { description: 'The e-mail', content: { 'application/json': { schema: EmailMessageSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

const mailboxRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/dev/mailbox',
  operationId: 'listDevMailbox',
  tags: TAGS,
  summary: 'Development only (`npm start`): every e-mail that would have gone out, newest first',
  description: 'Answers 404 `not_found` on a deployed worker.',
  security: [{ ownerKey: [] }],
  request: { params: ShopIdParamsSchema },
  responses: {
    200: { description: 'The e-mails', content: { 'application/json': { schema: DevMailboxSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export const invitationsRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(previewRoute, async (c) => {
    const { touchpoint, locale } = c.req.valid('query');
    const config = await invitationConfig(c.env.DB, c.var.shop.id);
    const origin = new URL(c.req.url).origin;
    const email = invitationEmail({
      locale,
      shopName: c.var.shop.name,
      brandColor: config.settings.brandColor,
      orderId: '1001',
      touchpoint,
      question: config.settings.question,
      products: [
        { productId: 'sample-1', name: { en: 'Sample product', pl: 'Przykładowy produkt', cs: 'Ukázkový produkt' }[locale] },
      ],
      link: `${origin}/f/preview`,
      unsubscribe: `${origin}/u/preview`,
      reminder: false,
    });
    return c.json(email, 200);
  })
  .openapi(mailboxRoute, async (c) => {
    if (c.env.ENVIRONMENT !== 'development')
      throw new ApiError(404, 'not_found', 'The dev mailbox exists under `npm start` only.');
    const { results } = await c.env.DB.prepare(
      'SELECT id, order_id, to_address, subject, text_body, html_body, headers, created_at, touchpoint, locale, reminder, link FROM dev_mailbox WHERE shop_id = ? ORDER BY id DESC LIMIT 100',
    )
      .bind(c.var.shop.id)
      .all<{
        id: number;
        order_id: string;
        to_address: string | null;
        subject: string;
        text_body: string;
        html_body: string;
        headers: string;
        created_at: string;
        touchpoint: string | null;
        locale: string | null;
        reminder: number;
        link: string | null;
      }>();
    const emails = results.map((row) => ({
      id: row.id,
      orderId: row.order_id,
      to: row.to_address,
      subject: row.subject,
      text: row.text_body,
      html: row.html_body,
      headers: JSON.parse(row.headers) as Record<string, string>,
      createdAt: row.created_at,
      touchpoint: row.touchpoint,
      locale: row.locale,
      reminder: row.reminder === 1,
      link: row.link,
    }));
    return c.json({ emails }, 200);
  });
