// Which language the shop writes to a customer in: the reply e-mail and its frame (worker/src/views/reply-email.ts),
// the demo's replies (scripts/lib/demo-recovery.ts) and the dashboard's reply templates (dashboard/src/close-loop/)
// all follow this one rule. No zod here: the dashboard bundles it.
import { languageOf } from './language.ts';

/** The languages a shop writes to its customers in. */
export const REPLY_LANGUAGES = ['en', 'pl', 'cs'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

/** Why a reply is in its language: the complaint's own, the shop's default (the complaint's is unknown or unsupported), or neither. */
export type ReplyLanguageSource = 'customer' | 'shop' | 'fallback';

const supported = (language: string): language is ReplyLanguage => (REPLY_LANGUAGES as readonly string[]).includes(language);

/** The language to write to a customer in, and why: the complaint's, else the shop's default, else English. */
export function replyLanguageOf(
  complaintLocale: string | null | undefined,
  shopLocale: string | null | undefined,
): { lang: ReplyLanguage; source: ReplyLanguageSource } {
  const customer = languageOf(complaintLocale);
  if (supported(customer)) return { lang: customer, source: 'customer' };
  const shop = languageOf(shopLocale);
  if (supported(shop)) return { lang: shop, source: 'shop' };
  return { lang: 'en', source: 'fallback' };
}

/** The language to write to a customer in: the complaint's, else the shop's, else English. */
export function replyLanguage(complaintLocale: string | null | undefined, shopLocale: string | null | undefined): ReplyLanguage {
  return replyLanguageOf(complaintLocale, shopLocale).lang;
}
