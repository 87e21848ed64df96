import type { InvitationDue } from '../../../shared/invitations.ts';
import { contactStates } from '../db/invitation-contacts.ts';
import { dueInvitations, dueReminders, forgetAddressStatement, shopsByIds, type DueRow } from '../db/invitation-batch.ts';
import { invitationConfigs } from '../db/invitation-settings.ts';
import { toInvitation, toOrder } from '../db/orders.ts';
import { quietUntil } from '../domain/invitation-schedule.ts';
import { invitationLocale } from '../domain/invitation-texts.ts';
import { retryDelayMs } from '../domain/webhooks.ts';
import type { Env } from '../env.ts';
import { invitationEmail } from '../views/invitation-email.ts';
import { deliverEmail } from './deliver-email.ts';
import { invitationLink, unsubscribeLink } from './orders.ts';

/** Invitations per batch: one read, a few lookups (≤ 50 bound values each) and one write batch. */
export const INVITATION_BATCH = 45;
const DEFAULT_SENDS_PER_RUN = 450;
/** Stop starting batches after this long: a cron invocation has a bounded wall and CPU time. */
const RUN_BUDGET_MS = 20_000;
/** Attempts at an invitation e-mail before it is marked failed (the OpenAPI document states it). */
export const MAX_ATTEMPTS = 8;
const DAY_MS = 86_400_000;
/** Concurrent sends within a batch (Workers allow six open connections at once). */
const CONCURRENCY = 6;

export interface CronReport {
  batches: number;
  sent: number;
  skipped: number;
  deferred: number;
  failed: number;
  /** D1 calls made (each `prepare().all/run/first` or `batch` is one). */
  queries: number;
  perBatch: { invitations: number; queries: number; ms: number }[];
}

async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/**
 * The cron's invitation hook: sends what is due, batch by batch, until nothing is due or the run's budget
 * (sends = subrequests, time) is spent; the next run (every minute) goes on. 10,000 due drain over a few
 * runs without any run hitting the subrequest or D1 query limits.
 */
export async function sendDueInvitations(
  env: Env,
  now = new Date(),
  options: { shopId?: string; sendsPerRun?: number } = {},
): Promise<CronReport> {
  const sendsPerRun = options.sendsPerRun ?? (Number(env.INVITATION_SENDS_PER_RUN) || DEFAULT_SENDS_PER_RUN);
  const started = Date.now();
  const report: CronReport = { batches: 0, sent: 0, skipped: 0, deferred: 0, failed: 0, queries: 0, perBatch: [] };
  for (const reminders of [false, true]) {
    while (report.sent + report.failed < sendsPerRun && Date.now() - started < RUN_BUDGET_MS) {
      const limit = Math.min(INVITATION_BATCH, sendsPerRun - report.sent - report.failed);
      const batchStart = Date.now();
      const before = report.queries;
      const rows = reminders
        ? await dueReminders(env.DB, now.toISOString(), limit, options.shopId)
        : await dueInvitations(env.DB, now.toISOString(), limit, options.shopId);
      report.queries++;
      if (rows.length === 0) break;
      await sendBatch(env, rows, reminders, now, report);
      report.batches++;
      report.perBatch.push({ invitations: rows.length, queries: report.queries - before, ms: Date.now() - batchStart });
    }
  }
  return report;
}

async function sendBatch(env: Env, rows: DueRow[], reminders: boolean, now: Date, report: CronReport): Promise<void> {
  const db = env.DB;
  const nowIso = now.toISOString();
  const shopIds = [...new Set(rows.map((row) => row.shop_id))];
  const [configs, shops] = await Promise.all([invitationConfigs(db, shopIds), shopsByIds(db, shopIds)]);
  report.queries += 2 * Math.ceil(shopIds.length / 50);
  const contactKeys = rows
    .filter((row) => row.o.contact_hash)
    .map((row) => ({ shopId: row.shop_id, contactHash: row.o.contact_hash! }));
  const contacts = await contactStates(db, contactKeys);
  report.queries += Math.ceil(contactKeys.length / 45);

  const writes: D1PreparedStatement[] = [];
  const touchedOrders = new Map<string, { shopId: string; orderId: string }>();
  /** Contacts written to in this batch: a second order of the same customer waits for the cooldown too. */
  const sentNow = new Map<string, string>();

  await inParallel(rows, CONCURRENCY, async (row) => {
    const invitation = toInvitation(row);
    const order = toOrder(row.o);
    const config = configs.get(row.shop_id);
    const shop = shops.get(row.shop_id);
    touchedOrders.set(`${row.shop_id}|${row.order_id}`, { shopId: row.shop_id, orderId: row.order_id });
    const skip = (reason: string) => {
      report.skipped++;
      writes.push(
        reminders
          ? db
              .prepare('UPDATE order_invitations SET reminded_at = ?, last_error = ? WHERE id = ?')
              .bind(nowIso, `reminder skipped: ${reason}`, invitation.id)
          : db
              .prepare("UPDATE order_invitations SET status = 'skipped', skip_reason = ? WHERE id = ?")
              .bind(reason, invitation.id),
      );
    };
    if (!config || !shop) return skip('shop_gone');
    const contactKey = order.contactHash ? `${row.shop_id}|${order.contactHash}` : null;
    const contact = contactKey ? contacts.get(contactKey) : undefined;
    if (contact?.unsubscribedAt) return skip('unsubscribed');
    if (!reminders && contactKey) {
      const cooldownSince = now.getTime() - config.settings.cooldownDays * DAY_MS;
      // Written to about another order lately (in this batch, or before)? The same order's invitations all go.
      const inBatch = sentNow.get(contactKey);
      const lastAboutOther =
        inBatch !== undefined
          ? inBatch !== order.orderId
            ? nowIso
            : null
          : contact && contact.lastOrderId !== order.orderId
            ? contact.lastSentAt
            : null;
      if (lastAboutOther && Date.parse(lastAboutOther) > cooldownSince) return skip('cooldown');
    }
    const quiet = quietUntil(now, config.settings.quietHours);
    if (quiet) {
      report.deferred++;
      const column = reminders ? 'reminder_at' : 'send_at';
      writes.push(db.prepare(`UPDATE order_invitations SET ${column} = ? WHERE id = ?`).bind(quiet.toISOString(), invitation.id));
      return;
    }
    if (contactKey && !reminders) sentNow.set(contactKey, order.orderId);

    const locale = invitationLocale(order.locale, shop.defaultLocale);
    const link = await invitationLink(config, order, invitation.touchpoint, now);
    const unsubscribe = await unsubscribeLink(config, order, now);
    const email = invitationEmail({
      locale,
      shopName: shop.name,
      brandColor: config.settings.brandColor,
      orderId: order.orderId,
      touchpoint: invitation.touchpoint,
      question: config.settings.question,
      products: order.products,
      link,
      unsubscribe,
      reminder: reminders,
    });
    const payload: Omit<InvitationDue, 'email'> = {
      type: 'invitation.due',
      shopId: shop.id,
      orderId: order.orderId,
      customerRef: order.customerRef,
      touchpoint: invitation.touchpoint,
      locale,
      reminder: reminders,
      link,
      unsubscribe,
    };
    const delivery = await deliverEmail(env, shop, config, { ...email, to: order.email }, { payload, orderId: order.orderId });
    if (delivery.ok) {
      report.sent++;
      if (reminders) {
        writes.push(db.prepare('UPDATE order_invitations SET reminded_at = ? WHERE id = ?').bind(nowIso, invitation.id));
      } else {
        const reminderAt = config.settings.reminderDays
          ? new Date(now.getTime() + config.settings.reminderDays * DAY_MS).toISOString()
          : null;
        writes.push(
          db
            .prepare(
              "UPDATE order_invitations SET status = 'sent', sent_at = ?, via = ?, attempts = attempts + 1, last_error = NULL, reminder_at = ? WHERE id = ?",
            )
            .bind(nowIso, delivery.via, reminderAt, invitation.id),
        );
      }
      if (order.contactHash) {
        writes.push(
          db
            .prepare(
              `INSERT INTO invitation_contacts (shop_id, contact_hash, last_order_id, last_sent_at) VALUES (?, ?, ?, ?)
               ON CONFLICT (shop_id, contact_hash) DO UPDATE SET last_order_id = excluded.last_order_id, last_sent_at = excluded.last_sent_at`,
            )
            .bind(shop.id, order.contactHash, order.orderId, nowIso),
        );
      }
      return;
    }
    if (delivery.noChannel) return skip('no_channel');
    report.failed++;
    const attempts = invitation.attempts + 1;
    const giveUp = delivery.permanent || attempts >= MAX_ATTEMPTS;
    if (reminders) {
      writes.push(
        db
          .prepare('UPDATE order_invitations SET reminded_at = ?, last_error = ? WHERE id = ?')
          .bind(nowIso, delivery.error.slice(0, 500), invitation.id),
      );
    } else {
      writes.push(
        db
          .prepare('UPDATE order_invitations SET attempts = ?, last_error = ?, status = ?, send_at = ? WHERE id = ?')
          .bind(
            attempts,
            delivery.error.slice(0, 500),
            giveUp ? 'failed' : 'scheduled',
            giveUp ? invitation.sendAt : new Date(now.getTime() + retryDelayMs(attempts)).toISOString(),
            invitation.id,
          ),
      );
    }
  });
  for (const { shopId, orderId } of touchedOrders.values()) writes.push(forgetAddressStatement(db, shopId, orderId));
  if (writes.length) {
    await db.batch(writes);
    report.queries++;
  }
}
