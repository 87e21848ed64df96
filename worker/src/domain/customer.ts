import type { Customer, TimelineEntry } from '../../../shared/owner-api.ts';
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
}

/** A customer's emotional bank account: every answer in time order with the running balance. */
export function customerAccount(customerRef: string, answers: CustomerAnswer[]): Customer | null {
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
  };
}
