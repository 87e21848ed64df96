// Moderation (issue #14 item 9): held reviews with their reasons, Publish or Reject for a fixed reason, a public
// reply, and the moderation log. A decided review leaves the list; focus moves to the next one.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { OwnerReview, RejectReason, ReviewStatus } from '../../../shared/reviews.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { LiveStatus } from '../components/LiveStatus.tsx';
import { Segmented } from '../components/Segmented.tsx';
import { useAnnouncement, type Say } from '../hooks/useAnnouncement.ts';
import { useI18n } from '../i18n.tsx';
import type { ViewProps } from '../shell/views.tsx';
import { decide, fetchModeration, fetchModerationLog, replyPublicly, type ModerationLogEntry } from './api.ts';
import { ModerationLog } from './ModerationLog.tsx';
import { ReviewCard } from './ReviewCard.tsx';
import { MODERATION_TEXTS } from './texts.ts';
import './moderation.css';

export function ModerationScreen({ credentials, onApiError }: ViewProps) {
  const { language } = useI18n();
  const t = MODERATION_TEXTS[language];
  const [status, setStatus] = useState<ReviewStatus>('held');
  const [reviews, setReviews] = useState<OwnerReview[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [log, setLog] = useState<ModerationLogEntry[] | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [message, announce] = useAnnouncement();
  const list = useRef<HTMLUListElement>(null);

  const fail = useCallback(
    (failure: unknown) => {
      if (!onApiError(failure)) setError(failure);
    },
    [onApiError],
  );

  useEffect(() => {
    let current = true;
    setReviews(null);
    setError(null);
    fetchModeration(credentials, status, null).then(
      (page) => current && (setReviews(page.reviews), setCursor(page.nextCursor)),
      (failure: unknown) => current && fail(failure),
    );
    return () => {
      current = false;
    };
  }, [credentials, status, attempt]);

  const reloadLog = useCallback(() => {
    fetchModerationLog(credentials).then((page) => setLog(page.entries), fail);
  }, [credentials, fail]);
  useEffect(reloadLog, [reloadLog]);

  const loadMore = async () => {
    try {
      const page = await fetchModeration(credentials, status, cursor);
      setReviews((previous) => [...(previous ?? []), ...page.reviews]);
      setCursor(page.nextCursor);
    } catch (failure) {
      fail(failure);
    }
  };

  /** Runs a decision; the review leaves a list it no longer belongs to and focus goes to the next card. */
  const run = async (review: OwnerReview, action: () => Promise<OwnerReview>, said: Say) => {
    setBusyId(review.id);
    try {
      const next = await action();
      const index = reviews?.indexOf(review) ?? -1;
      const stays = next.status === status;
      setReviews((previous) => (previous ?? []).flatMap((entry) => (entry.id !== next.id ? [entry] : stays ? [next] : [])));
      announce(said);
      reloadLog();
      if (!stays) {
        requestAnimationFrame(() => {
          const cards = list.current?.querySelectorAll<HTMLElement>('.review-card button');
          const target = list.current
            ?.querySelectorAll<HTMLElement>('.review-card')
            [Math.max(0, index)]?.querySelector<HTMLElement>('button');
          (target ?? cards?.[0] ?? document.getElementById('moderation-heading'))?.focus();
        });
      }
      return true;
    } catch (failure) {
      fail(failure);
      return false;
    } finally {
      setBusyId(null);
    }
  };

  const onApprove = (review: OwnerReview) =>
    void run(
      review,
      () => decide(credentials, review.id, { decision: 'approve' }),
      (l) => MODERATION_TEXTS[l].approved,
    );
  const onReject = (review: OwnerReview, reason: RejectReason) =>
    void run(
      review,
      () => decide(credentials, review.id, { decision: 'reject', reason }),
      (l) => MODERATION_TEXTS[l].rejected(MODERATION_TEXTS[l].rejectReasons[reason]),
    );
  const onReply = (review: OwnerReview, text: string) =>
    run(
      review,
      () => replyPublicly(credentials, review.id, text),
      (l) => MODERATION_TEXTS[l].replied,
    );

  const options = (['held', 'published', 'rejected'] as const).map((value) => ({ value, label: t.statuses[value] }));
  return (
    <main id="main" class="content moderation">
      <section class="panel" aria-labelledby="moderation-heading">
        <div class="panel-head">
          <h2 id="moderation-heading" tabIndex={-1}>
            {t.heading}
          </h2>
          <Segmented<ReviewStatus>
            name="moderation-status"
            legend={t.show}
            value={status}
            options={options}
            onChange={setStatus}
          />
        </div>
        <p class="muted small">{t.intro}</p>
      </section>
      <LiveStatus message={message} />
      {error ? <ErrorNotice error={error} onRetry={() => setAttempt((n) => n + 1)} /> : null}
      {reviews === null ? (
        !error && <p class="loading-block">{t.loading}</p>
      ) : reviews.length === 0 ? (
        <p class="empty panel">{t.empty[status]}</p>
      ) : (
        <ul class="review-list" ref={list} aria-label={t.statuses[status]}>
          {reviews.map((review) => (
            <ReviewCard
              key={review.id}
              review={review}
              busy={busyId === review.id}
              onApprove={onApprove}
              onReject={onReject}
              onReply={onReply}
            />
          ))}
        </ul>
      )}
      {cursor && (
        <button type="button" class="button" onClick={() => void loadMore()}>
          {t.loadMore}
        </button>
      )}
      <ModerationLog entries={log} />
    </main>
  );
}
