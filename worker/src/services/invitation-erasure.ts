import { eraseOrderStatements, ordersOfCustomer } from '../db/orders.ts';

/** GDPR: an erased order loses its invitations, its stored e-mail (if still there) and its dev-mailbox copies. */
export async function eraseOrderInvitations(db: D1Database, shopId: string, orderId: string): Promise<void> {
  await db.batch(eraseOrderStatements(db, shopId, orderId));
}

/**
 * GDPR: every order of the customer, and the contact's cooldown record. An unsubscribe is kept (as the salted
 * hash alone) so that the erased customer is still never written to again.
 */
export async function eraseCustomerInvitations(db: D1Database, shopId: string, customerRef: string): Promise<void> {
  const orders = await ordersOfCustomer(db, shopId, customerRef);
  const statements = orders.flatMap((order) => eraseOrderStatements(db, shopId, order.orderId));
  for (const hash of new Set(orders.map((order) => order.contactHash).filter((hash): hash is string => hash !== null))) {
    statements.push(
      db
        .prepare('DELETE FROM invitation_contacts WHERE shop_id = ? AND contact_hash = ? AND unsubscribed_at IS NULL')
        .bind(shopId, hash),
      db
        .prepare(
          'UPDATE invitation_contacts SET last_order_id = NULL, last_sent_at = NULL WHERE shop_id = ? AND contact_hash = ?',
        )
        .bind(shopId, hash),
    );
  }
  if (statements.length) await db.batch(statements);
}
