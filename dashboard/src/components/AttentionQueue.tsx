// The attention queue: open (or resolved) items, newest first, "Load more" paging, resolve/reopen with
// focus kept in place and the outcome announced.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AttentionItem, AttentionStatus } from '../../../shared/owner-api.ts';
import type { Credentials, Filters } from '../api.ts';
import type { Say } from '../hooks/useAnnouncement.ts';
import { MESSAGES } from '../locales.ts';
import { OVERVIEW_TEXTS } from '../overview/texts.ts';
import { formatFigure } from '../format.ts';
import { useAttention } from '../hooks/useAttention.ts';
import { useI18n } from '../i18n.tsx';
import { AttentionCard } from './AttentionCard.tsx';
import { ReplyThread } from '../close-loop/ReplyThread.tsx';
import { CLOSE_LOOP_TEXTS } from '../close-loop/texts.ts';
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

export function AttentionQueue({ credentials, openCount, openTotal, filters, onApiError, onChanged }: Props) {
  const { language, t } = useI18n();
  const [status, setStatus] = useState<AttentionStatus>('open');
  const queue = useAttention(credentials, status, onApiError, filters);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useEffect(() => {
    if (focusIndex === null) return;
    const target = buttons.current[Math.min(focusIndex, queue.items.length - 1)];
    (target ?? document.getElementById('attention-heading'))?.focus();
    setFocusIndex(null);
  }, [focusIndex, queue.items]);

  const toggle = useCallback(
    async (item: AttentionItem) => {
      const index = queue.items.indexOf(item);
      const next: AttentionStatus = item.status === 'resolved' ? 'open' : 'resolved';
      if (await queue.setItemStatus(item.id, next)) {
        setFocusIndex(index);
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
          <AttentionCard
            key={item.id}
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
              onReplied={(next) => {
                queue.replaceItem(next);
                onChanged((l) => CLOSE_LOOP_TEXTS[l].sent);
              }}
            />
          </AttentionCard>
        ))}
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
