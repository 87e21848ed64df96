// Strings of the form's rarely shown states, kept out of the form chunk: they travel in the UI's lazily loaded
// extras chunk (widget/src/ui/extras.tsx), fetched while an answer is on its way or when the order was answered
// already. Every error code the worker can answer a shopper's POST with has its own message (issue #14, item 2);
// the keys are the codes themselves. English is the source; every locale has every key (the type enforces it).
import type { SupportedLocale } from './locales.ts';

const en = {
  // Nothing can be stored until the owner fixes the tag: the form goes, the console says why.
  shop_not_found: 'Sorry, this form is not set up yet, so your answer could not be saved.',
  origin_not_allowed: 'Sorry, this form is not set up for this website yet, so your answer could not be saved.',
  invalid_request: 'Sorry, this form is not set up correctly, so your answer could not be saved.',
  malformed_request: 'Sorry, your answer reached us garbled and could not be saved.',
  unsupported_media_type: 'Sorry, your answer reached us in a format we cannot read and could not be saved.',
  method_not_allowed: 'Sorry, this form sends answers to the wrong place, so your answer could not be saved.',
  not_found: 'Sorry, this form sends answers to an address that does not exist, so your answer could not be saved.',
  // The shopper can fix these: the form stays, with what they wrote.
  spam_suspected:
    'We could not accept this answer: it came very quickly or repeats one you sent before. If it is new, please check it and send it again.',
  payload_too_large: 'Your answer is too long to send. Please shorten it and send it again.',
  // Review mode.
  order_token_used: 'This order was already used to review this product.',
  order_token_invalid: 'We could not confirm your purchase: the review link is not valid.',
  order_token_expired: 'We could not confirm your purchase: the review link has expired.',
  order_token_wrong_product: 'We could not confirm your purchase: the review link is for another product.',
  // A follow-up to a shop's reply whose link is not valid (kind follow_up).
  follow_up_token_invalid: 'We could not match your answer to the shop’s reply: the link is not valid.',
  // Any other refusal (resending may help).
  failed: 'Your answer could not be sent.',
  // The order was answered before (a reload, a second visit): a short note in the reserved room.
  answered: 'You have already told us about this order. Thank you!',
  // The invitation to write a public review, offered after every experience answer (no gating).
  inviteText: 'Would you also share a public review to help other shoppers?',
  inviteLink: 'Write a public review',
};

export type ExtraMessages = Record<keyof typeof en, string>;

const pl: ExtraMessages = {
  shop_not_found: 'Przepraszamy, ten formularz nie jest jeszcze skonfigurowany, więc nie zapisaliśmy odpowiedzi.',
  origin_not_allowed:
    'Przepraszamy, ten formularz nie jest jeszcze skonfigurowany dla tej strony, więc nie zapisaliśmy odpowiedzi.',
  invalid_request: 'Przepraszamy, ten formularz jest źle skonfigurowany, więc nie zapisaliśmy odpowiedzi.',
  malformed_request: 'Przepraszamy, odpowiedź dotarła do nas uszkodzona i nie została zapisana.',
  unsupported_media_type: 'Przepraszamy, odpowiedź dotarła w formacie, którego nie umiemy odczytać, i nie została zapisana.',
  method_not_allowed: 'Przepraszamy, formularz wysyła odpowiedzi pod zły adres, więc nie zapisaliśmy odpowiedzi.',
  not_found: 'Przepraszamy, formularz wysyła odpowiedzi pod nieistniejący adres, więc nie zapisaliśmy odpowiedzi.',
  spam_suspected:
    'Nie możemy przyjąć tej odpowiedzi: przyszła bardzo szybko albo powtarza wcześniejszą. Jeśli jest nowa, sprawdź ją i wyślij ponownie.',
  payload_too_large: 'Odpowiedź jest za długa. Skróć ją i wyślij ponownie.',
  order_token_used: 'To zamówienie zostało już użyte do oceny tego produktu.',
  order_token_invalid: 'Nie udało się potwierdzić zakupu: link do opinii jest nieprawidłowy.',
  order_token_expired: 'Nie udało się potwierdzić zakupu: link do opinii wygasł.',
  order_token_wrong_product: 'Nie udało się potwierdzić zakupu: link do opinii dotyczy innego produktu.',
  follow_up_token_invalid: 'Nie udało się powiązać odpowiedzi z odpowiedzią sklepu: link jest nieprawidłowy.',
  failed: 'Nie udało się wysłać odpowiedzi.',
  answered: 'To zamówienie zostało już ocenione. Dziękujemy!',
  inviteText: 'Czy zechcesz też napisać publiczną opinię dla innych klientów?',
  inviteLink: 'Napisz publiczną opinię',
};

const cs: ExtraMessages = {
  shop_not_found: 'Omlouváme se, tento formulář ještě není nastavený, takže vaši odpověď nešlo uložit.',
  origin_not_allowed: 'Omlouváme se, tento formulář ještě není nastavený pro tento web, takže vaši odpověď nešlo uložit.',
  invalid_request: 'Omlouváme se, tento formulář je špatně nastavený, takže vaši odpověď nešlo uložit.',
  malformed_request: 'Omlouváme se, odpověď k nám dorazila poškozená a nešlo ji uložit.',
  unsupported_media_type: 'Omlouváme se, odpověď dorazila ve formátu, který neumíme přečíst, a nešlo ji uložit.',
  method_not_allowed: 'Omlouváme se, formulář posílá odpovědi na špatnou adresu, takže vaši odpověď nešlo uložit.',
  not_found: 'Omlouváme se, formulář posílá odpovědi na neexistující adresu, takže vaši odpověď nešlo uložit.',
  spam_suspected:
    'Tuto odpověď nemůžeme přijmout: přišla velmi rychle nebo opakuje dřívější. Pokud je nová, zkontrolujte ji a odešlete znovu.',
  payload_too_large: 'Odpověď je příliš dlouhá. Zkraťte ji a odešlete znovu.',
  order_token_used: 'Tato objednávka už byla použita k hodnocení tohoto produktu.',
  order_token_invalid: 'Nákup se nepodařilo ověřit: odkaz k recenzi je neplatný.',
  order_token_expired: 'Nákup se nepodařilo ověřit: platnost odkazu k recenzi vypršela.',
  order_token_wrong_product: 'Nákup se nepodařilo ověřit: odkaz k recenzi patří k jinému produktu.',
  follow_up_token_invalid: 'Vaši odpověď se nepodařilo spojit s odpovědí obchodu: odkaz je neplatný.',
  failed: 'Odpověď se nepodařilo odeslat.',
  answered: 'Tato objednávka už byla ohodnocena. Děkujeme!',
  inviteText: 'Napíšete také veřejnou recenzi pro ostatní zákazníky?',
  inviteLink: 'Napsat veřejnou recenzi',
};

export const EXTRA_LOCALES = { en, pl, cs } as const satisfies Record<SupportedLocale, ExtraMessages>;

/** Error codes after which resending cannot help until the owner fixes the tag: the form is taken away. */
export const SETUP_CODES = [
  'shop_not_found',
  'origin_not_allowed',
  'invalid_request',
  'malformed_request',
  'unsupported_media_type',
  'method_not_allowed',
  'not_found',
];
