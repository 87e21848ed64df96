// How long the customer has been waiting for a first reply: due within 24 h, overdue in red after 48 h.
import type { AttentionItem } from '../../../shared/owner-api.ts';
import { useI18n } from '../i18n.tsx';
import { replyTimer, timerText } from './timer.ts';

export function ReplyTimer({
  item,
  now = Date.now(),
}: {
  item: Pick<AttentionItem, 'createdAt' | 'firstReplyAt' | 'status'>;
  now?: number;
}) {
  const { language } = useI18n();
  if (item.status === 'resolved' && !item.firstReplyAt) return null;
  const state = replyTimer(item.createdAt, item.firstReplyAt, now);
  return (
    <p class={`reply-timer reply-timer-${state.kind}`} data-reply-timer={state.kind}>
      {timerText(language, state)}
    </p>
  );
}
