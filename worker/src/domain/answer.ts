import type { AttentionItem, AttentionReason } from '../../../shared/owner-api.ts';
import type { HoldReason, ReviewStatus } from '../../../shared/reviews.ts';
import type { Sentiment, SentimentLabel, Theme, ValidResponse } from '../../../shared/schemas.ts';
import { scoreComment } from '../sentiment/score-comment.ts';
import { attentionReasons } from './attention.ts';
import { dayOf } from './dates.ts';
import { languageOf } from '../../../shared/language.ts';
import { isMixedAnswer } from './mixed.ts';
import { answerPolarity, type Polarity } from './polarity.ts';

/** An answer as stored: what the shopper sent plus what the worker derived from it. */
export interface StoredAnswer extends ValidResponse {
  id: string;
  shopId: string;
  sentiment: Sentiment | null;
  themes: { theme: Theme; label: SentimentLabel }[];
  polarity: Polarity;
  /** The comment confidently says the opposite of the score (domain/mixed.ts); the score still sets `polarity`. */
  mixed: boolean;
  lang: string;
  createdAt: string;
  day: string;
  /** See `duplicateKey` in domain/spam.ts; set by the route when the answer has a comment. */
  duplicateKey?: string;
  /** `link`: from the hosted page of an invitation; `onsite` (the default): the widget on the shop's pages. */
  channel?: 'onsite' | 'link';
}

export interface PreparedAnswer {
  answer: StoredAnswer;
  /** Empty when the answer needs no attention. */
  attention: AttentionReason[];
}

/** Scores and classifies a validated answer; pure but for the id and clock it is given. */
export function prepareAnswer(
  input: ValidResponse,
  shop: { id: string; defaultLocale: string | null },
  id: string,
  now: Date,
  /** the shop's own sentiment correction (services/shop-sentiment-cron.ts): used only for a comment without stars */
  correction?: Readonly<Record<string, readonly number[]>>,
): PreparedAnswer {
  const locale = input.locale ?? shop.defaultLocale ?? undefined;
  const scored = input.comment ? scoreComment(input.comment, locale, input.rating == null ? correction : undefined) : null;
  const signals = { sentiment: scored?.sentiment, rating: input.rating, nps: input.nps };
  const detectedLanguage = scored && scored.sentiment.lang !== 'other' ? scored.sentiment.lang : '';
  return {
    answer: {
      ...input,
      // Only a follow-up follows something up; the token proves it and is not stored.
      followUpOf: input.kind === 'follow_up' ? input.followUpOf : undefined,
      solved: input.kind === 'follow_up' ? input.solved : undefined,
      followUpToken: undefined,
      id,
      shopId: shop.id,
      sentiment: scored?.sentiment ?? null,
      themes: scored?.themes ?? [],
      polarity: answerPolarity({ ...signals, sentiment: scored?.sentiment.label }),
      mixed: isMixedAnswer(signals),
      lang: languageOf(input.locale) || detectedLanguage,
      createdAt: now.toISOString(),
      day: dayOf(now),
    },
    // A follow-up answers an item that exists already: it moves that item, it never opens another.
    attention: input.kind === 'follow_up' ? [] : attentionReasons({ ...signals, themes: scored?.themes }),
  };
}

export function attentionItemOf(
  answer: StoredAnswer,
  reasons: AttentionReason[],
  title: string | null = null,
  review: { status: ReviewStatus; holdReasons: HoldReason[] } | null = null,
): AttentionItem {
  return {
    id: answer.id,
    responseId: answer.id,
    status: 'open',
    reasons,
    themes: answer.themes,
    mixed: answer.mixed,
    createdAt: answer.createdAt,
    resolvedAt: null,
    note: null,
    touchpoint: answer.touchpoint,
    rating: answer.rating ?? null,
    nps: answer.nps ?? null,
    comment: answer.comment ?? null,
    locale: answer.locale ?? null,
    orderId: answer.orderId ?? null,
    customerRef: answer.customerRef ?? null,
    resolution: null,
    firstReplyAt: null,
    replies: [],
    followUp: null,
    kind: answer.kind,
    productId: answer.productId ?? null,
    title,
    moderation: review ? { status: review.status, holdReasons: review.holdReasons } : null,
  };
}
