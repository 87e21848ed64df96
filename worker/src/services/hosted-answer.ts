import type { InvitationLocale, InvitationTouchpoint } from '../../../shared/invitations.ts';
import { ResponseInputSchema, type Touchpoint } from '../../../shared/schemas.ts';
import { invitationConfig, type InvitationConfig } from '../db/invitation-settings.ts';
import { findInvitation, findOrder, markOpened, type StoredInvitation, type StoredOrder } from '../db/orders.ts';
import { deleteAnswers, saveAnswer } from '../db/responses.ts';
import { findShop, type Shop } from '../db/shops.ts';
import { attentionItemOf, prepareAnswer, type StoredAnswer } from '../domain/answer.ts';
import { attentionOnIntake } from '../domain/moderation.ts';
import { invitationLocale, textsFor } from '../domain/invitation-texts.ts';
import { peekInvitationToken, verifyInvitationToken } from '../domain/invitation-token.ts';
import { webhookPayload } from '../domain/webhooks.ts';
import { reviewIntake } from './review-intake.ts';

/** How long after answering the shopper may still change the answer. */
export const CHANGE_WINDOW_MS = 24 * 3_600_000;

const EXPERIENCE_TOUCHPOINT: Record<Exclude<InvitationTouchpoint, 'reviews'>, Touchpoint> = {
  delivery: 'delivery',
  return: 'return',
  support: 'support',
};

export interface Hosted {
  shop: Shop;
  config: InvitationConfig;
  order: StoredOrder;
  touchpoint: InvitationTouchpoint;
  invitation: StoredInvitation | null;
  locale: InvitationLocale;
}

export type HostedLookup =
  | { ok: true; hosted: Hosted }
  | {
      ok: false;
      reason: 'invalid' | 'expired' | 'gone';
      shop: Shop | null;
      config: InvitationConfig | null;
      locale: InvitationLocale;
    };

/** Checks a `/f/<token>` token and loads what it points at. Never throws for a bad token. */
export async function lookupHosted(db: D1Database, token: string, kind: 'f' | 'u', now: Date): Promise<HostedLookup> {
  const peeked = peekInvitationToken(token);
  const shop = typeof peeked?.s === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(peeked.s) ? await findShop(db, peeked.s) : null;
  const fallbackLocale = invitationLocale(shop?.defaultLocale);
  if (!shop) return { ok: false, reason: 'invalid', shop: null, config: null, locale: fallbackLocale };
  const config = await invitationConfig(db, shop.id);
  const check = await verifyInvitationToken(config.tokenSecret, token, kind, now);
  if (!check.ok && check.reason === 'expired' && typeof peeked?.o === 'string') {
    // Signed by the shop, only too old: the page can still speak the shopper's language.
    const expiredOrder = await findOrder(db, shop.id, peeked.o);
    return { ok: false, reason: 'expired', shop, config, locale: invitationLocale(expiredOrder?.locale, shop.defaultLocale) };
  }
  if (!check.ok) return { ok: false, reason: check.reason, shop, config, locale: fallbackLocale };
  const order = await findOrder(db, shop.id, check.payload.o);
  if (!order) return { ok: false, reason: 'gone', shop, config, locale: fallbackLocale };
  const invitation = await findInvitation(db, shop.id, order.orderId, check.payload.t);
  return {
    ok: true,
    hosted: {
      shop,
      config,
      order,
      touchpoint: check.payload.t,
      invitation,
      locale: invitationLocale(order.locale, shop.defaultLocale),
    },
  };
}

/** Opening the page is recorded as "opened" only: mail scanners open links too, so a GET is never an answer. */
export async function recordOpened(db: D1Database, hosted: Hosted, now: Date): Promise<void> {
  if (hosted.invitation && !hosted.invitation.openedAt) await markOpened(db, hosted.invitation.id, now.toISOString());
}

export function canChange(invitation: StoredInvitation | null, now: Date): boolean {
  return !!invitation?.answeredAt && now.getTime() - Date.parse(invitation.answeredAt) < CHANGE_WINDOW_MS;
}

type FormValues = Record<string, string | File>;
const field = (form: FormValues, name: string): string | undefined => {
  const value = form[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};
const integer = (value: string | undefined) => (value !== undefined && /^\d{1,2}$/.test(value) ? Number(value) : undefined);

/** The answers a submitted form makes, validated by the one schema every answer passes. */
function answersFromForm(
  hosted: Hosted,
  form: FormValues,
): { input: ReturnType<typeof ResponseInputSchema.parse>; product?: { name?: string | undefined } }[] | null {
  const base = {
    locale: hosted.order.locale ?? undefined,
    orderId: hosted.order.orderId,
    ...(hosted.order.customerRef ? { customerRef: hosted.order.customerRef } : {}),
  };
  const parsed: { input: ReturnType<typeof ResponseInputSchema.parse>; product?: { name?: string | undefined } }[] = [];
  if (hosted.touchpoint === 'reviews') {
    hosted.order.products.forEach((product, index) => {
      const rating = integer(field(form, `rating.${index}`));
      if (rating === undefined) return;
      const result = ResponseInputSchema.safeParse({
        ...base,
        clientId: crypto.randomUUID(),
        kind: 'review',
        touchpoint: 'post_purchase',
        rating,
        productId: product.productId,
        comment: field(form, `body.${index}`),
        title: field(form, `title.${index}`),
        authorName: field(form, 'authorName'),
        productName: product.name,
      });
      if (result.success) parsed.push({ input: result.data, product });
    });
    return parsed.length ? parsed : null;
  }
  const result = ResponseInputSchema.safeParse({
    ...base,
    clientId: crypto.randomUUID(),
    kind: 'experience',
    touchpoint: EXPERIENCE_TOUCHPOINT[hosted.touchpoint],
    rating: integer(field(form, 'rating')),
    nps: integer(field(form, 'nps')),
    comment: field(form, 'comment'),
  });
  if (!result.success || (result.data.rating === undefined && result.data.nps === undefined)) return null;
  return [{ input: result.data }];
}

/**
 * Records what the shopper sent from the page (channel `link`): one answer per order and touchpoint; within
 * 24 h of answering, sending again replaces the earlier answer. Reviews from the page are verified purchases.
 */
export async function recordHostedAnswer(
  db: D1Database,
  hosted: Hosted,
  form: FormValues,
  sourceHash: string,
  now: Date,
): Promise<{ ok: true; ids: string[] } | { ok: false; error: string; status: 400 | 409 }> {
  const t = textsFor(hosted.locale);
  const answers = answersFromForm(hosted, form);
  if (!answers) return { ok: false, error: t.chooseRating, status: 400 };
  const { shop, order } = hosted;
  const nowIso = now.toISOString();

  // Claim the invitation (made here if the link was used before anything was sent): one answer per order and
  // touchpoint, or a change within the window by whoever read the current answer.
  await db
    .prepare(
      `INSERT INTO order_invitations (id, shop_id, order_id, touchpoint, status, skip_reason, send_at, created_at)
       VALUES (?, ?, ?, ?, 'skipped', 'answered_first', ?5, ?5) ON CONFLICT (shop_id, order_id, touchpoint) DO NOTHING`,
    )
    .bind(crypto.randomUUID(), shop.id, order.orderId, hosted.touchpoint, nowIso)
    .run();
  const current = await findInvitation(db, shop.id, order.orderId, hosted.touchpoint);
  if (!current) throw new Error('invitation vanished');
  if (current.answeredAt && !canChange(current, now)) return { ok: false, error: t.already, status: 409 };
  // The claim records the old answers and the new ones' ids before any is written: the writes below are several
  // batches, and a worker that dies between them must not leave an answer the next change cannot find and replace.
  const ids = answers.map(() => crypto.randomUUID());
  const claimed = await db
    .prepare(
      `UPDATE order_invitations SET answered_at = ?1, answer_ids = ?4,
         skip_reason = CASE WHEN status = 'scheduled' THEN 'answered_first' ELSE skip_reason END,
         status = CASE WHEN status = 'scheduled' THEN 'skipped' ELSE status END
       WHERE id = ?2 AND answered_at IS ?3 RETURNING id`,
    )
    .bind(nowIso, current.id, current.answeredAt, JSON.stringify([...current.answerIds, ...ids]))
    .first();
  if (!claimed) return { ok: false, error: t.already, status: 409 };
  if (current.answerIds.length) await deleteAnswers(db, shop.id, current.answerIds);

  const kept: string[] = [];
  for (const [index, { input, product }] of answers.entries()) {
    const { answer, attention: called } = prepareAnswer(input, shop, ids[index]!, now);
    const stored: StoredAnswer = { ...answer, channel: 'link' };
    const review = await reviewIntake(
      db,
      shop,
      stored,
      { verifiedOrderId: order.orderId, title: input.title, authorName: input.authorName, productName: product?.name },
      sourceHash,
      now,
    );
    const attention = attentionOnIntake(called, review);
    const alerting = attention.length > 0 && shop.webhooks.length > 0;
    const payload = alerting
      ? JSON.stringify(webhookPayload(shop, attentionItemOf(stored, attention, input.title ?? null, review)))
      : '';
    const deliveries = alerting ? shop.webhooks.map((url) => ({ id: crypto.randomUUID(), url, payload })) : [];
    const saved = await saveAnswer(db, stored, { attention, deliveries, review }).catch((error: unknown) => {
      // The product was already reviewed with this order (e.g. on the shop's page with an order token): keep that one.
      if (String(error).includes('used_order_tokens')) return null;
      throw error;
    });
    if (saved) kept.push(saved.id);
  }
  await db.prepare('UPDATE order_invitations SET answer_ids = ? WHERE id = ?').bind(JSON.stringify(kept), current.id).run();
  return { ok: true, ids: kept };
}
