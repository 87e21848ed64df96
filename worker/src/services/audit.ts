import type { Audit } from '../../../shared/audit.ts';
import type { Theme, Touchpoint } from '../../../shared/schemas.ts';
import type { CounterRow } from '../db/counter-rows.ts';
import {
  type ExampleComment,
  negativeExamplesStatement,
  segmentCountersStatement,
  toSegmentCounters,
  touchpointCountersStatement,
  touchpointThemesStatement,
  toTouchpointCounters,
} from '../db/audit.ts';
import type { ThemeCounts } from '../db/insights.ts';
import { relationshipStatement, toRelationshipCounts } from '../db/relationship.ts';
import { buildAudit, comparedPeriod, weakestSpots } from '../domain/audit.ts';
import { themeExcerpt } from '../sentiment/theme-excerpt.ts';

const GAP_THEMES = 3;
const EXAMPLES = 3;

export interface AuditRequest {
  shopId: string;
  from: string;
  to: string;
  segment?: string | undefined;
  compare: 'previous' | 'year';
}

type Row = Record<string, unknown>;

/**
 * The audit of one period in two D1 round trips: one batch of every rollup read (figures of both periods, every
 * touchpoint's themes), then one batch of the example comments of the weakest touchpoint's worst themes.
 */
export async function computeAudit(db: D1Database, request: AuditRequest): Promise<Audit> {
  const { shopId, from, to, segment, compare } = request;
  const compared = comparedPeriod(from, to, compare);
  const statements = [
    touchpointCountersStatement(db, shopId, from, to, segment),
    touchpointCountersStatement(db, shopId, compared.from, compared.to, segment),
    relationshipStatement(db, shopId, from, to, segment),
    relationshipStatement(db, shopId, compared.from, compared.to, segment),
    touchpointThemesStatement(db, shopId, from, to, segment),
    ...(segment === undefined
      ? [segmentCountersStatement(db, shopId, from, to), segmentCountersStatement(db, shopId, compared.from, compared.to)]
      : []),
  ];
  const results = (await db.batch<Row>(statements)).map((result) => result.results);
  const [current, previous, relationshipRows, previousRelationshipRows, themeRows, segmentRows, previousSegmentRows] = results;
  type TouchpointRow = CounterRow & { touchpoint: Touchpoint };
  const byTouchpoint = toTouchpointCounters((current ?? []) as unknown as TouchpointRow[]);
  const spots = weakestSpots(byTouchpoint);
  let themes: Audit['gaps']['themes'] = [];
  if (spots.touchpoint) {
    const touchpoint = spots.touchpoint;
    const pulling = ((themeRows ?? []) as unknown as (ThemeCounts & { touchpoint: Touchpoint })[])
      .filter((theme) => theme.touchpoint === touchpoint && theme.negative > 0)
      .sort((a, b) => b.negative - a.negative || a.theme.localeCompare(b.theme))
      .slice(0, GAP_THEMES);
    const examples = pulling.length
      ? await db.batch<ExampleComment>(
          pulling.map((theme) =>
            negativeExamplesStatement(db, shopId, from, to, touchpoint, theme.theme as Theme, EXAMPLES, segment),
          ),
        )
      : [];
    themes = pulling.map((theme, index) => ({
      theme: theme.theme,
      mentions: theme.mentions,
      negative: theme.negative,
      examples: (examples[index]?.results ?? []).map(({ lang, ...example }) => ({
        ...example,
        excerpt: themeExcerpt(example.comment, theme.theme, lang ?? 'other'),
      })),
    }));
  }
  return buildAudit({
    shopId,
    from,
    to,
    segment: segment ?? null,
    compare,
    compared,
    byTouchpoint,
    previousByTouchpoint: toTouchpointCounters((previous ?? []) as unknown as TouchpointRow[]),
    relationship: toRelationshipCounts(relationshipRows?.[0] as Record<string, number | null> | undefined),
    previousRelationship: toRelationshipCounts(previousRelationshipRows?.[0] as Record<string, number | null> | undefined),
    segments: toSegmentCounters((segmentRows ?? []) as unknown as (CounterRow & { segment: string })[]),
    previousSegments: toSegmentCounters((previousSegmentRows ?? []) as unknown as (CounterRow & { segment: string })[]),
    gaps: { ...spots, themes },
  });
}
