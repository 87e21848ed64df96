import type { Cadence, DigestSettings, Sampling } from '../../../shared/audit.ts';

export interface Shop {
  id: string;
  name: string;
  origins: string[];
  defaultLocale: string | null;
  ownerKeyHash: string;
  createdAt: string;
  webhooks: string[];
  webhookSecret: string | null;
  retentionDays: number | null;
  requireVerifiedReviews: boolean;
  reviewDisclosure: Partial<Record<'en' | 'pl' | 'cs', string>> | null;
  orderTokenSecret: string | null;
  /** After an order-token rotation: the previous secret, valid until `previousOrderTokenSecretUntil` (migrations/0016). */
  previousOrderTokenSecret: string | null;
  previousOrderTokenSecretUntil: string | null;
  /** The audit digest (migrations/0010); null when off. */
  digest: DigestSettings | null;
  /** Digests sent so far: the rotating study's position. */
  digestStudies: number;
  sampling: Sampling;
}

interface ShopRow {
  id: string;
  name: string;
  origins: string;
  default_locale: string | null;
  owner_key_hash: string;
  created_at: string;
  webhooks: string;
  webhook_secret: string | null;
  retention_days: number | null;
  require_verified_reviews: number;
  review_disclosure: string | null;
  order_token_secret: string | null;
  previous_order_token_secret: string | null;
  previous_order_token_secret_until: string | null;
  digest_cadence: Cadence | null;
  digest_segments: string;
  digest_email: string | null;
  digest_locale: 'en' | 'pl' | 'cs' | null;
  digest_studies: number;
  sampling: string;
}

export async function findShop(db: D1Database, shopId: string): Promise<Shop | null> {
  const row = await db.prepare('SELECT * FROM shops WHERE id = ?').bind(shopId).first<ShopRow>();
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    origins: JSON.parse(row.origins) as string[],
    defaultLocale: row.default_locale,
    ownerKeyHash: row.owner_key_hash,
    createdAt: row.created_at,
    webhooks: JSON.parse(row.webhooks) as string[],
    webhookSecret: row.webhook_secret,
    retentionDays: row.retention_days,
    requireVerifiedReviews: row.require_verified_reviews === 1,
    reviewDisclosure: row.review_disclosure ? (JSON.parse(row.review_disclosure) as Shop['reviewDisclosure']) : null,
    orderTokenSecret: row.order_token_secret,
    previousOrderTokenSecret: row.previous_order_token_secret,
    previousOrderTokenSecretUntil: row.previous_order_token_secret_until,
    digest: digestOf(row),
    digestStudies: row.digest_studies,
    sampling: JSON.parse(row.sampling) as Sampling,
  };
}

export async function insertShop(
  db: D1Database,
  shop: Pick<Shop, 'id' | 'name' | 'origins' | 'defaultLocale' | 'ownerKeyHash' | 'createdAt'>,
): Promise<void> {
  await db
    .prepare('INSERT INTO shops (id, name, origins, default_locale, owner_key_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .bind(shop.id, shop.name, JSON.stringify(shop.origins), shop.defaultLocale, shop.ownerKeyHash, shop.createdAt)
    .run();
}

export type ShopSettings = Pick<
  Shop,
  'webhooks' | 'webhookSecret' | 'retentionDays' | 'requireVerifiedReviews' | 'reviewDisclosure' | 'orderTokenSecret'
>;

export async function updateSettings(db: D1Database, shopId: string, settings: ShopSettings): Promise<void> {
  await db
    .prepare(
      `UPDATE shops SET webhooks = ?, webhook_secret = ?, retention_days = ?, require_verified_reviews = ?, review_disclosure = ?,
         order_token_secret = ? WHERE id = ?`,
    )
    .bind(
      JSON.stringify(settings.webhooks),
      settings.webhookSecret,
      settings.retentionDays,
      settings.requireVerifiedReviews ? 1 : 0,
      settings.reviewDisclosure ? JSON.stringify(settings.reviewDisclosure) : null,
      settings.orderTokenSecret,
      shopId,
    )
    .run();
}

/** A new webhook signing secret: deliveries from now on (retries included) are signed with it. */
export async function replaceWebhookSecret(db: D1Database, shopId: string, secret: string): Promise<void> {
  await db.prepare('UPDATE shops SET webhook_secret = ? WHERE id = ?').bind(secret, shopId).run();
}

/** A new order-token secret; the current one (if any) keeps verifying tokens until `previousUntil`. */
export async function replaceOrderTokenSecret(
  db: D1Database,
  shopId: string,
  secret: string,
  previousUntil: string,
): Promise<void> {
  await db
    .prepare(
      `UPDATE shops SET previous_order_token_secret = order_token_secret,
         previous_order_token_secret_until = CASE WHEN order_token_secret IS NULL THEN NULL ELSE ? END,
         order_token_secret = ? WHERE id = ?`,
    )
    .bind(previousUntil, secret, shopId)
    .run();
}

export async function updateOwnerKeyHash(db: D1Database, shopId: string, ownerKeyHash: string): Promise<void> {
  await db.prepare('UPDATE shops SET owner_key_hash = ? WHERE id = ?').bind(ownerKeyHash, shopId).run();
}

/** Whether the key hash belongs to some shop: tells a wrong key (401) from another shop's key (403). */
export async function shopIdByKeyHash(db: D1Database, ownerKeyHash: string): Promise<string | null> {
  const row = await db.prepare('SELECT id FROM shops WHERE owner_key_hash = ?').bind(ownerKeyHash).first<{ id: string }>();
  return row?.id ?? null;
}

export async function shopsWithRetention(db: D1Database): Promise<{ id: string; retentionDays: number }[]> {
  const { results } = await db
    .prepare('SELECT id, retention_days AS retentionDays FROM shops WHERE retention_days IS NOT NULL')
    .all<{ id: string; retentionDays: number }>();
  return results;
}

function digestOf(row: ShopRow): DigestSettings | null {
  if (!row.digest_cadence) return null;
  const segments = JSON.parse(row.digest_segments) as string[];
  return {
    cadence: row.digest_cadence,
    ...(segments.length ? { segments } : {}),
    ...(row.digest_email ? { email: row.digest_email } : {}),
    ...(row.digest_locale ? { locale: row.digest_locale } : {}),
  };
}
