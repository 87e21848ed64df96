export interface Shop {
  id: string;
  name: string;
  origins: string[];
  defaultLocale: string | null;
  ownerKeyHash: string;
  createdAt: string;
}

interface ShopRow {
  id: string;
  name: string;
  origins: string;
  default_locale: string | null;
  owner_key_hash: string;
  created_at: string;
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
  };
}

export async function insertShop(db: D1Database, shop: Shop): Promise<void> {
  await db
    .prepare('INSERT INTO shops (id, name, origins, default_locale, owner_key_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .bind(shop.id, shop.name, JSON.stringify(shop.origins), shop.defaultLocale, shop.ownerKeyHash, shop.createdAt)
    .run();
}
