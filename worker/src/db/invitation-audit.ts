import { INVITATION_TOUCHPOINTS, type InvitationTouchpoint } from '../../../shared/invitations.ts';
import {
  SCORE_GROUPS,
  type AuditCounts,
  type OrderInvitationAudit,
  type ScoreGroup,
  type TouchpointAudit,
} from '../../../shared/invitation-audit.ts';
import { addDays } from '../domain/dates.ts';

interface AuditRow {
  touchpoint: InvitationTouchpoint;
  status: string;
  skip_reason: string | null;
  score_group: ScoreGroup;
  invitations: number;
  sent: number;
  opened: number;
  answered: number;
  answered_sent: number;
}

/**
 * Invitations whose sending time (sent_at, else send_at) lies in the period. The period is the same for every state,
 * so `sent` here equals the summary's `responseRate[touchpoint].sent` for the same days.
 */
const inPeriod = (alias = '') =>
  `${alias}shop_id = ?1 AND COALESCE(${alias}sent_at, ${alias}send_at) >= ?2 AND COALESCE(${alias}sent_at, ${alias}send_at) < ?3`;

/**
 * The score group of each answered invitation, from the answers it recorded (answer_ids): NPS first, else the mean
 * rating (a review invitation answers one rating per product). Thresholds of shared/invitation-audit.ts.
 */
const AUDIT_SQL = `
  WITH scored AS (
    SELECT i.id, AVG(r.nps) AS nps, AVG(r.rating) AS rating
    FROM order_invitations i, json_each(i.answer_ids) j JOIN responses r ON r.shop_id = ?1 AND r.id = j.value
    WHERE ${inPeriod('i.')} AND i.answered_at IS NOT NULL
    GROUP BY i.id
  )
  SELECT i.touchpoint, i.status, i.skip_reason,
    CASE
      WHEN s.nps IS NOT NULL THEN CASE WHEN s.nps <= 6.5 THEN 'low' WHEN s.nps < 8.5 THEN 'middle' ELSE 'high' END
      WHEN s.rating IS NOT NULL THEN CASE WHEN s.rating < 2.5 THEN 'low' WHEN s.rating <= 3.5 THEN 'middle' ELSE 'high' END
      ELSE 'no_answer'
    END AS score_group,
    COUNT(*) AS invitations, COUNT(i.sent_at) AS sent, COUNT(i.opened_at) AS opened, COUNT(i.answered_at) AS answered,
    COUNT(CASE WHEN i.sent_at IS NOT NULL THEN i.answered_at END) AS answered_sent
  FROM order_invitations i LEFT JOIN scored s ON s.id = i.id
  WHERE ${inPeriod('i.')}
  GROUP BY 1, 2, 3, 4`;

const zero = (): AuditCounts => ({ sent: 0, opened: 0, answered: 0 });
const byScore = () => Object.fromEntries(SCORE_GROUPS.map((group) => [group, zero()])) as Record<ScoreGroup, AuditCounts>;
function add(into: AuditCounts, row: AuditCounts): void {
  into.sent += row.sent;
  into.opened += row.opened;
  into.answered += row.answered;
}

/** The invitations audit of a shop for the days from–to (inclusive, UTC): two queries, whatever the number of invitations. */
export async function orderInvitationAudit(
  db: D1Database,
  shopId: string,
  from: string,
  to: string,
): Promise<OrderInvitationAudit> {
  const bounds = [shopId, `${from}T00:00:00.000Z`, `${addDays(to, 1)}T00:00:00.000Z`];
  const [rows, orders] = await db.batch<AuditRow | { n: number }>([
    db.prepare(AUDIT_SQL).bind(...bounds),
    db.prepare(`SELECT COUNT(DISTINCT order_id) AS n FROM order_invitations WHERE ${inPeriod()}`).bind(...bounds),
  ]);
  const touchpoints = new Map<InvitationTouchpoint, TouchpointAudit & { answeredSent: number }>(
    INVITATION_TOUCHPOINTS.map((touchpoint) => [
      touchpoint,
      {
        touchpoint,
        invitations: 0,
        scheduled: 0,
        sent: 0,
        opened: 0,
        answered: 0,
        failed: 0,
        skipped: {},
        responseRate: null,
        byScore: byScore(),
        answeredSent: 0,
      },
    ]),
  );
  const totals = byScore();
  for (const row of rows!.results as AuditRow[]) {
    const audit = touchpoints.get(row.touchpoint);
    if (!audit) continue;
    audit.invitations += row.invitations;
    add(audit, row);
    add(audit.byScore[row.score_group], row);
    add(totals[row.score_group], row);
    audit.answeredSent += row.answered_sent;
    if (row.status === 'scheduled') audit.scheduled += row.invitations;
    if (row.status === 'failed') audit.failed += row.invitations;
    if (row.status === 'skipped') {
      const reason = row.skip_reason ?? 'other';
      audit.skipped[reason] = (audit.skipped[reason] ?? 0) + row.invitations;
    }
  }
  return {
    from,
    to,
    orders: (orders!.results[0] as { n: number } | undefined)?.n ?? 0,
    touchpoints: [...touchpoints.values()].map(({ answeredSent, ...audit }) => ({
      ...audit,
      responseRate: audit.sent ? answeredSent / audit.sent : null,
    })),
    byScore: totals,
  };
}
