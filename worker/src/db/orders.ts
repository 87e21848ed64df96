import type { InvitationStatus, InvitationTouchpoint, OrderEventType } from '../../../shared/invitations.ts';

export interface OrderProduct {
  productId: string;
  name?: string;
}

export interface StoredOrder {
  shopId: string;
  orderId: string;
  customerRef: string | null;
  email: string | null;
  contactHash: string | null;
  locale: string | null;
  products: OrderProduct[];
  linkBase: string;
  purchasedAt: string | null;
  deliveredAt: string | null;
  returnedAt: string | null;
  supportClosedAt: string | null;
}

export interface StoredInvitation {
  id: string;
  shopId: string;
  orderId: string;
  touchpoint: InvitationTouchpoint;
  status: InvitationStatus;
  skipReason: string | null;
  sendAt: string;
  attempts: number;
  sentAt: string | null;
  via: string | null;
  reminderAt: string | null;
  remindedAt: string | null;
  openedAt: string | null;
  answeredAt: string | null;
  answerIds: string[];
}

export interface OrderRow {
  shop_id: string;
  order_id: string;
  customer_ref: string | null;
  email: string | null;
  contact_hash: string | null;
  locale: string | null;
  products: string;
  link_base: string;
  purchased_at: string | null;
  delivered_at: string | null;
  returned_at: string | null;
  support_closed_at: string | null;
}

export interface InvitationRow {
  id: string;
  shop_id: string;
  order_id: string;
  touchpoint: InvitationTouchpoint;
  status: InvitationStatus;
  skip_reason: string | null;
  send_at: string;
  attempts: number;
  sent_at: string | null;
  via: string | null;
  reminder_at: string | null;
  reminded_at: string | null;
  opened_at: string | null;
  answered_at: string | null;
  answer_ids: string;
}

export function toOrder(row: OrderRow): StoredOrder {
  return {
    shopId: row.shop_id,
    orderId: row.order_id,
    customerRef: row.customer_ref,
    email: row.email,
    contactHash: row.contact_hash,
    locale: row.locale,
    products: JSON.parse(row.products) as OrderProduct[],
    linkBase: row.link_base,
    purchasedAt: row.purchased_at,
    deliveredAt: row.delivered_at,
    returnedAt: row.returned_at,
    supportClosedAt: row.support_closed_at,
  };
}

export function toInvitation(row: InvitationRow): StoredInvitation {
  return {
    id: row.id,
    shopId: row.shop_id,
    orderId: row.order_id,
    touchpoint: row.touchpoint,
    status: row.status,
    skipReason: row.skip_reason,
    sendAt: row.send_at,
    attempts: row.attempts,
    sentAt: row.sent_at,
    via: row.via,
    reminderAt: row.reminder_at,
    remindedAt: row.reminded_at,
    openedAt: row.opened_at,
    answeredAt: row.answered_at,
    answerIds: JSON.parse(row.answer_ids) as string[],
  };
}

export async function findOrder(db: D1Database, shopId: string, orderId: string): Promise<StoredOrder | null> {
  const row = await db.prepare('SELECT * FROM orders WHERE shop_id = ? AND order_id = ?').bind(shopId, orderId).first<OrderRow>();
  return row ? toOrder(row) : null;
}

/** Inserts or updates an order; fields left null keep their stored value. Returns whether it was new. */
export async function upsertOrder(db: D1Database, order: StoredOrder, now: string): Promise<boolean> {
  const row = await db
    .prepare(
      `INSERT INTO orders (shop_id, order_id, customer_ref, email, contact_hash, locale, products, link_base, purchased_at, delivered_at,
         created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)
       ON CONFLICT (shop_id, order_id) DO UPDATE SET
         customer_ref = IFNULL(excluded.customer_ref, customer_ref), email = IFNULL(excluded.email, email),
         contact_hash = IFNULL(excluded.contact_hash, contact_hash), locale = IFNULL(excluded.locale, locale),
         products = CASE WHEN excluded.products = '[]' THEN products ELSE excluded.products END, link_base = excluded.link_base,
         purchased_at = IFNULL(excluded.purchased_at, purchased_at), delivered_at = IFNULL(excluded.delivered_at, delivered_at),
         updated_at = excluded.updated_at
       RETURNING created_at = updated_at AS created`,
    )
    .bind(
      order.shopId,
      order.orderId,
      order.customerRef,
      order.email,
      order.contactHash,
      order.locale,
      JSON.stringify(order.products),
      order.linkBase,
      order.purchasedAt,
      order.deliveredAt,
      now,
    )
    .first<{ created: number }>();
  return row?.created === 1;
}

const EVENT_COLUMNS: Record<OrderEventType, string> = {
  delivered: 'delivered_at',
  returned: 'returned_at',
  support_closed: 'support_closed_at',
};

export async function recordOrderEvent(
  db: D1Database,
  shopId: string,
  orderId: string,
  type: OrderEventType,
  at: string,
  now: string,
): Promise<void> {
  await db
    .prepare(`UPDATE orders SET ${EVENT_COLUMNS[type]} = ?, updated_at = ? WHERE shop_id = ? AND order_id = ?`)
    .bind(at, now, shopId, orderId)
    .run();
}

/** Schedules invitations; one already scheduled moves to the new time, one sent or answered stays as it is. */
export async function scheduleInvitations(
  db: D1Database,
  shopId: string,
  orderId: string,
  plan: { touchpoint: InvitationTouchpoint; sendAt: string }[],
  now: string,
): Promise<void> {
  if (plan.length === 0) return;
  await db.batch(
    plan.map(({ touchpoint, sendAt }) =>
      db
        .prepare(
          `INSERT INTO order_invitations (id, shop_id, order_id, touchpoint, send_at, created_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (shop_id, order_id, touchpoint) DO UPDATE SET send_at = excluded.send_at WHERE status = 'scheduled'`,
        )
        .bind(crypto.randomUUID(), shopId, orderId, touchpoint, sendAt, now),
    ),
  );
}

export async function orderInvitations(db: D1Database, shopId: string, orderId: string): Promise<StoredInvitation[]> {
  const { results } = await db
    .prepare('SELECT * FROM order_invitations WHERE shop_id = ? AND order_id = ? ORDER BY send_at, touchpoint')
    .bind(shopId, orderId)
    .all<InvitationRow>();
  return results.map(toInvitation);
}

export async function findInvitation(
  db: D1Database,
  shopId: string,
  orderId: string,
  touchpoint: InvitationTouchpoint,
): Promise<StoredInvitation | null> {
  const row = await db
    .prepare('SELECT * FROM order_invitations WHERE shop_id = ? AND order_id = ? AND touchpoint = ?')
    .bind(shopId, orderId, touchpoint)
    .first<InvitationRow>();
  return row ? toInvitation(row) : null;
}

/** The hosted page was opened (first time only). Mail scanners open it too: this is never an answer. */
export async function markOpened(db: D1Database, id: string, now: string): Promise<void> {
  await db.prepare('UPDATE order_invitations SET opened_at = IFNULL(opened_at, ?) WHERE id = ?').bind(now, id).run();
}

/** Everything stored about an order's invitations: erased with the order (GDPR). */
export function eraseOrderStatements(db: D1Database, shopId: string, orderId: string): D1PreparedStatement[] {
  return [
    db.prepare('DELETE FROM order_invitations WHERE shop_id = ? AND order_id = ?').bind(shopId, orderId),
    db.prepare('DELETE FROM dev_mailbox WHERE shop_id = ? AND order_id = ?').bind(shopId, orderId),
    db.prepare('DELETE FROM orders WHERE shop_id = ? AND order_id = ?').bind(shopId, orderId),
  ];
}

export async function ordersOfCustomer(db: D1Database, shopId: string, customerRef: string): Promise<StoredOrder[]> {
  const { results } = await db
    .prepare('SELECT * FROM orders WHERE shop_id = ? AND customer_ref = ?')
    .bind(shopId, customerRef)
    .all<OrderRow>();
  return results.map(toOrder);
}
