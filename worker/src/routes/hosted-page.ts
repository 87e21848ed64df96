import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { unsubscribeContact } from '../db/invitation-contacts.ts';
import { clientHash } from '../domain/client-hash.ts';
import { momentInWords } from '../domain/dates.ts';
import { acceptedLanguages } from '../domain/accept-language.ts';
import { fill, invitationLocale, textsFor } from '../domain/invitation-texts.ts';
import type { AppEnv } from '../env.ts';
import {
  canChange,
  lookupHosted,
  recordHostedAnswer,
  recordOpened,
  type Hosted,
  type HostedLookup,
} from '../services/hosted-answer.ts';
import { formPage, messagePage, unsubscribePage, type PageShop } from '../views/feedback-page.ts';
import { invitationConfig } from '../db/invitation-settings.ts';
import { isFollowUpToken, lookupFollowUp, recordFollowUp, type FollowUpPage } from '../services/follow-up-page.ts';
import { deliverDueWebhooks } from '../services/webhook-delivery.ts';
import { followUpDonePage, followUpFormPage } from '../views/follow-up-page.ts';

const TAGS = ['Hosted page'];
const TokenParamsSchema = z.object({
  token: z
    .string()
    .min(1)
    .max(2048)
    .meta({ param: { name: 'token', in: 'path' } }),
});
const PageQuerySchema = z.object({
  r: z
    .string()
    .max(8)
    .optional()
    .meta({ description: 'Pre-selects 1–5 stars (a link in the e-mail). Never recorded by itself.' }),
  n: z.string().max(8).optional().meta({ description: 'Pre-selects 0–10. Never recorded by itself.' }),
  p: z.string().max(128).optional().meta({ description: 'Review page: the product `r` is for.' }),
  change: z.string().max(8).optional().meta({ description: '`1`: show the form again to change an answer (within 24 h).' }),
  done: z.string().max(8).optional(),
});
const html = (description: string) => ({ description, content: { 'text/html': { schema: z.string() } } });
const pageErrors = {
  400: html('The form was sent without a rating; shown again with a message.'),
  404: html('A link that is not valid (tampered, unknown shop) or whose order was erased.'),
  409: html('Already answered, and the 24 h to change it are over.'),
  410: html('An expired link.'),
  413: html('A form over 16 KB.'),
};

const pageRoute = createRoute({
  method: 'get',
  path: '/f/{token}',
  operationId: 'showFeedbackPage',
  tags: TAGS,
  summary: 'The hosted feedback page of an invitation, or the follow-up page of a reply (HTML)',
  description:
    'A follow-up token (`fut_…`, from `attention.replied`\'s `followUp.link`) opens "Did we make it right?" under the shop\'s reply. ' +
    'Opening it never records an answer — mail scanners fetch every link in a message. `?r=`/`?n=` only pre-select; the answer is recorded ' +
    'when the shopper presses Send (a POST). No script, no cookie, no third-party request.',
  request: { params: TokenParamsSchema, query: PageQuerySchema },
  responses: { 200: html('The form, or "thank you, you already answered"'), 404: pageErrors[404], 410: pageErrors[410] },
});

const answerRoute = createRoute({
  method: 'post',
  path: '/f/{token}',
  operationId: 'answerFeedbackPage',
  tags: TAGS,
  summary: "Send the hosted page's form (application/x-www-form-urlencoded)",
  description:
    'One answer per order and touchpoint (channel `link`); sending again within 24 h replaces it. Reviews sent here are verified purchases.',
  request: { params: TokenParamsSchema },
  responses: { 303: { description: 'Recorded: on to the thank-you page' }, ...pageErrors },
});

const unsubscribePageRoute = createRoute({
  method: 'get',
  path: '/u/{token}',
  operationId: 'showUnsubscribePage',
  tags: TAGS,
  summary: 'Unsubscribe page (HTML): a button; opening it unsubscribes nobody',
  description:
    "Opening the link changes nothing (mail scanners fetch every link in a message): the page shows one button, which sends the POST. In the invitation's language; no script, no cookie.",
  request: { params: TokenParamsSchema },
  responses: { 200: html('The page'), 404: pageErrors[404], 410: pageErrors[410] },
});

const unsubscribeRoute = createRoute({
  method: 'post',
  path: '/u/{token}',
  operationId: 'unsubscribe',
  tags: TAGS,
  summary: "Unsubscribe (RFC 8058 one-click `List-Unsubscribe=One-Click`, or the page's button)",
  description:
    "Stops this shop's invitation e-mails to the order's address (kept as a salted hash). Mail clients send it by themselves for `List-Unsubscribe-Post: List-Unsubscribe=One-Click`; sending it again changes nothing.",
  request: { params: TokenParamsSchema },
  responses: { 200: html('Unsubscribed'), 404: pageErrors[404], 410: pageErrors[410], 413: pageErrors[413] },
});

const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Robots-Tag': 'noindex',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
};

function pageShop(lookup: { shop: { name: string } | null; config: { settings: { brandColor: string } } | null }): PageShop {
  return { name: lookup.shop?.name ?? 'Opinia', brandColor: lookup.config?.settings.brandColor ?? '#2f6f4f' };
}

function send<S extends 200 | 400 | 404 | 409 | 410>(c: Context<AppEnv>, body: string, status: S) {
  return c.body(body, status, PAGE_HEADERS);
}

function failedLookup(c: Context<AppEnv>, lookup: Extract<HostedLookup, { ok: false }>) {
  const t = textsFor(lookup.locale);
  const shop = pageShop(lookup);
  if (lookup.reason === 'expired') return send(c, messagePage(lookup.locale, shop, t.expired, t.expiredHelp), 410);
  if (lookup.reason === 'gone') return send(c, messagePage(lookup.locale, shop, t.gone, null), 404);
  return send(c, messagePage(lookup.locale, shop, t.invalid, t.invalidHelp), 404);
}

const optionalInt = (value: string | undefined, min: number, max: number) => {
  const n = value !== undefined && /^\d{1,2}$/.test(value) ? Number(value) : Number.NaN;
  return n >= min && n <= max ? n : undefined;
};

function showForm(hosted: Hosted, query: z.infer<typeof PageQuerySchema>, error?: string): string {
  return formPage({
    locale: hosted.locale,
    shop: { name: hosted.shop.name, brandColor: hosted.config.settings.brandColor },
    orderId: hosted.order.orderId,
    touchpoint: hosted.touchpoint,
    question: hosted.config.settings.question,
    products: hosted.order.products,
    preselect: { rating: optionalInt(query.r, 1, 5), nps: optionalInt(query.n, 0, 10), productId: query.p },
    error,
  });
}

function answeredPage(hosted: Hosted, token: string, now: Date, justNow: boolean): string {
  const t = textsFor(hosted.locale);
  const changeable = canChange(hosted.invitation, now);
  const until =
    changeable && hosted.invitation?.answeredAt
      ? fill(t.changeUntil, {
          time: momentInWords(hosted.locale, new Date(Date.parse(hosted.invitation.answeredAt) + 86_400_000)),
        })
      : null;
  return messagePage(
    hosted.locale,
    { name: hosted.shop.name, brandColor: hosted.config.settings.brandColor },
    justNow ? t.thanks : t.already,
    until,
    {
      orderId: hosted.order.orderId,
      changeHref: changeable ? `/f/${token}?change=1` : undefined,
    },
  );
}

async function followUpShop(db: D1Database, page: FollowUpPage): Promise<PageShop> {
  return { name: page.shop.name, brandColor: (await invitationConfig(db, page.shop.id)).settings.brandColor };
}

/**
 * A link nobody was given: a follow-up token unknown (or whose complaint was erased), or a path or query the routes'
 * schemas refuse (an over-long token or pre-selection: a link altered by hand). Nothing says whose it is, so the page
 * speaks the browser's language (Accept-Language: en, pl or cs; English otherwise). A shopper gets this page, never JSON.
 */
function invalidLink(c: Context<AppEnv>) {
  const locale = invitationLocale(...acceptedLanguages(c.req.header('Accept-Language')));
  const t = textsFor(locale);
  return send(c, messagePage(locale, { name: 'Opinia', brandColor: '#2f6f4f' }, t.invalid, t.invalidHelp), 404);
}

/** GET /f/<follow-up token>: the reply and "Did we make it right?", or thanks once it was answered. */
async function showFollowUp(c: Context<AppEnv>, token: string) {
  const page = await lookupFollowUp(c.env.DB, token);
  if (!page) return invalidLink(c);
  const shop = await followUpShop(c.env.DB, page);
  if (page.answered) return send(c, followUpDonePage(page.reply.lang, shop), 200);
  return send(c, followUpFormPage({ lang: page.reply.lang, shop, replyText: page.reply.text }), 200);
}

/** POST /f/<follow-up token>: records the follow-up (kind follow_up, channel link) and shows the thanks. */
async function answerFollowUp(c: Context<AppEnv>, token: string) {
  const page = await lookupFollowUp(c.env.DB, token);
  if (!page) return invalidLink(c);
  const result = await recordFollowUp(c.env.DB, page, await c.req.parseBody(), new Date());
  const shop = await followUpShop(c.env.DB, page);
  if (result.ok) {
    c.executionCtx.waitUntil(deliverDueWebhooks(c.env, page.shop.id));
    return c.body(null, 303, { Location: `/f/${token}`, 'Cache-Control': 'no-store' });
  }
  if (result.status === 409) return send(c, followUpDonePage(page.reply.lang, shop), 409);
  return send(c, followUpFormPage({ lang: page.reply.lang, shop, replyText: page.reply.text, error: true }), 400);
}

export const hostedPageRoutes = new OpenAPIHono<AppEnv>({
  defaultHook: (result, c) => (result.success ? undefined : invalidLink(c)),
})
  .openapi(pageRoute, async (c) => {
    const { token } = c.req.valid('param');
    if (isFollowUpToken(token)) return showFollowUp(c, token);
    const query = c.req.valid('query');
    const now = new Date();
    const lookup = await lookupHosted(c.env.DB, token, 'f', now);
    if (!lookup.ok) return failedLookup(c, lookup);
    const { hosted } = lookup;
    await recordOpened(c.env.DB, hosted, now);
    if (hosted.invitation?.answeredAt && !(query.change === '1' && canChange(hosted.invitation, now))) {
      return send(c, answeredPage(hosted, token, now, query.done === '1'), 200);
    }
    return send(c, showForm(hosted, query), 200);
  })
  .openapi(answerRoute, async (c) => {
    const { token } = c.req.valid('param');
    if (isFollowUpToken(token)) return answerFollowUp(c, token);
    const now = new Date();
    const lookup = await lookupHosted(c.env.DB, token, 'f', now);
    if (!lookup.ok) return failedLookup(c, lookup);
    const form = await c.req.parseBody();
    const source = await clientHash(c.req.header('CF-Connecting-IP') ?? 'unknown', c.env.IP_SALT, c.env.ENVIRONMENT);
    const result = await recordHostedAnswer(c.env.DB, lookup.hosted, form, source, now);
    if (result.ok) return c.body(null, 303, { Location: `/f/${token}?done=1`, 'Cache-Control': 'no-store' });
    if (result.status === 409) return send(c, answeredPage(lookup.hosted, token, now, false), 409);
    return send(c, showForm(lookup.hosted, {}, result.error), 400);
  })
  .openapi(unsubscribePageRoute, async (c) => {
    const lookup = await lookupHosted(c.env.DB, c.req.valid('param').token, 'u', new Date());
    if (!lookup.ok) return failedLookup(c, lookup);
    return send(c, unsubscribePage(lookup.hosted.locale, pageShop(lookup.hosted)), 200);
  })
  .openapi(unsubscribeRoute, async (c) => {
    const now = new Date();
    const lookup = await lookupHosted(c.env.DB, c.req.valid('param').token, 'u', now);
    if (!lookup.ok) return failedLookup(c, lookup);
    const { hosted } = lookup;
    await unsubscribeContact(c.env.DB, hosted.shop.id, hosted.order.contactHash, now.toISOString());
    const t = textsFor(hosted.locale);
    return send(c, messagePage(hosted.locale, pageShop(hosted), fill(t.unsubscribed, { shop: hosted.shop.name }), null), 200);
  });
