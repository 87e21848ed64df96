import type { HoldReason, RejectReason } from '../../../shared/reviews.ts';

const LINK = /(https?:\/\/|www\.|\b[a-z0-9-]+\.(com|net|org|pl|cz|eu|io|shop|info|biz|ru)\b)/i;

// Stems, matched at the start of a word and folded to ASCII, so inflected Polish and Czech forms and
// spellings without diacritics are caught ("kurwa", "kurwy", "kurewski"; "hovno", "hovna").
const PROFANITY_STEMS = [
  // English
  'fuck',
  'shit',
  'bullshit',
  'bitch',
  'bastard',
  'asshole',
  'cunt',
  'dick',
  'motherfuck',
  'wanker',
  'twat',
  // Polish
  'kurw',
  'kurew',
  'chuj',
  'huj',
  'pierdol',
  'pierdziel',
  'jeban',
  'jebac',
  'jebie',
  'zajeb',
  'spierdal',
  'skurwysyn',
  'pizd',
  'cipa',
  'ciota',
  'dziwk',
  'szmat',
  // Czech
  'kurv',
  'hovn',
  'prdel',
  'sracka',
  'sraci',
  'zmrd',
  'debil',
  'kokot',
  'pica',
  'pice',
  'curak',
  'mrdat',
  'mrdk',
  'doprdel',
  'chcip',
];

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').toLowerCase();

const PROFANITY = new RegExp(`(^|[^\\p{L}])(${PROFANITY_STEMS.join('|')})`, 'u');

/** What in the text itself holds a review for the owner: links and profanity. The rating never does. */
export function contentHoldReasons(...texts: (string | null | undefined)[]): HoldReason[] {
  const text = texts.filter(Boolean).join(' ');
  const reasons: HoldReason[] = [];
  if (LINK.test(text)) reasons.push('links');
  if (PROFANITY.test(fold(text))) reasons.push('profanity');
  return reasons;
}

/**
 * Hold reasons that point away from a customer: a link (advertising), the same text again, a burst from one source.
 * Profanity and a missing proof of purchase do not: an angry or unverified buyer is still a customer with a complaint.
 */
export const SPAM_HOLD_REASONS: readonly HoldReason[] = ['links', 'duplicate', 'burst'];
/** Reject reasons that say the text was never a customer's complaint (offensive or personal data still may be one). */
export const NOT_A_COMPLAINT: readonly RejectReason[] = ['spam', 'off_topic'];

/** A review held for a spam signal (see SPAM_HOLD_REASONS). */
export function heldAsSpam(review: { status: string; holdReasons: readonly HoldReason[] } | null | undefined): boolean {
  return review?.status === 'held' && review.holdReasons.some((reason) => SPAM_HOLD_REASONS.includes(reason));
}

/**
 * What an answer opens in the attention queue when it comes in: what its scores and comment call for, except a review
 * held as spam, which opens nothing — no item, no alert — until the owner approves it (services/review-decision.ts).
 */
export function attentionOnIntake<T>(attention: T[], review: Parameters<typeof heldAsSpam>[0]): T[] {
  return heldAsSpam(review) ? [] : attention;
}
