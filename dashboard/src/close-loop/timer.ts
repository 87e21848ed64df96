// The first-reply timer: a complaint is due a reply within 24 h and overdue (red) after 48 h.
import { formatLongDuration, type DurationForm } from '../format.ts';
import type { Language } from '../locales.ts';
import { CLOSE_LOOP_TEXTS } from './texts.ts';

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

/**
 * How long, as the timer says it: from two days on in days and hours ("12 d 3 h"); shorter in whole hours ("30 h"),
 * and under half an hour "< 1 h" (not "0 h", which looked like no time at all).
 */
export function waitText(language: Language, hours: number, form: DurationForm = 'plain'): string {
  return formatLongDuration(language, hours, form) ?? `${hours < 0.5 ? '< 1' : String(Math.round(hours))} h`;
}

/** The timer's sentence, e.g. "Overdue: no reply for 12 d 3 h", "First reply after 30 h". */
export function timerText(language: Language, state: TimerState): string {
  const t = CLOSE_LOOP_TEXTS[language];
  if (state.kind === 'replied') return t.repliedAfter(waitText(language, state.hoursTaken, 'after'));
  if (state.kind === 'due') return t.dueIn(waitText(language, state.hoursLeft));
  if (state.kind === 'late') return t.dueSoon(waitText(language, state.hoursLate - DUE_HOURS));
  return t.overdueBy(waitText(language, state.hoursLate));
}
