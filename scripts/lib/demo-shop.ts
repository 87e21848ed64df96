import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { getPlatformProxy } from 'wrangler';
import { DEMO_SHOP_ID, DEMO_SHOP_NAME } from '../../shared/demo.ts';
import { seedDemoData } from './demo-data.ts';

export { DEMO_SHOP_ID };
const ROOT = resolve(import.meta.dirname, '../..');

/** The demo shop's secrets live beside its local database (never committed), so every start uses the same ones. */
async function demoSecret(persistTo: string, name: string, prefix: string): Promise<string> {
  const file = join(persistTo, `demo-${name}.txt`);
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = `${prefix}${randomBytes(32).toString('base64url')}`;
  await mkdir(persistTo, { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * Creates (or refreshes) the shop with id `demo` and stores its answers, reviews, replies and follow-ups through the
 * worker's own write paths (demo-data.ts), dated over the last 90 days. Runs on the local D1 before
 * `wrangler dev` starts. Public sign-up would pick a random id, so the shop row is written directly.
 */
export async function seedDemoShop(
  persistTo: string,
  shopOrigins: string[],
): Promise<{ ownerKey: string; orderTokenSecret: string; created: number }> {
  const ownerKey = await demoSecret(persistTo, 'owner-key', 'opk_');
  const orderTokenSecret = await demoSecret(persistTo, 'order-token-secret', 'ots_');
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath: join(ROOT, 'wrangler.toml'),
    persist: { path: join(persistTo, 'v3') },
    remoteBindings: false,
  });
  try {
    const db = proxy.env.DB;
    await db
      .prepare(
        `INSERT INTO shops (id, name, origins, default_locale, owner_key_hash, created_at, order_token_secret) VALUES (?, ?, ?, 'en', ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, origins = excluded.origins, owner_key_hash = excluded.owner_key_hash,
           order_token_secret = excluded.order_token_secret`,
      )
      .bind(
        DEMO_SHOP_ID,
        DEMO_SHOP_NAME,
        JSON.stringify(shopOrigins),
        createHash('sha256').update(ownerKey).digest('hex'),
        new Date().toISOString(),
        orderTokenSecret,
      )
      .run();
    const { created } = await seedDemoData(db, DEMO_SHOP_ID, Date.now());
    return { ownerKey, orderTokenSecret, created };
  } finally {
    await proxy.dispose();
  }
}
