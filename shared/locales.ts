// The widget's strings. English is the source: every other locale must have every key
// (the `Messages` type enforces it), and a locale we lack falls back to English.
// A plural message maps Intl.PluralRules categories to text; `{n}` is replaced by the number.

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const en = {
  experienceTitle: 'How was your experience with us?',
  ratingLabel: 'Your rating',
  stars: { one: '{n} star', other: '{n} stars' },
  npsLabel: 'How likely are you to recommend us to a friend?',
  npsHint: '0 = not at all likely, 10 = extremely likely',
  commentLabel: 'Anything you would like to tell us? (optional)',
  charactersLeft: { one: '{n} character left', other: '{n} characters left' },
  submit: 'Send',
  sending: 'Sending…',
  answerRequired: 'Please choose a rating, a score or write a comment.',
  thanks: 'Thank you! Your answer has been saved.',
  failed: 'Your answer could not be sent.',
  retry: 'Try again',
  saved: 'Saved — it will be sent when you’re back online.',
  notNow: 'Not now',
} satisfies Record<string, string | PluralMessage>;

export type MessageKey = keyof typeof en;
export type Messages = { [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage };

const pl: Messages = {
  experienceTitle: 'Jak oceniasz zakupy u nas?',
  ratingLabel: 'Twoja ocena',
  stars: { one: '{n} gwiazdka', few: '{n} gwiazdki', many: '{n} gwiazdek', other: '{n} gwiazdki' },
  npsLabel: 'Jak bardzo prawdopodobne jest, że polecisz nas znajomym?',
  npsHint: '0 = zupełnie nieprawdopodobne, 10 = bardzo prawdopodobne',
  commentLabel: 'Chcesz nam coś przekazać? (opcjonalnie)',
  charactersLeft: {
    one: 'Pozostał {n} znak',
    few: 'Pozostały {n} znaki',
    many: 'Pozostało {n} znaków',
    other: 'Pozostało {n} znaku',
  },
  submit: 'Wyślij',
  sending: 'Wysyłanie…',
  answerRequired: 'Wybierz ocenę, wynik lub napisz komentarz.',
  thanks: 'Dziękujemy! Twoja odpowiedź została zapisana.',
  failed: 'Nie udało się wysłać odpowiedzi.',
  retry: 'Spróbuj ponownie',
  saved: 'Zapisano — wyślemy odpowiedź, gdy znów będziesz online.',
  notNow: 'Nie teraz',
};

const cs: Messages = {
  experienceTitle: 'Jak jste byli s nákupem spokojeni?',
  ratingLabel: 'Vaše hodnocení',
  stars: { one: '{n} hvězdička', few: '{n} hvězdičky', many: '{n} hvězdičky', other: '{n} hvězdiček' },
  npsLabel: 'Jak pravděpodobně byste nás doporučili známým?',
  npsHint: '0 = vůbec ne, 10 = určitě ano',
  commentLabel: 'Chcete nám něco vzkázat? (nepovinné)',
  charactersLeft: { one: 'Zbývá {n} znak', few: 'Zbývají {n} znaky', many: 'Zbývá {n} znaku', other: 'Zbývá {n} znaků' },
  submit: 'Odeslat',
  sending: 'Odesílání…',
  answerRequired: 'Vyberte hodnocení, skóre nebo napište komentář.',
  thanks: 'Děkujeme! Vaše odpověď byla uložena.',
  failed: 'Odpověď se nepodařilo odeslat.',
  retry: 'Zkusit znovu',
  saved: 'Uloženo — odpověď odešleme, až budete znovu online.',
  notNow: 'Teď ne',
};

export const LOCALES = { en, pl, cs } as const satisfies Record<string, Messages>;
export type SupportedLocale = keyof typeof LOCALES;

// Strings of the reviews chunk (data-mode="reviews"), apart from the experience form's so that neither chunk
// carries the other's text. Same rule: English is the source and every locale has every key.
const reviewsEn = {
  ratingLabel: 'Your rating',
  stars: { one: '{n} star', other: '{n} stars' },
  textLabel: 'Your review (optional)',
  sending: 'Sending…',
  ratingRequired: 'Please choose a rating.',
  failed: 'Your review could not be sent. Please try again.',
  reviewsAverage: '{n} out of 5',
  decimalSeparator: '.',
  dateMedium: '{M} {d}, {y}',
  months: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
  reviewsCount: { one: '{n} review', other: '{n} reviews' },
  reviewsNone: 'No reviews yet. Be the first to write one.',
  reviewsFailed: 'Reviews could not be loaded.',
  reviewsNotSetUp: 'Reviews are not set up on this page yet.',
  reviewsDisclosure: 'How reviews are verified',
  reviewsSort: 'Sort by',
  sortNewest: 'Newest',
  sortHighest: 'Highest rating',
  sortLowest: 'Lowest rating',
  sortHelpful: 'Most helpful',
  reviewsMore: 'Show more reviews',
  reviewVerified: 'Verified purchase',
  reviewAnonymous: 'A customer',
  reviewReply: 'Reply from the shop',
  reviewHelpful: 'Was this helpful?',
  reviewHelpfulYes: 'Yes ({n})',
  writeReview: 'Write a review',
  reviewAsVerified: 'Your review will show as a verified purchase.',
  reviewTitleLabel: 'Title (optional)',
  reviewNameLabel: 'Your name (optional)',
  reviewSubmit: 'Send review',
  reviewPublished: 'Thank you! Your review is published.',
  reviewPublishedVerified: 'Thank you! Your review is published as a verified purchase.',
  reviewHeld: 'Thank you! Your review will appear after a check.',
  orderTokenUsed: 'This order was already used to review this product.',
  orderTokenInvalid: 'We could not confirm your purchase: the review link is not valid or has expired.',
  tooFast: 'That was quick! Please check your review and send it again.',
} satisfies Record<string, string | PluralMessage>;

export type ReviewMessages = { [K in keyof typeof reviewsEn]: (typeof reviewsEn)[K] extends string ? string : PluralMessage };

const reviewsPl: ReviewMessages = {
  ratingLabel: 'Twoja ocena',
  stars: { one: '{n} gwiazdka', few: '{n} gwiazdki', many: '{n} gwiazdek', other: '{n} gwiazdki' },
  textLabel: 'Twoja opinia (opcjonalnie)',
  sending: 'Wysyłanie…',
  ratingRequired: 'Wybierz ocenę.',
  failed: 'Nie udało się wysłać opinii. Spróbuj ponownie.',
  reviewsAverage: '{n} na 5',
  decimalSeparator: ',',
  dateMedium: '{d} {M} {y}',
  months: 'sty lut mar kwi maj cze lip sie wrz paź lis gru',
  reviewsCount: { one: '{n} opinia', few: '{n} opinie', many: '{n} opinii', other: '{n} opinii' },
  reviewsNone: 'Nie ma jeszcze opinii. Napisz pierwszą.',
  reviewsFailed: 'Nie udało się wczytać opinii.',
  reviewsNotSetUp: 'Opinie nie są jeszcze skonfigurowane na tej stronie.',
  reviewsDisclosure: 'Jak weryfikujemy opinie',
  reviewsSort: 'Sortuj',
  sortNewest: 'Najnowsze',
  sortHighest: 'Najwyżej oceniane',
  sortLowest: 'Najniżej oceniane',
  sortHelpful: 'Najbardziej pomocne',
  reviewsMore: 'Pokaż więcej opinii',
  reviewVerified: 'Potwierdzony zakup',
  reviewAnonymous: 'Klient',
  reviewReply: 'Odpowiedź sklepu',
  reviewHelpful: 'Czy ta opinia była pomocna?',
  reviewHelpfulYes: 'Tak ({n})',
  writeReview: 'Napisz opinię',
  reviewAsVerified: 'Twoja opinia będzie oznaczona jako potwierdzony zakup.',
  reviewTitleLabel: 'Tytuł (opcjonalnie)',
  reviewNameLabel: 'Twoje imię (opcjonalnie)',
  reviewSubmit: 'Wyślij opinię',
  reviewPublished: 'Dziękujemy! Twoja opinia została opublikowana.',
  reviewPublishedVerified: 'Dziękujemy! Twoja opinia została opublikowana jako potwierdzony zakup.',
  reviewHeld: 'Dziękujemy! Twoja opinia pojawi się po sprawdzeniu.',
  orderTokenUsed: 'To zamówienie zostało już użyte do oceny tego produktu.',
  orderTokenInvalid: 'Nie udało się potwierdzić zakupu: link do opinii jest nieprawidłowy lub wygasł.',
  tooFast: 'To było szybkie! Sprawdź opinię i wyślij ją ponownie.',
};

const reviewsCs: ReviewMessages = {
  ratingLabel: 'Vaše hodnocení',
  stars: { one: '{n} hvězdička', few: '{n} hvězdičky', other: '{n} hvězdiček' },
  textLabel: 'Vaše recenze (nepovinné)',
  sending: 'Odesílání…',
  ratingRequired: 'Vyberte prosím hodnocení.',
  failed: 'Recenzi se nepodařilo odeslat. Zkuste to znovu.',
  reviewsAverage: '{n} z 5',
  decimalSeparator: ',',
  dateMedium: '{d}. {m}. {y}',
  months: '',
  reviewsCount: { one: '{n} recenze', few: '{n} recenze', other: '{n} recenzí' },
  reviewsNone: 'Zatím tu nejsou žádné recenze. Napište první.',
  reviewsFailed: 'Recenze se nepodařilo načíst.',
  reviewsNotSetUp: 'Recenze na této stránce ještě nejsou nastavené.',
  reviewsDisclosure: 'Jak recenze ověřujeme',
  reviewsSort: 'Seřadit',
  sortNewest: 'Nejnovější',
  sortHighest: 'Nejlépe hodnocené',
  sortLowest: 'Nejhůře hodnocené',
  sortHelpful: 'Nejužitečnější',
  reviewsMore: 'Zobrazit další recenze',
  reviewVerified: 'Ověřený nákup',
  reviewAnonymous: 'Zákazník',
  reviewReply: 'Odpověď obchodu',
  reviewHelpful: 'Byla tato recenze užitečná?',
  reviewHelpfulYes: 'Ano ({n})',
  writeReview: 'Napsat recenzi',
  reviewAsVerified: 'Vaše recenze se zobrazí jako ověřený nákup.',
  reviewTitleLabel: 'Nadpis (nepovinné)',
  reviewNameLabel: 'Vaše jméno (nepovinné)',
  reviewSubmit: 'Odeslat recenzi',
  reviewPublished: 'Děkujeme! Vaše recenze byla zveřejněna.',
  reviewPublishedVerified: 'Děkujeme! Vaše recenze byla zveřejněna jako ověřený nákup.',
  reviewHeld: 'Děkujeme! Vaše recenze se zobrazí po kontrole.',
  orderTokenUsed: 'Tato objednávka už byla použita k hodnocení tohoto produktu.',
  orderTokenInvalid: 'Nákup se nepodařilo ověřit: odkaz k recenzi je neplatný nebo vypršel.',
  tooFast: 'To bylo rychlé! Zkontrolujte recenzi a odešlete ji znovu.',
};

export const REVIEW_LOCALES = { en: reviewsEn, pl: reviewsPl, cs: reviewsCs } as const satisfies Record<
  SupportedLocale,
  ReviewMessages
>;
export const DEFAULT_LOCALE: SupportedLocale = 'en';

/** The supported locale for a BCP 47 tag (`pl-PL` → `pl`), English when we have no strings for it. */
export function supportedLocale(tag: string | undefined): SupportedLocale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(LOCALES, language) ? (language as SupportedLocale) : DEFAULT_LOCALE;
}

/**
 * A date as Intl.DateTimeFormat's `dateStyle: 'medium'` writes it ("Nov 5, 2026", "5 lis 2026", "5. 11. 2026"),
 * in local time. By hand for the guest widget: the first DateTimeFormat of a page is a 70–120 ms task at 4×
 * throttling (ICU's date patterns). tests/shared/locales.test.ts checks it against Intl for every month.
 */
export function mediumDate(locale: SupportedLocale, date: Date): string {
  const { dateMedium, months } = REVIEW_LOCALES[locale];
  return dateMedium
    .replace('{d}', String(date.getDate()))
    .replace('{m}', String(date.getMonth() + 1))
    .replace('{M}', months.split(' ')[date.getMonth()]!)
    .replace('{y}', String(date.getFullYear()));
}

const pluralRules: Partial<Record<SupportedLocale, Intl.PluralRules>> = {};

/** Picks the plural form for `n` and fills in `{n}`. */
export function plural(locale: SupportedLocale, message: PluralMessage, n: number): string {
  const rules = (pluralRules[locale] ||= new Intl.PluralRules(locale));
  // English, Polish and Czech write whole numbers below 1,000 as plain digits, and the first Intl.NumberFormat of a
  // page costs 40–170 ms on a 4×-throttled CPU (it loads ICU's number data): a long task on the shop's page.
  const digits = Number.isInteger(n) && Math.abs(n) < 1e3 ? String(n) : new Intl.NumberFormat(locale).format(n);
  return (message[rules.select(n)] ?? message.other).replace('{n}', digits);
}
