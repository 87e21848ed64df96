// The first-reply timer: a complaint is due a reply within 24 h and overdue (red) after 48 h.
export const DUE_HOURS = 24;
export const OVERDUE_HOURS = 48;

export type TimerState =
  | { kind: 'due'; hoursLeft: number }
  | { kind: 'late' | 'overdue'; hoursLate: number }
  | { kind: 'replied'; hoursTaken: number };

export function replyTimer(createdAt: string, firstReplyAt: string | null, now: number): TimerState {
  const hours = ((firstReplyAt ? Date.parse(firstReplyAt) : now) - Date.parse(createdAt)) / 3_600_000;
  if (firstReplyAt) return { kind: 'replied', hoursTaken: hours };
  if (hours < DUE_HOURS) return { kind: 'due', hoursLeft: DUE_HOURS - hours };
  return { kind: hours >= OVERDUE_HOURS ? 'overdue' : 'late', hoursLate: hours };
}
