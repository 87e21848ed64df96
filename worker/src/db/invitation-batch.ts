import type { InvitationRow, OrderRow } from './orders.ts';

export type DueRow = InvitationRow & { o: OrderRow };

/** Invitations with their orders, one row each: what the cron needs to send one e-mail. */
const DUE_SELECT = `SELECT i.*, o.customer_ref AS o_customer_ref, o.email AS o_email, o.contact_hash AS o_contact_hash, o.locale AS o_locale,
    o.products AS o_products, o.link_base AS o_link_base, o.purchased_at AS o_purchased_at, o.delivered_at AS o_delivered_at,
    o.returned_at AS o_returned_at, o.support_closed_at AS o_support_closed_at
  FROM order_invitations i JOIN orders o ON o.shop_id = i.shop_id AND o.order_id = i.order_id`;

/** What is due, and in which order; each condition matches a partial index of migration 0011. */
const DUE = {
  invitations: { where: "i.status = 'scheduled' AND i.send_at <= ?1", orderBy: 'i.send_at' },
  reminders: {
    where:
      "i.status = 'sent' AND i.reminder_at IS NOT NULL AND i.answered_at IS NULL AND i.reminded_at IS NULL AND i.reminder_at <= ?1",
    orderBy: 'i.reminder_at',
  },
} as const;

/** The oldest due invitations (or reminders) of all shops, or of one shop, with their orders: one query. */
async function dueRows(db: D1Database, kind: keyof typeof DUE, now: string, limit: number, shopId?: string): Promise<DueRow[]> {
  const { where, orderBy } = DUE[kind];
  const { results } = await db
    .prepare(`${DUE_SELECT} WHERE ${where} AND (?2 IS NULL OR i.shop_id = ?2) ORDER BY ${orderBy} LIMIT ?3`)
    .bind(now, shopId ?? null, limit)
    .all<Record<string, unknown>>();
  return results.map((row) => ({
    ...(row as unknown as InvitationRow),
    o: {
      shop_id: row.shop_id as string,
      order_id: row.order_id as string,
      customer_ref: row.o_customer_ref as string | null,
      email: row.o_email as string | null,
      contact_hash: row.o_contact_hash as string | null,
      locale: row.o_locale as string | null,
      products: row.o_products as string,
      link_base: row.o_link_base as string,
      purchased_at: row.o_purchased_at as string | null,
      delivered_at: row.o_delivered_at as string | null,
      returned_at: row.o_returned_at as string | null,
      support_closed_at: row.o_support_closed_at as string | null,
    },
  }));
}

/** Invitations due to be sent: scheduled, their time come. */
export function dueInvitations(db: D1Database, now: string, limit: number, shopId?: string): Promise<DueRow[]> {
  return dueRows(db, 'invitations', now, limit, shopId);
}

/** Reminders due: sent, unanswered, not reminded yet, their time come. */
export function dueReminders(db: D1Database, now: string, limit: number, shopId?: string): Promise<DueRow[]> {
  return dueRows(db, 'reminders', now, limit, shopId);
}

export interface BatchShop {
  id: string;
  name: string;
  defaultLocale: string | null;
  webhooks: string[];
  webhookSecret: string | null;
}

export async function shopsByIds(db: D1Database, ids: string[]): Promise<Map<string, BatchShop>> {
  const shops = new Map<string, BatchShop>();
  for (let i = 0; i < ids.length; i += 50) {
    const chunk = ids.slice(i, i + 50);
    const { results } = await db
      .prepare(
        `SELECT id, name, default_locale, webhooks, webhook_secret FROM shops WHERE id IN (${chunk.map(() => '?').join(', ')})`,
      )
      .bind(...chunk)
      .all<{ id: string; name: string; default_locale: string | null; webhooks: string; webhook_secret: string | null }>();
    for (const row of results) {
      shops.set(row.id, {
        id: row.id,
        name: row.name,
        defaultLocale: row.default_locale,
        webhooks: JSON.parse(row.webhooks) as string[],
        webhookSecret: row.webhook_secret,
      });
    }
  }
  return shops;
}

/** An order's e-mail address goes once nothing more will be sent for it (no invitation or reminder pending). */
export function forgetAddressStatement(db: D1Database, shopId: string, orderId: string): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE orders SET email = NULL WHERE shop_id = ?1 AND order_id = ?2 AND email IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM order_invitations WHERE shop_id = ?1 AND order_id = ?2 AND (status = 'scheduled'
           OR (status = 'sent' AND reminder_at IS NOT NULL AND reminded_at IS NULL AND answered_at IS NULL)))`,
    )
    .bind(shopId, orderId);
}
