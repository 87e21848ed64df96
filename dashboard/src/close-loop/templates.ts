// The reply templates, in the language the customer is written to (shared/reply-language.ts: the complaint's, else the
// shop's default, else English), whatever the dashboard's language: an owner reading the dashboard in English still
// writes to a Czech customer in Czech. Courteous and specific, and never a discount or coupon: a relationship is
// repaired by attention, not bought. Each leaves one "[…]" that only the owner can fill in (placeholders.ts).
import type { ReplyLanguage } from '../../../shared/reply-language.ts';

/** In the order of the template buttons (CLOSE_LOOP_TEXTS[…].templateNames): apologise and fix, ask, what changed. */
export const REPLY_TEMPLATES: Record<ReplyLanguage, readonly [string, string, string]> = {
  en: [
    'Thank you for telling us, and I am sorry this happened. We have [what you did — e.g. sent a replacement today]. I will check personally that it reaches you.',
    'Thank you for your message, and I am sorry for the trouble. Could you tell me a little more about [what went wrong], so I can put it right for you?',
    'You were right to tell us. Because of your message we have [what changed], so it should not happen again. Thank you for helping us improve.',
  ],
  pl: [
    'Dziękujemy za zgłoszenie — przykro nam, że tak się stało. [Co zrobiliśmy — np. dziś wysłaliśmy nowy produkt]. Osobiście sprawdzę, czy dotrze.',
    'Dziękujemy za wiadomość i przepraszamy za kłopot. Czy może Pan/Pani napisać nieco więcej o [co poszło nie tak], żebyśmy mogli to naprawić?',
    'Ta wiadomość była dla nas bardzo cenna. Dzięki niej [co zmieniliśmy], żeby to się nie powtórzyło. Dziękujemy za pomoc.',
  ],
  cs: [
    'Děkujeme, že jste nám dali vědět, a mrzí nás, co se stalo. [Co jsme udělali — např. dnes jsme poslali náhradu]. Osobně ověřím, že k vám dorazí.',
    'Děkujeme za zprávu a omlouváme se za potíže. Můžete nám napsat trochu víc o [co se nepovedlo], abychom to mohli napravit?',
    'Bylo správné nám to napsat. Díky vaší zprávě jsme [co jsme změnili], aby se to neopakovalo. Děkujeme za pomoc.',
  ],
};
