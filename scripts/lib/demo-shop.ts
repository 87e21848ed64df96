import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { getPlatformProxy } from 'wrangler';
import { ResponseInputSchema } from '../../shared/schemas.ts';
import { saveAnswer } from '../../worker/src/db/responses.ts';
import { prepareAnswer } from '../../worker/src/domain/answer.ts';
import { DEMO_ANSWERS } from './demo-answers.ts';

export const DEMO_SHOP_ID = 'demo';
const DAY_MS = 86_400_000;
const ROOT = resolve(import.meta.dirname, '../..');

/** The demo shop's owner key lives beside its local database (never committed), so every start prints the same key. */
async function demoOwnerKey(persistTo: string): Promise<string> {
  const file = join(persistTo, 'demo-owner-key.txt');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const key = `opk_${randomBytes(32).toString('base64url')}`;
  await mkdir(persistTo, { recursive: true });
  await writeFile(file, `${key}\n`, { mode: 0o600 });
  return key;
}

/**
 * Creates (or refreshes) the shop with id `demo` and stores its answers through the worker's own write path
 * (scoring, rollups, attention queue, customers), dated over the last 90 days. Runs on the local D1 before
 * `wrangler dev` starts. Public sign-up would pick a random id, so the shop row is written directly.
 */
export async function seedDemoShop(persistTo: string, shopOrigins: string[]): Promise<{ ownerKey: string; created: number }> {
  const ownerKey = await demoOwnerKey(persistTo);
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath: join(ROOT, 'wrangler.toml'),
    persist: { path: join(persistTo, 'v3') },
    remoteBindings: false,
  });
  try {
    const db = proxy.env.DB;
    await db
      .prepare(
        `INSERT INTO shops (id, name, origins, default_locale, owner_key_hash, created_at) VALUES (?, ?, ?, 'en', ?, ?)
         ON CONFLICT (id) DO UPDATE SET origins = excluded.origins, owner_key_hash = excluded.owner_key_hash`,
      )
      .bind(DEMO_SHOP_ID, 'Zielony Kosz (demo)', JSON.stringify(shopOrigins), createHash('sha256').update(ownerKey).digest('hex'), new Date().toISOString())
      .run();
    const shop = { id: DEMO_SHOP_ID, defaultLocale: 'en' };
    const now = Date.now();
    let created = 0;
    for (const [index, { daysAgo, ...answer }] of DEMO_ANSWERS.entries()) {
      const at = new Date(now - daysAgo * DAY_MS - (index % 600) * 60_000);
      const { answer: stored, attention } = prepareAnswer(ResponseInputSchema.parse(answer), shop, crypto.randomUUID(), at);
      if ((await saveAnswer(db, stored, { attention, deliveries: [] })).created) created++;
    }
    return { ownerKey, created };
  } finally {
    await proxy.dispose();
  }
}
