// The digest's state on the shop row (migrations/0010): settings, the last period sent, the study's position.
import type { DigestSettings, Sampling } from '../../../shared/audit.ts';

export async function saveAuditSettings(
  db: D1Database,
  shopId: string,
  settings: { digest: DigestSettings | null; sampling: Sampling },
  /** Set when the digest is (re)configured: periods up to this day count as sent, so the first digest comes at the next period's end. */
  sentThrough: string | null,
): Promise<void> {
  const { digest, sampling } = settings;
  await db
    .prepare(
      `UPDATE shops SET digest_cadence = ?2, digest_segments = ?3, digest_email = ?4, digest_locale = ?5, sampling = ?6,
         digest_sent_through = IFNULL(?7, digest_sent_through) WHERE id = ?1`,
    )
    .bind(
      shopId,
      digest?.cadence ?? null,
      JSON.stringify(digest?.segments ?? []),
      digest?.email ?? null,
      digest?.locale ?? null,
      JSON.stringify(sampling),
      sentThrough,
    )
    .run();
}

/** Shops with a digest whose last closed period (ending `closedTo` for their cadence) has not been sent. */
export async function shopsDueForDigest(
  db: D1Database,
  closedTo: { weekly: string; monthly: string },
  shopId?: string,
): Promise<string[]> {
  const { results } = await db
    .prepare(
      `SELECT id FROM shops INDEXED BY shops_with_digest WHERE digest_cadence IS NOT NULL
         AND IFNULL(digest_sent_through, '') < CASE digest_cadence WHEN 'weekly' THEN ?1 ELSE ?2 END
         AND (?3 IS NULL OR id = ?3)`,
    )
    .bind(closedTo.weekly, closedTo.monthly, shopId ?? null)
    .all<{ id: string }>();
  return results.map((row) => row.id);
}

/**
 * Marks the period ending `to` as sent, once: only the first caller gets the new study count back (a second
 * cron run, or a concurrent one, gets null and sends nothing).
 */
export async function claimDigest(db: D1Database, shopId: string, to: string): Promise<number | null> {
  const row = await db
    .prepare(
      `UPDATE shops SET digest_sent_through = ?2, digest_studies = digest_studies + 1
       WHERE id = ?1 AND digest_cadence IS NOT NULL AND IFNULL(digest_sent_through, '') < ?2 RETURNING digest_studies`,
    )
    .bind(shopId, to)
    .first<{ digest_studies: number }>();
  return row?.digest_studies ?? null;
}

/** Queues one signed delivery per URL (sent at once by the caller, retried by the cron like every alert). */
export async function queueDigestDeliveries(
  db: D1Database,
  shopId: string,
  urls: string[],
  payload: string,
  now: string,
): Promise<number> {
  if (!urls.length) return 0;
  await db.batch(
    urls.map((url) =>
      db
        .prepare(
          'INSERT INTO webhook_deliveries (id, shop_id, url, payload, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .bind(crypto.randomUUID(), shopId, url, payload, now, now),
    ),
  );
  return urls.length;
}
