import type { Audit } from '../../../shared/audit.ts';
import { negativeExamples, segmentCounters, touchpointCounters, touchpointThemes } from '../db/audit.ts';
import { relationshipCounts } from '../db/relationship.ts';
import { buildAudit, comparedPeriod, weakestSpots } from '../domain/audit.ts';

const GAP_THEMES = 3;
const EXAMPLES = 3;

export interface AuditRequest {
  shopId: string;
  from: string;
  to: string;
  segment?: string | undefined;
  compare: 'previous' | 'year';
}

/** The audit of one period: two rounds of rollup reads (figures, then the weakest touchpoint's themes and examples). */
export async function computeAudit(db: D1Database, request: AuditRequest): Promise<Audit> {
  const { shopId, from, to, segment, compare } = request;
  const compared = comparedPeriod(from, to, compare);
  const [byTouchpoint, previousByTouchpoint, relationship, previousRelationship, segments, previousSegments] = await Promise.all([
    touchpointCounters(db, shopId, from, to, segment),
    touchpointCounters(db, shopId, compared.from, compared.to, segment),
    relationshipCounts(db, shopId, from, to, segment),
    relationshipCounts(db, shopId, compared.from, compared.to, segment),
    segment === undefined ? segmentCounters(db, shopId, from, to) : Promise.resolve(new Map()),
    segment === undefined ? segmentCounters(db, shopId, compared.from, compared.to) : Promise.resolve(new Map()),
  ]);
  const spots = weakestSpots(byTouchpoint);
  let themes: Audit['gaps']['themes'] = [];
  if (spots.touchpoint) {
    const touchpoint = spots.touchpoint;
    const counts = await touchpointThemes(db, shopId, from, to, [touchpoint], segment);
    const pulling = counts
      .filter((theme) => theme.negative > 0)
      .sort((a, b) => b.negative - a.negative || a.theme.localeCompare(b.theme))
      .slice(0, GAP_THEMES);
    themes = await Promise.all(
      pulling.map(async (theme) => ({
        theme: theme.theme,
        mentions: theme.mentions,
        negative: theme.negative,
        examples: await negativeExamples(db, shopId, from, to, touchpoint, theme.theme, EXAMPLES, segment),
      })),
    );
  }
  return buildAudit({
    shopId,
    from,
    to,
    segment: segment ?? null,
    compare,
    compared,
    byTouchpoint,
    previousByTouchpoint,
    relationship,
    previousRelationship,
    segments,
    previousSegments,
    gaps: { ...spots, themes },
  });
}
