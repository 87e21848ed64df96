import { randomBytes, createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO_ANSWERS } from './demo-answers.ts';
import { runWrangler } from './wrangler.ts';

export const DEMO_SHOP_ID = 'demo';

/** The demo shop's owner key lives beside its local database (never committed), so every start prints the same key. */
async function demoOwnerKey(persistTo: string): Promise<string> {
  const file = join(persistTo, 'demo-owner-key.txt');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const key = `opk_${randomBytes(32).toString('base64url')}`;
  await mkdir(persistTo, { recursive: true });
  await writeFile(file, `${key}\n`, { mode: 0o600 });
  return key;
}

const sqlString = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** Creates (or refreshes) the shop with id `demo` directly in the local D1: public sign-up would pick a random id. */
export async function upsertDemoShop(persistTo: string, shopOrigins: string[]): Promise<string> {
  const ownerKey = await demoOwnerKey(persistTo);
  const hash = createHash('sha256').update(ownerKey).digest('hex');
  const sql = `INSERT INTO shops (id, name, origins, default_locale, owner_key_hash, created_at)
    VALUES (${sqlString(DEMO_SHOP_ID)}, 'Zielony Kosz (demo)', ${sqlString(JSON.stringify(shopOrigins))}, 'en', ${sqlString(hash)}, ${sqlString(new Date().toISOString())})
    ON CONFLICT (id) DO UPDATE SET origins = excluded.origins, owner_key_hash = excluded.owner_key_hash`;
  await runWrangler(['d1', 'execute', 'DB', '--local', '--persist-to', persistTo, '--command', sql.replace(/\s+/g, ' ')]);
  return ownerKey;
}

/** Posts the demo answers through the public API; their fixed clientIds make a second start a no-op. */
export async function seedDemoAnswers(workerUrl: string): Promise<{ created: number; existing: number }> {
  let created = 0;
  let existing = 0;
  for (const answer of DEMO_ANSWERS) {
    const response = await fetch(`${workerUrl}/v1/shops/${DEMO_SHOP_ID}/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(answer),
    });
    if (response.status === 201) created++;
    else if (response.status === 200) existing++;
    else throw new Error(`seeding an answer failed: ${response.status} ${await response.text()}`);
  }
  return { created, existing };
}
