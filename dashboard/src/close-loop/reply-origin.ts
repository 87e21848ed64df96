// Where the text in the reply box came from, so the box claims a language (`lang`) only when it knows it, and a template
// never silently destroys what the owner wrote. A template put in the box is its origin; the text keeps that origin
// while it still holds a sentence of the template (the owner fills in its "[…]", rewords a line): rewritten or
// cleared, it is the owner's own text, in a language nobody has told us.
import type { ReplyLanguage } from '../../../shared/reply-language.ts';

export interface ReplyOrigin {
  /** the template as it was put in the box */
  template: string;
  lang: ReplyLanguage;
}

/** The template's own words: its parts outside "[…]", cut at sentence ends, each long enough to be telling. */
const phrases = (template: string): string[] =>
  template
    .split(/\[[^\]]*\]|[.?!—]/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 12);

/** Whether `text` still comes from the template: it holds at least one of the template's phrases. */
export const fromTemplate = (text: string, origin: ReplyOrigin | null): boolean =>
  origin !== null && phrases(origin.template).some((phrase) => text.includes(phrase));

/**
 * The language of the box's text: the template's while the text comes from it; otherwise "" (unknown, which HTML says
 * with an empty `lang`), rather than the dashboard's language the box would inherit, or a guess at the customer's.
 */
export const replyTextLang = (text: string, origin: ReplyOrigin | null): ReplyLanguage | '' =>
  origin && fromTemplate(text, origin) ? origin.lang : '';

/** Text the owner wrote: anything but an empty box or a template put in and left untouched. */
export const ownText = (text: string, origin: ReplyOrigin | null): boolean => text.trim() !== '' && text !== origin?.template;
