// The widget's strings. English is the source: every other locale must have every key
// (the `Messages` type enforces it), and a locale we lack falls back to English.
// A plural message maps Intl.PluralRules categories to text; `{n}` is replaced by the number.

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const en = {
  experienceTitle: 'How was your experience with us?',
  reviewTitle: 'Review this product',
  ratingLabel: 'Your rating',
  stars: { one: '{n} star', other: '{n} stars' },
  npsLabel: 'How likely are you to recommend us to a friend?',
  npsHint: '0 = not at all likely, 10 = extremely likely',
  commentLabel: 'Anything you would like to tell us? (optional)',
  reviewTextLabel: 'Your review (optional)',
  charactersLeft: { one: '{n} character left', other: '{n} characters left' },
  submit: 'Send',
  sending: 'Sending…',
  answerRequired: 'Please choose a rating, a score or write a comment.',
  ratingRequired: 'Please choose a rating.',
  thanks: 'Thank you! Your answer has been saved.',
  failed: 'Your answer could not be sent. Please check your connection and try again.',
  retry: 'Try again',
} satisfies Record<string, string | PluralMessage>;

export type MessageKey = keyof typeof en;
export type Messages = { [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage };

const pl: Messages = {
  experienceTitle: 'Jak oceniasz zakupy u nas?',
  reviewTitle: 'Oceń ten produkt',
  ratingLabel: 'Twoja ocena',
  stars: { one: '{n} gwiazdka', few: '{n} gwiazdki', many: '{n} gwiazdek', other: '{n} gwiazdki' },
  npsLabel: 'Jak bardzo prawdopodobne jest, że polecisz nas znajomym?',
  npsHint: '0 = zupełnie nieprawdopodobne, 10 = bardzo prawdopodobne',
  commentLabel: 'Chcesz nam coś przekazać? (opcjonalnie)',
  reviewTextLabel: 'Twoja opinia (opcjonalnie)',
  charactersLeft: {
    one: 'Pozostał {n} znak',
    few: 'Pozostały {n} znaki',
    many: 'Pozostało {n} znaków',
    other: 'Pozostało {n} znaku',
  },
  submit: 'Wyślij',
  sending: 'Wysyłanie…',
  answerRequired: 'Wybierz ocenę, wynik lub napisz komentarz.',
  ratingRequired: 'Wybierz ocenę.',
  thanks: 'Dziękujemy! Twoja odpowiedź została zapisana.',
  failed: 'Nie udało się wysłać odpowiedzi. Sprawdź połączenie i spróbuj ponownie.',
  retry: 'Spróbuj ponownie',
};

const cs: Messages = {
  experienceTitle: 'Jak jste byli s nákupem spokojeni?',
  reviewTitle: 'Ohodnoťte tento produkt',
  ratingLabel: 'Vaše hodnocení',
  stars: { one: '{n} hvězdička', few: '{n} hvězdičky', many: '{n} hvězdičky', other: '{n} hvězdiček' },
  npsLabel: 'Jak pravděpodobně byste nás doporučili známým?',
  npsHint: '0 = vůbec ne, 10 = určitě ano',
  commentLabel: 'Chcete nám něco vzkázat? (nepovinné)',
  reviewTextLabel: 'Vaše recenze (nepovinné)',
  charactersLeft: { one: 'Zbývá {n} znak', few: 'Zbývají {n} znaky', many: 'Zbývá {n} znaku', other: 'Zbývá {n} znaků' },
  submit: 'Odeslat',
  sending: 'Odesílání…',
  answerRequired: 'Vyberte hodnocení, skóre nebo napište komentář.',
  ratingRequired: 'Vyberte prosím hodnocení.',
  thanks: 'Děkujeme! Vaše odpověď byla uložena.',
  failed: 'Odpověď se nepodařilo odeslat. Zkontrolujte připojení a zkuste to znovu.',
  retry: 'Zkusit znovu',
};

export const LOCALES = { en, pl, cs } as const satisfies Record<string, Messages>;
export type SupportedLocale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: SupportedLocale = 'en';

/** The supported locale for a BCP 47 tag (`pl-PL` → `pl`), English when we have no strings for it. */
export function supportedLocale(tag: string | undefined): SupportedLocale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(LOCALES, language) ? (language as SupportedLocale) : DEFAULT_LOCALE;
}

/** Picks the plural form for `n` and fills in `{n}`. */
export function plural(locale: SupportedLocale, message: PluralMessage, n: number): string {
  const category = new Intl.PluralRules(locale).select(n);
  return (message[category] ?? message.other).replace('{n}', new Intl.NumberFormat(locale).format(n));
}
