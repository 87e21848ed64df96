import { answerIdsWhere, deleteAnswers } from '../db/responses.ts';

// D1 binds at most 100 parameters per statement; 50 ids a batch stays well inside.
const CHUNK = 50;

/** Deletes every matching answer of a shop, chunk by chunk, each chunk with its rollups corrected atomically. */
export async function eraseAnswers(
  db: D1Database,
  shopId: string,
  where: Parameters<typeof answerIdsWhere>[2],
  maxChunks = Number.POSITIVE_INFINITY,
): Promise<number> {
  let deleted = 0;
  for (let chunk = 0; chunk < maxChunks; chunk++) {
    const ids = await answerIdsWhere(db, shopId, where, CHUNK);
    if (ids.length === 0) break;
    deleted += await deleteAnswers(db, shopId, ids);
  }
  return deleted;
}
