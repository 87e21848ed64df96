export interface Shop {
  id: string;
  name: string;
  origins: string[];
  defaultLocale: string | null;
  ownerKeyHash: string;
  createdAt: string;
  webhooks: string[];
  webhookSecret: string | null;
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
  };
}

export async function insertShop(db: D1Database, shop: Omit<Shop, 'webhooks' | 'webhookSecret'>): Promise<void> {
  await db
    .prepare('INSERT INTO shops (id, name, origins, default_locale, owner_key_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .bind(shop.id, shop.name, JSON.stringify(shop.origins), shop.defaultLocale, shop.ownerKeyHash, shop.createdAt)
    .run();
}

export async function updateWebhooks(db: D1Database, shopId: string, webhooks: string[], webhookSecret: string): Promise<void> {
  await db
    .prepare('UPDATE shops SET webhooks = ?, webhook_secret = ? WHERE id = ?')
    .bind(JSON.stringify(webhooks), webhookSecret, shopId)
    .run();
}
