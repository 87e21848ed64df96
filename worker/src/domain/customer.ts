import type { AttentionReply, Resolution } from '../../../shared/close-loop.ts';
import type { Customer, CustomerRecovery, TimelineEntry } from '../../../shared/owner-api.ts';
import { TOUCHPOINTS, type ResponseKind, type SentimentLabel, type Touchpoint } from '../../../shared/schemas.ts';

export interface CustomerAnswer {
  id: string;
  createdAt: string;
  kind: ResponseKind;
  touchpoint: Touchpoint;
  rating: number | null;
  nps: number | null;
  comment: string | null;
  sentiment: SentimentLabel | null;
  polarity: -1 | 0 | 1;
  followUpOf: string | null;
}

export interface CustomerComplaint {
  id: string;
  repliedAt: string | null;
  resolution: Resolution | null;
}

/**
 * Per complaint: the balance just before it, just after it, and after the customer's latest follow-up (the
 * repair), read off the running balance of the timeline.
 */
export function recoveriesOf(timeline: TimelineEntry[], complaints: CustomerComplaint[]): CustomerRecovery[] {
  const recoveries: CustomerRecovery[] = [];
  for (const complaint of complaints) {
    const entry = timeline.find((candidate) => candidate.id === complaint.id);
    if (!entry) continue;
    const repair = timeline.findLast((candidate) => candidate.followUpOf === complaint.id);
    recoveries.push({
      attentionId: complaint.id,
      complainedAt: entry.createdAt,
      balanceBefore: entry.balance - entry.polarity,
      balanceAfterComplaint: entry.balance,
      repliedAt: complaint.repliedAt,
      balanceAfterRepair: repair ? repair.balance : null,
      resolution: complaint.resolution,
    });
  }
  return recoveries;
}

/** A customer's emotional bank account: every answer in time order with the running balance. */
export function customerAccount(
  customerRef: string,
  answers: CustomerAnswer[],
  complaints: CustomerComplaint[] = [],
  replies: (AttentionReply & { attentionId: string })[] = [],
): Customer | null {
  const [first, last] = [answers[0], answers.at(-1)];
  if (!first || !last) return null;
  let balance = 0;
  const timeline: TimelineEntry[] = answers.map((answer) => ({ ...answer, balance: (balance += answer.polarity) }));
  const byTouchpoint = Object.fromEntries(TOUCHPOINTS.map((touchpoint) => [touchpoint, { answers: 0, balance: 0 }]));
  for (const answer of answers) {
    const account = byTouchpoint[answer.touchpoint]!;
    account.answers += 1;
    account.balance += answer.polarity;
  }
  return {
    customerRef,
    balance,
    answers: answers.length,
    firstSeen: first.createdAt,
    lastSeen: last.createdAt,
    byTouchpoint: byTouchpoint as Customer['byTouchpoint'],
    timeline,
    replies,
    recoveries: recoveriesOf(timeline, complaints),
  };
}
