import type { InvitationTouchpoint, Order, OrderCreated, OrderEventType, OrderInput } from '../../../shared/invitations.ts';
import type { InvitationConfig } from '../db/invitation-settings.ts';
import {
  findOrder,
  orderInvitations,
  recordOrderEvent,
  scheduleInvitations,
  upsertOrder,
  type StoredOrder,
} from '../db/orders.ts';
import { contactHash } from '../domain/contact-hash.ts';
import { sendAtFor, touchpointsFor } from '../domain/invitation-schedule.ts';
import { signInvitationToken } from '../domain/invitation-token.ts';

const DAY_MS = 86_400_000;

/** The hosted page of one order and touchpoint: `<origin>/f/<signed token>`, valid `expiresDays`. */
export async function invitationLink(
  config: InvitationConfig,
  order: StoredOrder,
  touchpoint: InvitationTouchpoint,
  now: Date,
): Promise<string> {
  const token = await signInvitationToken(config.tokenSecret, {
    k: 'f',
    s: order.shopId,
    o: order.orderId,
    t: touchpoint,
    ...(order.customerRef ? { c: order.customerRef } : {}),
    ...(touchpoint === 'reviews' ? { p: order.products.map((product) => product.productId) } : {}),
    exp: Math.floor((now.getTime() + config.settings.expiresDays * DAY_MS) / 1000),
  });
  return `${order.linkBase}/f/${token}`;
}

/** One-click unsubscribe link (`/u/<token>`): for the contact hash, or the customer reference. */
export async function unsubscribeLink(config: InvitationConfig, order: StoredOrder, now: Date): Promise<string> {
  const token = await signInvitationToken(config.tokenSecret, {
    k: 'u',
    s: order.shopId,
    o: order.orderId,
    t: 'delivery',
    ...(order.contactHash ? { h: order.contactHash } : {}),
    exp: Math.floor((now.getTime() + 365 * DAY_MS) / 1000),
  });
  return `${order.linkBase}/u/${token}`;
}

function experienceTouchpoint(order: StoredOrder): InvitationTouchpoint {
  if (order.supportClosedAt && !order.deliveredAt) return 'support';
  return 'delivery';
}

async function scheduledOf(db: D1Database, order: StoredOrder) {
  return (await orderInvitations(db, order.shopId, order.orderId))
    .filter((invitation) => invitation.status === 'scheduled')
    .map(({ touchpoint, sendAt }) => ({ touchpoint, sendAt }));
}

/**
 * Stores an order (or updates it: same orderId) and schedules its invitations. The e-mail address is stored
 * only when the shop has a mail provider (Opinia sends itself); otherwise only its salted hash.
 */
export async function recordOrder(
  db: D1Database,
  config: InvitationConfig,
  input: OrderInput,
  linkBase: string,
  now: Date,
): Promise<{ created: boolean; body: OrderCreated }> {
  const hash = await contactHash(config.hashSalt, { email: input.email, customerRef: input.customerRef });
  const order: StoredOrder = {
    shopId: config.shopId,
    orderId: input.orderId,
    customerRef: input.customerRef ?? null,
    email: config.email && input.email ? input.email : null,
    contactHash: hash,
    locale: input.locale ?? null,
    products: (input.products ?? []).map(({ productId, name }) => (name ? { productId, name } : { productId })),
    linkBase,
    purchasedAt: input.purchasedAt ?? null,
    deliveredAt: input.deliveredAt ?? null,
    returnedAt: null,
    supportClosedAt: null,
  };
  const created = await upsertOrder(db, order, now.toISOString());
  const stored = (await findOrder(db, config.shopId, input.orderId)) ?? order;
  if (stored.deliveredAt) await scheduleFor(db, config, stored, 'delivered', stored.deliveredAt, now);
  const links: OrderCreated['links'] = { experience: await invitationLink(config, stored, experienceTouchpoint(stored), now) };
  if (stored.products.length) links.reviews = await invitationLink(config, stored, 'reviews', now);
  return { created, body: { orderId: stored.orderId, links, scheduled: await scheduledOf(db, stored) } };
}

async function scheduleFor(
  db: D1Database,
  config: InvitationConfig,
  order: StoredOrder,
  event: OrderEventType,
  at: string,
  now: Date,
) {
  const plan = touchpointsFor(event, order.products.length > 0).map((touchpoint) => ({
    touchpoint,
    sendAt: sendAtFor(touchpoint, at, config.settings),
  }));
  await scheduleInvitations(db, order.shopId, order.orderId, plan, now.toISOString());
}

/** Records a delivery, return or closed support case and schedules the matching invitation. null: no such order. */
export async function recordEvent(
  db: D1Database,
  config: InvitationConfig,
  orderId: string,
  event: { type: OrderEventType; at?: string | undefined },
  now: Date,
): Promise<OrderCreated | null> {
  const order = await findOrder(db, config.shopId, orderId);
  if (!order) return null;
  const at = event.at ?? now.toISOString();
  await recordOrderEvent(db, config.shopId, orderId, event.type, at, now.toISOString());
  await scheduleFor(db, config, order, event.type, at, now);
  const updated = (await findOrder(db, config.shopId, orderId)) ?? order;
  const links: OrderCreated['links'] = { experience: await invitationLink(config, updated, experienceTouchpoint(updated), now) };
  if (updated.products.length) links.reviews = await invitationLink(config, updated, 'reviews', now);
  return { orderId, links, scheduled: await scheduledOf(db, updated) };
}

/** What was scheduled, sent, opened and answered for an order. */
export async function orderView(db: D1Database, config: InvitationConfig, orderId: string, now: Date): Promise<Order | null> {
  const order = await findOrder(db, config.shopId, orderId);
  if (!order) return null;
  const invitations = await orderInvitations(db, config.shopId, orderId);
  return {
    orderId: order.orderId,
    customerRef: order.customerRef,
    locale: order.locale,
    products: order.products,
    purchasedAt: order.purchasedAt,
    deliveredAt: order.deliveredAt,
    returnedAt: order.returnedAt,
    supportClosedAt: order.supportClosedAt,
    emailKept: order.email !== null,
    invitations: await Promise.all(
      invitations.map(async (invitation) => ({
        touchpoint: invitation.touchpoint,
        status: invitation.status,
        skipReason: invitation.skipReason,
        sendAt: invitation.sendAt,
        sentAt: invitation.sentAt,
        via: invitation.via,
        remindedAt: invitation.remindedAt,
        openedAt: invitation.openedAt,
        answeredAt: invitation.answeredAt,
        link: await invitationLink(config, order, invitation.touchpoint, now),
      })),
    ),
  };
}
