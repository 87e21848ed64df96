// One answer that needs the owner: why, where, the scores, the shopper's comment (as text, never HTML) and the action.
import type { ComponentChildren, Ref } from 'preact';
import { negativeThemes } from '../../../shared/complaints.ts';
import type { AttentionItem, AttentionReason } from '../../../shared/owner-api.ts';
import { formatMoment } from '../format.ts';
import { ClampedText } from './ClampedText.tsx';
import { useI18n } from '../i18n.tsx';
import { OVERVIEW_TEXTS } from '../overview/texts.ts';
import { MODERATION_TEXTS } from '../moderation/texts.ts';
import { customerHref, viewHref } from '../shell/route.ts';

/** The chips' order on every card: what the comment says first, then the scores (as the worker lists reasons). */
const REASON_ORDER: readonly AttentionReason[] = ['negative_comment', 'negative_theme', 'low_rating', 'detractor'];

interface Props {
  item: AttentionItem;
  busy: boolean;
  buttonRef?: Ref<HTMLButtonElement>;
  onToggle(item: AttentionItem): void;
  /** Below the card: the reply thread (close-loop/ReplyThread.tsx). */
  children?: ComponentChildren;
}

export function AttentionCard({ item, busy, buttonRef, onToggle, children }: Props) {
  const { language, t } = useI18n();
  const headingId = `attention-${item.id}`;
  const resolved = item.status === 'resolved';
  // What the comment complains about, by the worker's own predicate (shared/complaints.ts). Every item in the queue
  // is a complaint; "Complaint: Delivery" names its negative themes whatever opened it: a 2★ "Packaging was
  // damaged." (opened as `low_rating`, its comment not confident enough for `negative_theme` alone) says so as
  // plainly as a 5★ answer that only its confidently negative comment (`negative_theme`) put here.
  const complained = negativeThemes(item.themes);
  const complaints = complained.map((theme) => t.themeNames[theme]).join(', ');
  const reasons = REASON_ORDER.filter(
    (reason) => item.reasons.includes(reason) || (reason === 'negative_theme' && complained.length > 0),
  );
  return (
    <li class="attention-item" aria-labelledby={headingId} data-attention-id={item.id}>
      <div class="attention-meta">
        <h3 id={headingId} class="attention-title" tabIndex={-1}>
          {t.touchpointNames[item.touchpoint]} · <time dateTime={item.createdAt}>{formatMoment(language, item.createdAt)}</time>
        </h3>
        <ul class="reasons" aria-label={t.attention.heading}>
          {reasons.map((reason) => (
            <li key={reason} class={`pill pill-${reason}`} data-reason={reason}>
              {t.reasonNames[reason]}
              {reason === 'negative_theme' && complaints ? `: ${complaints}` : ''}
            </li>
          ))}
        </ul>
      </div>
      {item.moderation && item.moderation.status !== 'published' && (
        <p class={`moderation-note moderation-${item.moderation.status}`} data-moderation={item.moderation.status}>
          {item.moderation.status === 'held'
            ? OVERVIEW_TEXTS[language].moderation.held(
                item.moderation.holdReasons.map((reason) => MODERATION_TEXTS[language].holdReasons[reason]).join(', '),
              )
            : OVERVIEW_TEXTS[language].moderation.rejected}{' '}
          {item.moderation.status === 'held' && <a href={viewHref('moderation')}>{OVERVIEW_TEXTS[language].moderation.decide}</a>}
        </p>
      )}
      {item.kind === 'review' && item.rating !== null && (
        <p class="small" data-review-stars>
          <span class="attention-stars" aria-hidden="true">
            {'★'.repeat(item.rating)}
            {'☆'.repeat(5 - item.rating)}
          </span>{' '}
          {OVERVIEW_TEXTS[language].review}
          {item.productId ? ` · ${item.productId}` : ''}
        </p>
      )}
      {item.comment || item.title ? (
        <ClampedText as="blockquote" class="comment" lang={item.locale ?? undefined}>
          {item.title && (
            <span class="comment-title" data-review-title>
              {item.title}
            </span>
          )}
          {item.comment}
        </ClampedText>
      ) : (
        <p class="comment comment-none">{t.attention.noComment}</p>
      )}
      <div class="attention-foot">
        <dl class="facts">
          {item.rating !== null && (
            <div>
              <dt>{t.attention.rating}</dt>
              <dd>{item.rating}/5</dd>
            </div>
          )}
          {item.nps !== null && (
            <div>
              <dt>{t.attention.nps}</dt>
              <dd>{item.nps}/10</dd>
            </div>
          )}
          {item.orderId && (
            <div>
              <dt>{t.attention.order}</dt>
              <dd>{item.orderId}</dd>
            </div>
          )}
          {item.customerRef && (
            <div>
              <dt>{t.attention.customer}</dt>
              <dd>
                <a href={customerHref(item.customerRef)} data-customer-link>
                  {item.customerRef}
                </a>
              </dd>
            </div>
          )}
          {resolved && item.resolvedAt && (
            <div>
              <dt class="sr-only">{t.attention.resolved}</dt>
              <dd>{t.attention.resolvedAt(formatMoment(language, item.resolvedAt))}</dd>
            </div>
          )}
        </dl>
        <button
          ref={buttonRef}
          type="button"
          class={resolved ? 'button' : 'button button-primary'}
          disabled={busy}
          aria-describedby={headingId}
          onClick={() => onToggle(item)}
        >
          {resolved ? t.attention.reopen : t.attention.resolve}
        </button>
      </div>
      {children}
    </li>
  );
}
