import type { InvitationTouchpoint } from '../../../shared/invitations.ts';
import type { AnswerFilters, Summary } from '../../../shared/schemas.ts';
import { addDays } from '../domain/dates.ts';
import { answerFilter } from './insights.ts';

const INVITATION_TOUCHPOINTS: InvitationTouchpoint[] = ['delivery', 'return', 'support', 'reviews'];

/**
 * Answers from the hosted page in the period: a walk of the partial index of link answers by day (only they are
 * read, the filters checked on them); the rest came from the widget. By `created_at` the planner walked every answer.
 */
export async function linkAnswers(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
): Promise<number> {
  const { where, values } = answerFilter(shopId, filters, from, to);
  const row = await db
    .prepare(
      `SELECT COUNT(*) AS n FROM responses INDEXED BY responses_link_by_shop_day
       WHERE channel = 'link' AND day BETWEEN ? AND ? AND ${where}`,
    )
    .bind(from, to, ...values)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** Invitations sent in the period, per touchpoint, with how many were opened and answered. */
export async function responseRates(db: D1Database, shopId: string, from: string, to: string): Promise<Summary['responseRate']> {
  const { results } = await db
    .prepare(
      `SELECT touchpoint, COUNT(*) AS sent, COUNT(opened_at) AS opened, COUNT(answered_at) AS answered FROM order_invitations
       WHERE shop_id = ? AND sent_at >= ? AND sent_at < ? GROUP BY touchpoint`,
    )
    .bind(shopId, `${from}T00:00:00.000Z`, `${addDays(to, 1)}T00:00:00.000Z`)
    .all<{ touchpoint: InvitationTouchpoint; sent: number; opened: number; answered: number }>();
  const rates = Object.fromEntries(
    INVITATION_TOUCHPOINTS.map((touchpoint) => [touchpoint, { sent: 0, opened: 0, answered: 0, rate: null as number | null }]),
  ) as Summary['responseRate'];
  for (const row of results) {
    rates[row.touchpoint] = {
      sent: row.sent,
      opened: row.opened,
      answered: row.answered,
      rate: row.sent ? row.answered / row.sent : null,
    };
  }
  return rates;
}
