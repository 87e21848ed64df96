// How long the customer has been waiting for a first reply: due within 24 h, overdue in red after 48 h.
import type { AttentionItem } from '../../../shared/owner-api.ts';
import { useI18n } from '../i18n.tsx';
import { CLOSE_LOOP_TEXTS } from './texts.ts';
import { replyTimer } from './timer.ts';

/** Whole hours; under half an hour reads "< 1" (not "0", which looked like no time at all). */
const hoursText = (hours: number) => (hours < 0.5 ? '< 1' : String(Math.round(hours)));

export function ReplyTimer({
  item,
  now = Date.now(),
}: {
  item: Pick<AttentionItem, 'createdAt' | 'firstReplyAt' | 'status'>;
  now?: number;
}) {
  const { language } = useI18n();
  const t = CLOSE_LOOP_TEXTS[language];
  if (item.status === 'resolved' && !item.firstReplyAt) return null;
  const state = replyTimer(item.createdAt, item.firstReplyAt, now);
  const text =
    state.kind === 'replied'
      ? t.repliedAfter(hoursText(state.hoursTaken))
      : state.kind === 'due'
        ? t.dueIn(hoursText(state.hoursLeft))
        : state.kind === 'late'
          ? t.dueSoon(hoursText(state.hoursLate - 24))
          : t.overdueBy(hoursText(state.hoursLate));
  return (
    <p class={`reply-timer reply-timer-${state.kind}`} data-reply-timer={state.kind}>
      {text}
    </p>
  );
}
