// The audit of invitations after the purchase (issue #15, "no gating"): per touchpoint and per score group of the
// answer given, how many invitations were sent, opened and answered. Not to be confused with `GET …/invitations/audit`
// (shared/reviews.ts), which audits the widget's offer to write a public review.
import { z } from 'zod';
import { InvitationTouchpointSchema } from './invitations.ts';
import { DaySchema } from './schemas.ts';

/**
 * The score group of an invitation's answer: `low` = 1–2★ or NPS 0–6 (detractor), `middle` = 3★ or 7–8 (passive),
 * `high` = 4–5★ or 9–10 (promoter); a review invitation answered for several products counts by its mean rating.
 * `no_answer`: not answered (or its answer was erased since).
 */
export const SCORE_GROUPS = ['low', 'middle', 'high', 'no_answer'] as const;
export const ScoreGroupSchema = z.enum(SCORE_GROUPS).meta({ id: 'ScoreGroup' });

export const OrderInvitationAuditQuerySchema = z.object({
  from: DaySchema.optional().meta({ description: 'First day, inclusive (UTC). Default: 29 days before `to`.' }),
  to: DaySchema.optional().meta({ description: 'Last day, inclusive (UTC). Default: today.' }),
});

export const AuditCountsSchema = z
  .object({
    sent: z.int().meta({ description: 'Invitations sent (by webhook, mail provider or dev mailbox).' }),
    opened: z.int().meta({ description: 'Of all counted, how many had the hosted page opened (mail scanners open it too).' }),
    answered: z.int().meta({ description: 'Of all counted, how many were answered from the hosted page (channel `link`).' }),
  })
  .meta({ id: 'AuditCounts' });

const ByScoreSchema = z
  .object({ low: AuditCountsSchema, middle: AuditCountsSchema, high: AuditCountsSchema, no_answer: AuditCountsSchema })
  .meta({
    description: "The counts split by the score group of the answer given; the groups add up to the touchpoint's counts.",
  });

export const TouchpointAuditSchema = z
  .object({
    touchpoint: InvitationTouchpointSchema,
    invitations: z.int().meta({ description: 'Every invitation of this touchpoint in the period, whatever became of it.' }),
    scheduled: z.int().meta({ description: 'Not due yet (or waiting for a retry or the end of quiet hours).' }),
    sent: z.int(),
    opened: z.int(),
    answered: z.int(),
    failed: z.int().meta({ description: 'Given up after repeated delivery failures.' }),
    skipped: z.record(z.string(), z.int()).meta({
      description:
        'Not sent, by reason: `unsubscribed`, `cooldown` (another order of the customer lately), `no_channel`, `answered_first` (answered from the link before it was sent).',
    }),
    responseRate: z
      .number()
      .nullable()
      .meta({ description: 'Answered of sent (answers to invitations sent / invitations sent); null with none sent.' }),
    byScore: ByScoreSchema,
  })
  .meta({ id: 'TouchpointAudit' });

export const OrderInvitationAuditSchema = z
  .object({
    from: DaySchema,
    to: DaySchema,
    orders: z.int().meta({ description: 'Orders with at least one invitation in the period.' }),
    touchpoints: z
      .array(TouchpointAuditSchema)
      .meta({ description: 'delivery, return, support, reviews: always all four, in this order.' }),
    byScore: ByScoreSchema,
  })
  .meta({
    id: 'OrderInvitationAudit',
    description:
      'Invitations whose sending time (sent, else due) falls in the period. Every order gets the same invitations whatever its ' +
      'answer may be: only an unsubscribe, the cooldown or a missing channel hold one back, and those are counted under `skipped`.',
  });

export type ScoreGroup = (typeof SCORE_GROUPS)[number];
export type AuditCounts = z.infer<typeof AuditCountsSchema>;
export type TouchpointAudit = z.infer<typeof TouchpointAuditSchema>;
export type OrderInvitationAudit = z.infer<typeof OrderInvitationAuditSchema>;
