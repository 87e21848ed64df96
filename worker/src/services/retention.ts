import { shopsWithRetention } from '../db/shops.ts';
import { addDays, dayOf } from '../domain/dates.ts';
import { eraseAnswers } from './erasure.ts';

/** Per scheduled run and shop: bounded, so one run stays short; the next run continues. */
const MAX_CHUNKS_PER_SHOP = 20;

/** Deletes answers older than each shop's retention period (run by the cron trigger). */
export async function enforceRetention(db: D1Database, now = new Date()): Promise<number> {
  let deleted = 0;
  for (const { id, retentionDays } of await shopsWithRetention(db)) {
    const cutoff = `${addDays(dayOf(now), -retentionDays)}T00:00:00.000Z`;
    deleted += await eraseAnswers(db, id, { createdBefore: cutoff }, MAX_CHUNKS_PER_SHOP);
  }
  return deleted;
}
