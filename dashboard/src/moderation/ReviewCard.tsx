// One review as the owner moderates it: stars, title and text (as text, never HTML), who wrote it, why it was
// held, Publish / Reject-for-a-fixed-reason (a reason the owner chooses: none is preselected, and "Reject" without
// one says what is missing and goes to the picker), and the public reply: only under a published review (nobody sees
// a held or rejected one, so the card says so instead of offering a reply nobody would read).
import { useState } from 'preact/hooks';
import type { OwnerReview, RejectReason } from '../../../shared/reviews.ts';
import { formatMoment } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { MODERATION_TEXTS } from './texts.ts';

/** shared/reviews.ts holds the same list next to zod; a value import would bundle zod. */
const REJECT_REASONS = ['spam', 'offensive', 'off_topic', 'personal_data'] as const satisfies readonly RejectReason[];
const _everyReason: Record<RejectReason, true> = { spam: true, offensive: true, off_topic: true, personal_data: true };
void _everyReason;

interface Props {
  review: OwnerReview;
  busy: boolean;
  onApprove(review: OwnerReview): void;
  onReject(review: OwnerReview, reason: RejectReason): void;
  onReply(review: OwnerReview, text: string): Promise<boolean>;
}

export const Stars = ({ rating, label }: { rating: number; label: string }) => (
  <span class="stars" role="img" aria-label={label}>
    {'★'.repeat(rating)}
    <span class="stars-off">{'★'.repeat(5 - rating)}</span>
  </span>
);

export function ReviewCard({ review, busy, onApprove, onReject, onReply }: Props) {
  const { language } = useI18n();
  const t = MODERATION_TEXTS[language];
  const [reason, setReason] = useState<RejectReason | ''>('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [reply, setReply] = useState('');
  const id = `review-${review.id}`;
  const reject = () => {
    if (reason) return onReject(review, reason);
    setReasonMissing(true);
    document.getElementById(`${id}-reason`)?.focus();
  };
  const submitReply = async (event: Event) => {
    event.preventDefault();
    if (reply.trim() && (await onReply(review, reply.trim()))) setReply('');
  };
  return (
    <li class="review-card" aria-labelledby={`${id}-title`} data-review-id={review.id} data-status={review.status}>
      <div class="review-head">
        <Stars rating={review.rating} label={t.stars(review.rating)} />
        <h3 id={`${id}-title`} class="review-title" lang={review.lang}>
          {review.title ?? t.stars(review.rating)}
        </h3>
      </div>
      {review.body && (
        <blockquote class="comment" lang={review.lang}>
          {review.body}
        </blockquote>
      )}
      <dl class="facts">
        <div>
          <dt>{t.product}</dt>
          <dd>{review.productId}</dd>
        </div>
        <div>
          <dt>{t.author}</dt>
          <dd>{review.authorName ?? t.anonymous}</dd>
        </div>
        <div>
          <dt class="sr-only">{t.verified}</dt>
          <dd>{review.verified ? `✓ ${t.verified}` : t.unverified}</dd>
        </div>
        <div>
          <dt class="sr-only">{t.log.when}</dt>
          <dd>
            <time dateTime={review.createdAt}>{formatMoment(language, review.createdAt)}</time>
          </dd>
        </div>
      </dl>
      {review.holdReasons.length > 0 && review.status === 'held' && (
        <div class="hold-reasons">
          <span class="small muted" id={`${id}-held`}>
            {t.heldBecause}:
          </span>
          <ul class="reasons" aria-labelledby={`${id}-held`}>
            {review.holdReasons.map((hold) => (
              <li key={hold} class="pill" data-hold-reason={hold}>
                {t.holdReasons[hold]}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="review-actions">
        {review.status !== 'published' && (
          <button
            type="button"
            class="button button-primary"
            disabled={busy}
            aria-describedby={`${id}-title`}
            onClick={() => onApprove(review)}
          >
            {t.approve}
          </button>
        )}
        {review.status !== 'rejected' && (
          <div class="reject-group">
            <label id={`${id}-reject-label`} for={`${id}-reason`} class="small">
              {t.rejectReason}
            </label>
            <select
              id={`${id}-reason`}
              value={reason}
              aria-describedby={reasonMissing ? `${id}-reject-missing ${id}-reject-note` : `${id}-reject-note`}
              aria-invalid={reasonMissing}
              onChange={(event) => {
                setReason((event.currentTarget as HTMLSelectElement).value as RejectReason | '');
                setReasonMissing(false);
              }}
            >
              <option value="">{t.chooseReason}</option>
              {REJECT_REASONS.map((value) => (
                <option key={value} value={value}>
                  {t.rejectReasons[value]}
                </option>
              ))}
            </select>
            <button type="button" class="button" disabled={busy} aria-describedby={`${id}-title`} onClick={reject}>
              {t.reject}
            </button>
            {reasonMissing && (
              <p id={`${id}-reject-missing`} class="reject-missing" role="alert" data-reason-missing>
                {t.reasonMissing}
              </p>
            )}
            <p id={`${id}-reject-note`} class="sr-only">
              {t.rejectNote}
            </p>
          </div>
        )}
      </div>
      {review.reply && (
        <div class="public-reply" data-public-reply>
          <p class="thread-who">
            {t.replyCurrent} · <time dateTime={review.reply.at}>{formatMoment(language, review.reply.at)}</time>
          </p>
          <p class="thread-text">{review.reply.text}</p>
        </div>
      )}
      {review.status !== 'published' ? (
        <p class="muted small" data-reply-after-publish>
          {t.replyAfterPublish[review.status]}
        </p>
      ) : (
        <form class="reply-form" onSubmit={(event) => void submitReply(event)}>
          <label for={`${id}-reply`}>{t.replyLabel}</label>
          <p class="muted small" id={`${id}-reply-hint`}>
            {t.replyHint}
          </p>
          <textarea
            id={`${id}-reply`}
            rows={3}
            maxLength={2000}
            value={reply}
            aria-describedby={`${id}-reply-hint`}
            onInput={(event) => setReply((event.currentTarget as HTMLTextAreaElement).value)}
          />
          <button type="submit" class="button" disabled={busy || !reply.trim()}>
            {t.saveReply}
          </button>
        </form>
      )}
    </li>
  );
}
