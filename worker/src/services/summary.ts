import type { AnswerFilters, Granularity, Summary } from '../../../shared/schemas.ts';
import { attentionStats, customerBalances, recentNegative } from '../db/insights.ts';
import { linkAnswers, responseRates } from '../db/invitation-stats.ts';
import { summaryRollups } from '../db/period-counters.ts';
import { medianHoursToFirstReply, recoveryDays } from '../db/recovery.ts';
import { previousPeriod } from '../domain/periods.ts';
import { heldReviewCount } from '../db/reviews.ts';
import { recoveryFigures } from '../domain/recovery.ts';
import { buildSummary, type Counters } from '../domain/summary.ts';

const RECENT_NEGATIVE_LIMIT = 10;

/** A period's totals as one row for buildSummary, which only sums the previous period's rows and the byKind rows. */
function asRow(counters: Counters): { counters: Counters } {
  return { counters };
}

export interface SummaryRequest {
  shopId: string;
  from: string;
  to: string;
  granularity: Granularity;
  /** touchpoint, locale, segment, productId, kind (from/to are the resolved period above). */
  filters: Omit<AnswerFilters, 'from' | 'to'>;
}

/**
 * The summary of one period and filter combination: every read at once (they are independent), each a range read
 * of a rollup or an index walk that stops early — its cost follows the days in the period, not the answers. The
 * counters and themes of both periods go to the database as one batch (summaryRollups).
 */
export async function computeSummary(db: D1Database, request: SummaryRequest): Promise<Summary> {
  const { shopId, from, to, granularity, filters } = request;
  const previous = previousPeriod(from, to);
  const [rollups, negative, attention, customers, complaints, replyMedian, link, responseRate, held] = await Promise.all([
    summaryRollups(db, shopId, filters, { from, to }, previous),
    recentNegative(db, shopId, filters, from, to, RECENT_NEGATIVE_LIMIT),
    attentionStats(db, shopId, filters, from, to),
    customerBalances(db, shopId),
    recoveryDays(db, shopId, filters, from, to),
    medianHoursToFirstReply(db, shopId, filters, from, to),
    linkAnswers(db, shopId, filters, from, to),
    responseRates(db, shopId, from, to),
    heldReviewCount(db, shopId),
  ]);
  const { counters } = rollups;
  const summary = buildSummary({
    shopId,
    from,
    to,
    granularity,
    days: counters.days,
    touchpoints: counters.touchpoints,
    previous: { ...previous, days: [asRow(rollups.previous)] },
    themes: rollups.themes,
    previousThemes: rollups.previousThemes,
    recentNegative: negative,
    attention,
    customers,
    recovery: recoveryFigures(complaints, replyMedian, from, to, granularity),
    kinds: {
      all: rollups.all ? [asRow(rollups.all)] : counters.touchpoints,
      review: rollups.review ? [asRow(rollups.review)] : counters.touchpoints,
    },
  });
  return { ...summary, byChannel: { onsite: summary.responses - link, link }, responseRate, moderation: { held } };
}
