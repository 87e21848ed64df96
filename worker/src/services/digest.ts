// The audit digest: at each period's end (cron) or on request, the audit of the last closed period as a signed
// `audit.digest` webhook (Slack-compatible text + the JSON) and, with a mail provider, an e-mail.
import type { DigestPayload, DigestSent } from '../../../shared/audit.ts';
import { DEFAULT_INVITATION_SETTINGS } from '../../../shared/invitations.ts';
import { claimDigest, queueDigestDeliveries, shopsDueForDigest } from '../db/digest.ts';
import { invitationConfigs, type InvitationConfig } from '../db/invitation-settings.ts';
import { findShop, type Shop } from '../db/shops.ts';
import { dayOf } from '../domain/dates.ts';
import { lastClosedPeriod, studySegment } from '../domain/digest-period.ts';
import { digestText } from '../domain/digest-text.ts';
import type { Env } from '../env.ts';
import { escapeHtml } from '../views/html.ts';
import { computeAudit } from './audit.ts';
import { deliverEmail } from './deliver-email.ts';
import { deliverDueWebhooks } from './webhook-delivery.ts';

/**
 * E-mails the digest to the owner through the shared mail path (services/deliver-email.ts, as invitations do): the
 * shop's mail provider, or the dev mailbox under `npm start`. Never the e-mail webhook — the digest's webhook is
 * `audit.digest` itself. A failure is logged, never thrown (the webhook still goes).
 */
async function mailDigest(
  env: Env,
  shop: Shop,
  to: string,
  text: string,
  period: { from: string; to: string },
): Promise<boolean> {
  const config = (await invitationConfigs(env.DB, [shop.id])).get(shop.id);
  const plain = text.replaceAll('*', '');
  const email = {
    to,
    subject: plain.split('\n')[0]!,
    text: plain,
    html: `<pre style="font: 14px/1.5 system-ui, sans-serif; white-space: pre-wrap">${escapeHtml(plain)}</pre>`,
    headers: {},
  };
  const noWebhook = { id: shop.id, webhooks: [], webhookSecret: null };
  const mailOnly: InvitationConfig = config
    ? { ...config, settings: { ...config.settings, webhookUrl: null } }
    : {
        shopId: shop.id,
        tokenSecret: '',
        hashSalt: '',
        settings: { ...DEFAULT_INVITATION_SETTINGS, webhookUrl: null },
        email: null,
      };
  const delivery = await deliverEmail(env, noWebhook, mailOnly, email, {
    payload: { type: 'audit.digest', locale: shop.digest?.locale ?? 'en' },
    orderId: `digest:${period.from}..${period.to}`,
  });
  if (!delivery.ok && !delivery.noChannel) console.warn('digest e-mail failed', delivery.error);
  return delivery.ok;
}

/** Builds and sends one digest of `period` for `shop`, studying `segment`. */
export async function sendDigest(
  env: Env,
  shop: Shop,
  period: { from: string; to: string },
  segment: string | null,
  options: { test: boolean; now: Date },
): Promise<DigestSent> {
  const cadence = shop.digest?.cadence ?? 'weekly';
  const locale = shop.digest?.locale ?? 'en';
  const [audit, study] = await Promise.all([
    computeAudit(env.DB, { shopId: shop.id, ...period, compare: 'previous' }),
    segment ? computeAudit(env.DB, { shopId: shop.id, ...period, segment, compare: 'previous' }) : Promise.resolve(null),
  ]);
  const text = digestText({ shopName: shop.name, audit, study, locale, test: options.test });
  const payload: DigestPayload = {
    type: 'audit.digest',
    text,
    shopId: shop.id,
    cadence,
    studySegment: segment,
    test: options.test,
    audit,
    studyAudit: study,
  };
  const deliveries = await queueDigestDeliveries(
    env.DB,
    shop.id,
    shop.webhooks,
    JSON.stringify(payload),
    options.now.toISOString(),
  );
  if (deliveries) await deliverDueWebhooks(env, shop.id, options.now);
  let mailed = false;
  if (shop.digest?.email) mailed = await mailDigest(env, shop, shop.digest.email, text, period);
  return { ...period, studySegment: segment, deliveries, mailed };
}

/**
 * Cron hook (called from scheduled()): every shop whose digest period has closed gets exactly one digest for it.
 * The claim on the shop row comes first, so a second run — or a concurrent one — never sends it twice.
 */
export async function sendDueDigests(env: Env, now = new Date(), options: { shopId?: string } = {}): Promise<number> {
  const today = dayOf(now);
  const closed = { weekly: lastClosedPeriod('weekly', today), monthly: lastClosedPeriod('monthly', today) };
  let sent = 0;
  for (const shopId of await shopsDueForDigest(
    env.DB,
    { weekly: closed.weekly.to, monthly: closed.monthly.to },
    options.shopId,
  )) {
    const shop = await findShop(env.DB, shopId);
    if (!shop?.digest) continue;
    const period = closed[shop.digest.cadence];
    const studies = await claimDigest(env.DB, shop.id, period.to);
    if (studies === null) continue;
    try {
      await sendDigest(env, shop, period, studySegment(shop.digest.segments, studies - 1), { test: false, now });
      sent++;
    } catch (error) {
      console.error('digest failed', shop.id, error instanceof Error ? error.message : error);
    }
  }
  return sent;
}

/** The audit's cron hook: once an hour (minute 0) it sends the digests whose period has closed (specs: of one shop). */
export async function digestCron(env: Env, scheduledTime: number, options: { shopId?: string } = {}): Promise<void> {
  const at = new Date(scheduledTime);
  if (at.getUTCMinutes() === 0) await sendDueDigests(env, at, options);
}
