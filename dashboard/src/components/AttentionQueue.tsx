// The attention queue: open (or replied, or resolved) items, newest first, "Load more" paging, resolve/reopen with
// focus kept in place and the outcome announced. A reply moves an open item to "Replied": it leaves the open list
// with a confirmation where the card was, scrolled into view (on a phone the card is taller than the screen: a notice
// above the list would be far out of sight), and focus goes to the next card (or the list's heading when none is left).
import { Fragment } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AttentionItem, AttentionStatus, ReplyResult } from '../../../shared/owner-api.ts';
import type { Credentials, Filters } from '../api.ts';
import type { Say } from '../hooks/useAnnouncement.ts';
import { MESSAGES } from '../locales.ts';
import { OVERVIEW_TEXTS } from '../overview/texts.ts';
import { formatFigure } from '../format.ts';
import { useAttention } from '../hooks/useAttention.ts';
import { useKeepInView } from '../hooks/useKeepInView.ts';
import { useI18n } from '../i18n.tsx';
import { AttentionCard } from './AttentionCard.tsx';
import { ReplyThread } from '../close-loop/ReplyThread.tsx';
import { CLOSE_LOOP_TEXTS } from '../close-loop/texts.ts';
import { sentMessage, type Sent } from '../close-loop/sent-message.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { Panel } from './Panel.tsx';
import { Segmented } from './Segmented.tsx';

interface Props {
  credentials: Credentials;
  openCount: number;
  /** Items open in the whole shop, whatever the filters. */
  openTotal: number;
  filters: Filters;
  onApiError(error: unknown): boolean;
  onChanged(say: Say): void;
}

/** The confirmation of the last reply (its words: close-loop/sent-message.ts), and the card it stands before. */
interface SentNotice extends Sent {
  /** The card the confirmation stands before: the one after the replied card (null: the end of the list). */
  before: string | null;
  /** The replied item, when it kept its place in the list (its box keeps focus). */
  stayed: string | null;
}

export function AttentionQueue({ credentials, openCount, openTotal, filters, onApiError, onChanged }: Props) {
  const { language, t } = useI18n();
  const [status, setStatus] = useState<AttentionStatus>('open');
  const queue = useAttention(credentials, status, onApiError, filters);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  /** After a reply took an item out of this list: where focus goes next (the card now at that place). */
  const [headingIndex, setHeadingIndex] = useState<number | null>(null);
  /** The last reply sent from this list, in the language the customer was written to. */
  const [sent, setSent] = useState<SentNotice | null>(null);
  const sentNotice = useRef<HTMLLIElement>(null);

  useEffect(() => {
    if (focusIndex === null) return;
    const target = buttons.current[Math.min(focusIndex, queue.items.length - 1)];
    (target ?? document.getElementById('attention-heading'))?.focus();
    setFocusIndex(null);
  }, [focusIndex, queue.items]);

  useEffect(() => {
    if (headingIndex === null) return;
    const next = queue.items[Math.min(headingIndex, queue.items.length - 1)];
    document.getElementById(next ? `attention-${next.id}` : 'attention-heading')?.focus();
    setHeadingIndex(null);
  }, [headingIndex, queue.items]);

  // A card that keeps its place (a second reply, in "Replied" or "Resolved") keeps focus in its reply box: "Send reply"
  // went disabled while sending, which would otherwise drop focus to the top of the page.
  useEffect(() => {
    if (sent?.stayed) document.getElementById(`reply-${sent.stayed}`)?.focus({ preventScroll: true });
  }, [sent]);
  // After focus has moved (the effects above, declared first), the confirmation is brought into view where the owner
  // is looking: it stands just above the focused card (or just below the card replied to again), so both are on
  // screen. It stays in view while the page settles (the card grows, the figures refresh) until the owner scrolls.
  useKeepInView(sentNotice, sent);

  useEffect(() => setSent(null), [status]);

  const replied = useCallback(
    (next: AttentionItem, { delivery, emailFailed }: ReplyResult) => {
      const lang = next.replies.at(-1)?.lang ?? 'en';
      const moved = next.status !== status;
      const index = queue.items.findIndex((item) => item.id === next.id);
      const before = queue.items[index + 1]?.id ?? null;
      if (moved) {
        setHeadingIndex(index);
        queue.removeItem(next.id);
      } else queue.replaceItem(next);
      const confirmation: Sent = { lang, moved, delivery, emailFailed };
      setSent({ ...confirmation, before, stayed: moved ? null : next.id });
      onChanged((l) => sentMessage(l, confirmation));
    },
    [queue, status, onChanged],
  );

  const toggle = useCallback(
    async (item: AttentionItem) => {
      const index = queue.items.indexOf(item);
      const next: AttentionStatus = item.status === 'resolved' ? 'open' : 'resolved';
      if (await queue.setItemStatus(item.id, next)) {
        setFocusIndex(index);
        setSent(null); // the confirmation is of the last thing done: it no longer is
        onChanged((l) => (next === 'resolved' ? MESSAGES[l].status.resolved : MESSAGES[l].status.reopened));
      }
    },
    [queue, onChanged],
  );

  const options = [
    { value: 'open', label: t.attention.open },
    { value: 'replied', label: CLOSE_LOOP_TEXTS[language].replied },
    { value: 'resolved', label: t.attention.resolved },
  ] as const;
  // Where the replied card was (or just below it, when it stays): the owner's eyes are there, not above the list.
  const notice = sent && (
    <li key="reply-sent" class="notice notice-success attention-sent" data-reply-sent ref={sentNotice}>
      <p>{sentMessage(language, sent)}</p>
      {sent.moved && (
        <button type="button" class="button button-small" onClick={() => setStatus('replied')}>
          {CLOSE_LOOP_TEXTS[language].showReplied}
        </button>
      )}
    </li>
  );
  return (
    <Panel
      id="attention-heading"
      title={t.attention.heading}
      class="attention"
      actions={
        <Segmented<AttentionStatus>
          name="attention-status"
          legend={t.attention.show}
          value={status}
          options={options}
          onChange={setStatus}
        />
      }
    >
      {status === 'open' && (
        <p class="muted small" data-open-count>
          {OVERVIEW_TEXTS[language].scope.openTotal(
            formatFigure(language, 'count', openCount),
            formatFigure(language, 'count', openTotal),
          )}
        </p>
      )}
      {queue.error && !queue.items.length ? <ErrorNotice error={queue.error} onRetry={queue.reload} /> : null}
      {!queue.loading && !queue.error && queue.items.length === 0 && (
        <p class="empty">{status === 'open' ? t.attention.empty : t.attention.emptyResolved}</p>
      )}
      <ul class="attention-list" aria-busy={queue.loading}>
        {queue.items.map((item, index) => (
          <Fragment key={item.id}>
            {sent?.before === item.id && notice}
            <AttentionCard
              item={item}
              busy={queue.busyId === item.id}
              buttonRef={(element) => {
                buttons.current[index] = element;
              }}
              onToggle={toggle}
            >
              <ReplyThread
                credentials={credentials}
                item={item}
                shopLocale={queue.shopLocale}
                onApiError={onApiError}
                onReplied={replied}
              />
            </AttentionCard>
          </Fragment>
        ))}
        {sent?.before === null && notice}
      </ul>
      {queue.loading && <p class="muted small">{queue.items.length ? t.status.loadingMore : t.status.loading}</p>}
      {queue.nextCursor && !queue.loading && (
        <button type="button" class="button button-wide" onClick={() => void queue.loadMore()}>
          {t.attention.loadMore}
        </button>
      )}
    </Panel>
  );
}
