import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { getPlatformProxy } from 'wrangler';
import { ResponseInputSchema } from '../../shared/schemas.ts';
import { saveAnswer } from '../../worker/src/db/responses.ts';
import { prepareAnswer } from '../../worker/src/domain/answer.ts';
import { findShop } from '../../worker/src/db/shops.ts';
import { voteHelpful } from '../../worker/src/db/reviews.ts';
import { reviewIntake } from '../../worker/src/services/review-intake.ts';
import { DEMO_ANSWERS, DEMO_REVIEWS } from './demo-answers.ts';
import { seedDemoRecovery } from './demo-recovery.ts';

export const DEMO_SHOP_ID = 'demo';
const DAY_MS = 86_400_000;
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
 * Creates (or refreshes) the shop with id `demo` and stores its answers through the worker's own write path
 * (scoring, rollups, attention queue, customers), dated over the last 90 days. Runs on the local D1 before
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
         ON CONFLICT (id) DO UPDATE SET origins = excluded.origins, owner_key_hash = excluded.owner_key_hash,
           order_token_secret = excluded.order_token_secret`,
      )
      .bind(
        DEMO_SHOP_ID,
        'Zielony Kosz (demo)',
        JSON.stringify(shopOrigins),
        createHash('sha256').update(ownerKey).digest('hex'),
        new Date().toISOString(),
        orderTokenSecret,
      )
      .run();
    const shop = (await findShop(db, DEMO_SHOP_ID))!;
    const now = Date.now();
    let created = 0;
    for (const [index, { daysAgo, ...answer }] of DEMO_ANSWERS.entries()) {
      const at = new Date(now - daysAgo * DAY_MS - (index % 600) * 60_000);
      const { answer: stored, attention } = prepareAnswer(ResponseInputSchema.parse(answer), shop, crypto.randomUUID(), at);
      if ((await saveAnswer(db, stored, { attention, deliveries: [] })).created) created++;
    }
    for (const [index, { daysAgo, helpfulVotes, ...input }] of DEMO_REVIEWS.entries()) {
      const at = new Date(now - daysAgo * DAY_MS - index * 3_600_000);
      const { answer, attention } = prepareAnswer(ResponseInputSchema.parse(input), shop, crypto.randomUUID(), at);
      const review = await reviewIntake(db, shop, answer, input, `demo-source-${index}`, at);
      const saved = await saveAnswer(db, answer, { attention, deliveries: [], review });
      if (!saved.created) continue;
      created++;
      for (let vote = 0; vote < helpfulVotes; vote++)
        await voteHelpful(db, DEMO_SHOP_ID, saved.id, `demo-voter-${vote}`, `demo-source-${vote}`, at.toISOString());
    }
    await seedDemoRecovery(db, (await findShop(db, DEMO_SHOP_ID))!, now);
    return { ownerKey, orderTokenSecret, created };
  } finally {
    await proxy.dispose();
  }
}
