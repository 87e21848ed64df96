// The audit's reads: the filter slices (migrations/0021) grouped by touchpoint or segment, every touchpoint's
// themes, and a few example comments found by walking one touchpoint's negative comments newest first (a partial
// index) — never a scan. Each read is a statement, so the service sends the independent ones in one D1 batch.
import { type Theme, TOUCHPOINTS, type Touchpoint } from '../../../shared/schemas.ts';
import type { Counters } from '../domain/summary.ts';
import { COUNTER_SUMS, toCounters, type CounterRow } from './counter-rows.ts';
import { endOfDayBound, type ThemeCounts } from './insights.ts';

/** The all-answers slice of one segment, or of every answer ('*'). */
const segmentKey = (segment?: string) => segment ?? '*';

/** Counters per touchpoint over a period (all answers, or one segment's): days × touchpoints rows. */
export function touchpointCountersStatement(
  db: D1Database,
  shopId: string,
  from: string,
  to: string,
  segment?: string,
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT touchpoint, ${COUNTER_SUMS} FROM daily_slice_stats
       WHERE shop_id = ? AND kind = '*' AND lang = '*' AND segment = ? AND day BETWEEN ? AND ? GROUP BY touchpoint`,
    )
    .bind(shopId, segmentKey(segment), from, to);
}

export function toTouchpointCounters(rows: (CounterRow & { touchpoint: Touchpoint })[]): Map<Touchpoint, Counters> {
  return new Map(rows.map((row) => [row.touchpoint, toCounters(row)]));
}

export async function touchpointCounters(
  db: D1Database,
  shopId: string,
  from: string,
  to: string,
  segment?: string,
): Promise<Map<Touchpoint, Counters>> {
  const { results } = await touchpointCountersStatement(db, shopId, from, to, segment).all<
    CounterRow & { touchpoint: Touchpoint }
  >();
  return toTouchpointCounters(results);
}

/**
 * Counters per segment (answers without a segment left out) over a period. The shop's segments are found by
 * hopping from one to the next along the slices' key (one index look-up each), then each is one range read.
 */
export function segmentCountersStatement(db: D1Database, shopId: string, from: string, to: string): D1PreparedStatement {
  const next = (after: string) =>
    `SELECT MIN(segment) FROM daily_slice_stats WHERE shop_id = ?1 AND kind = '*' AND lang = '*' AND segment > ${after}`;
  return db
    .prepare(
      `WITH RECURSIVE segments (name) AS (SELECT (${next("'*'")}) UNION ALL SELECT (${next('segments.name')}) FROM segments WHERE name IS NOT NULL)
       SELECT s.name AS segment, ${COUNTER_SUMS} FROM segments s JOIN daily_slice_stats d
         ON d.shop_id = ?1 AND d.kind = '*' AND d.lang = '*' AND d.segment = s.name AND d.day BETWEEN ?2 AND ?3
       GROUP BY s.name`,
    )
    .bind(shopId, from, to);
}

export function toSegmentCounters(rows: (CounterRow & { segment: string })[]): Map<string, Counters> {
  return new Map(rows.map((row) => [row.segment, toCounters(row)]));
}

export async function segmentCounters(db: D1Database, shopId: string, from: string, to: string): Promise<Map<string, Counters>> {
  const { results } = await segmentCountersStatement(db, shopId, from, to).all<CounterRow & { segment: string }>();
  return toSegmentCounters(results);
}

/** Theme counts per touchpoint over a period (all answers, or one segment's): days × touchpoints × themes rows. */
export function touchpointThemesStatement(
  db: D1Database,
  shopId: string,
  from: string,
  to: string,
  segment?: string,
): D1PreparedStatement {
  // One range per touchpoint (the key's third column): `touchpoint > '*'` would walk every language and segment.
  const marks = TOUCHPOINTS.map(() => '?').join(', ');
  return db
    .prepare(
      `SELECT touchpoint, theme, SUM(mentions) AS mentions, SUM(positive) AS positive, SUM(negative) AS negative FROM daily_theme_slices
       WHERE shop_id = ? AND kind = '*' AND touchpoint IN (${marks}) AND lang = '*' AND segment = ? AND day BETWEEN ? AND ?
       GROUP BY touchpoint, theme`,
    )
    .bind(shopId, ...TOUCHPOINTS, segmentKey(segment), from, to);
}

/** Theme counts of the answers at some touchpoints. */
export async function touchpointThemes(
  db: D1Database,
  shopId: string,
  from: string,
  to: string,
  touchpoints: readonly Touchpoint[],
  segment?: string,
): Promise<ThemeCounts[]> {
  const { results } = await touchpointThemesStatement(db, shopId, from, to, segment).all<
    ThemeCounts & { touchpoint: Touchpoint }
  >();
  const totals = new Map<Theme, ThemeCounts>();
  for (const row of results) {
    if (!touchpoints.includes(row.touchpoint)) continue;
    const total = totals.get(row.theme) ?? { theme: row.theme, mentions: 0, positive: 0, negative: 0 };
    total.mentions += row.mentions;
    total.positive += row.positive;
    total.negative += row.negative;
    totals.set(row.theme, total);
  }
  return [...totals.values()];
}

export interface ExampleComment {
  id: string;
  createdAt: string;
  comment: string;
  /** The language the comment was scored in (en, pl, cs, other), null for answers stored before it was kept. */
  lang: string | null;
}

/**
 * The newest negative comments at a touchpoint that speak negatively of a theme: walks that touchpoint's negative
 * comments newest first (a partial index, migrations/0021) and stops at `limit`.
 */
export function negativeExamplesStatement(
  db: D1Database,
  shopId: string,
  from: string,
  to: string,
  touchpoint: Touchpoint,
  theme: Theme,
  limit: number,
  segment?: string,
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT id, created_at AS createdAt, comment, sentiment_lang AS lang FROM responses INDEXED BY responses_negative_comments_by_touchpoint
       WHERE shop_id = ? AND touchpoint = ? AND created_at >= ? AND created_at < ? AND polarity = -1 AND comment IS NOT NULL
         AND EXISTS (SELECT 1 FROM json_each(themes) t WHERE t.value ->> 'theme' = ? AND t.value ->> 'label' = 'negative')
         ${segment === undefined ? '' : 'AND segment = ?'}
       ORDER BY created_at DESC LIMIT ?`,
    )
    .bind(shopId, touchpoint, from, endOfDayBound(to), theme, ...(segment === undefined ? [] : [segment]), limit);
}

export async function negativeExamples(
  db: D1Database,
  shopId: string,
  from: string,
  to: string,
  touchpoint: Touchpoint,
  theme: Theme,
  limit: number,
  segment?: string,
): Promise<ExampleComment[]> {
  return (await negativeExamplesStatement(db, shopId, from, to, touchpoint, theme, limit, segment).all<ExampleComment>()).results;
}
