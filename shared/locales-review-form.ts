// Strings only the "Write a review" form needs (widget/src/reviews/form.ts, the lazily loaded widget-reviews-form
// chunk), kept out of the reviews chunk. English is the source; every locale has every key.
import type { SupportedLocale } from './locales.ts';

export interface ReviewFormMessages {
  /** After "this link cannot verify your purchase" (a spent, invalid or expired order token): the offer. */
  postUnverified: string;
}

export const REVIEW_FORM_LOCALES: Record<SupportedLocale, ReviewFormMessages> = {
  en: { postUnverified: 'You can still send your review, without the “verified purchase” badge.' },
  pl: { postUnverified: 'Nadal możesz wysłać opinię, bez oznaczenia „potwierdzony zakup”.' },
  cs: { postUnverified: 'Recenzi můžete odeslat i tak, jen bez označení „ověřený nákup“.' },
};
