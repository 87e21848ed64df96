import type { InvitationLocale, InvitationTouchpoint } from '../../../shared/invitations.ts';

/** Texts of the hosted page and the invitation e-mails. English is the source; pl and cs have every key. */
const en = {
  question: {
    delivery: 'How was the delivery of your order?',
    return: 'How did your return go?',
    support: 'How did we handle your request?',
    reviews: 'How do you like what you bought?',
  },
  npsQuestion: 'How likely are you to recommend {shop} to a friend?',
  npsHint: '0 = not at all likely, 10 = extremely likely',
  ratingLegend: 'Your rating',
  star: '{n} of 5 stars',
  comment: 'Anything you would like to tell us? (optional)',
  reviewTitle: 'Headline (optional)',
  reviewBody: 'Your review (optional)',
  authorName: 'Your name as shown with the reviews (optional)',
  verifiedNote: 'Reviews from this page are marked as a verified purchase.',
  send: 'Send',
  chooseRating: 'Please choose a rating first.',
  thanks: 'Thank you! Your answer has been saved.',
  already: 'Thank you, you already answered.',
  change: 'Change my answer',
  changeUntil: 'You can change it until {time}.',
  invalid: 'This link is not valid.',
  invalidHelp: 'Please use the link from your e-mail exactly as it is, or ask the shop for a new one.',
  expired: 'This link has expired.',
  expiredHelp: 'Thank you for wanting to answer. Please ask the shop for a new link.',
  gone: 'This invitation is no longer available.',
  order: 'Order {order}',
  // e-mail
  subject: {
    delivery: 'How was the delivery from {shop}?',
    return: 'How did your return to {shop} go?',
    support: 'How did {shop} handle your request?',
    reviews: 'How do you like your purchase from {shop}?',
  },
  reminderPrefix: 'Reminder: ',
  greeting: 'Hello,',
  intro: {
    delivery: 'your order {order} has arrived. How was the delivery? One click on a star is enough to start.',
    return: 'we have received your return for order {order}. How did it go? One click on a star is enough to start.',
    support: 'your request about order {order} has been closed. How did we do? One click on a star is enough to start.',
    reviews: 'you have had your order {order} for a while now. Would you review what you bought? It helps other shoppers.',
  },
  npsIntro: 'your order {order}: how likely are you to recommend us? Click a number from 0 to 10.',
  openPage: 'Answer on the page',
  sameForEveryone: 'We ask every customer the same, whatever the answer. It takes under a minute.',
  unsubscribe: 'Unsubscribe from these e-mails',
  unsubscribeTitle: 'Unsubscribe',
  unsubscribeQuestion: 'Stop e-mails asking for your opinion from {shop}?',
  unsubscribeButton: 'Unsubscribe',
  unsubscribed: 'Done: {shop} will not ask for your opinion by e-mail again.',
  footer: 'You receive this e-mail because you bought from {shop}.',
};

export type InvitationTexts = typeof en;

const pl: InvitationTexts = {
  question: {
    delivery: 'Jak oceniasz dostawę zamówienia?',
    return: 'Jak przebiegł zwrot?',
    support: 'Jak poradziliśmy sobie z Twoją sprawą?',
    reviews: 'Jak podobają Ci się zakupy?',
  },
  npsQuestion: 'Jak prawdopodobne jest, że polecisz {shop} znajomym?',
  npsHint: '0 = wcale, 10 = na pewno',
  ratingLegend: 'Twoja ocena',
  star: '{n} z 5 gwiazdek',
  comment: 'Chcesz nam coś przekazać? (opcjonalnie)',
  reviewTitle: 'Tytuł (opcjonalnie)',
  reviewBody: 'Twoja opinia (opcjonalnie)',
  authorName: 'Podpis pod opinią (opcjonalnie)',
  verifiedNote: 'Opinie z tej strony są oznaczone jako potwierdzony zakup.',
  send: 'Wyślij',
  chooseRating: 'Najpierw wybierz ocenę.',
  thanks: 'Dziękujemy! Twoja odpowiedź została zapisana.',
  already: 'Dziękujemy, już odpowiedziałeś(-aś).',
  change: 'Zmień odpowiedź',
  changeUntil: 'Możesz ją zmienić do {time}.',
  invalid: 'Ten link jest nieprawidłowy.',
  invalidHelp: 'Użyj linku z wiadomości dokładnie w tej postaci lub poproś sklep o nowy.',
  expired: 'Ten link wygasł.',
  expiredHelp: 'Dziękujemy, że chcesz odpowiedzieć. Poproś sklep o nowy link.',
  gone: 'To zaproszenie nie jest już dostępne.',
  order: 'Zamówienie {order}',
  subject: {
    delivery: 'Jak oceniasz dostawę od {shop}?',
    return: 'Jak przebiegł zwrot w {shop}?',
    support: 'Jak {shop} poradził sobie z Twoją sprawą?',
    reviews: 'Jak podobają Ci się zakupy w {shop}?',
  },
  reminderPrefix: 'Przypomnienie: ',
  greeting: 'Dzień dobry,',
  intro: {
    delivery: 'Twoje zamówienie {order} dotarło. Jak oceniasz dostawę? Wystarczy kliknąć gwiazdkę.',
    return: 'otrzymaliśmy zwrot z zamówienia {order}. Jak przebiegł? Wystarczy kliknąć gwiazdkę.',
    support: 'Twoja sprawa dotycząca zamówienia {order} została zamknięta. Jak nam poszło? Wystarczy kliknąć gwiazdkę.',
    reviews:
      'Twoje zamówienie {order} dotarło jakiś czas temu. Czy zechcesz ocenić zakupione produkty? To pomaga innym kupującym.',
  },
  npsIntro: 'zamówienie {order}: jak prawdopodobne jest, że nas polecisz? Kliknij liczbę od 0 do 10.',
  openPage: 'Odpowiedz na stronie',
  sameForEveryone: 'Pytamy każdego klienta tak samo, niezależnie od odpowiedzi. To zajmie mniej niż minutę.',
  unsubscribe: 'Wypisz się z tych wiadomości',
  unsubscribeTitle: 'Wypisz się',
  unsubscribeQuestion: 'Nie wysyłać więcej próśb o opinię od {shop}?',
  unsubscribeButton: 'Wypisz mnie',
  unsubscribed: 'Gotowe: {shop} nie poprosi Cię już o opinię e-mailem.',
  footer: 'Otrzymujesz tę wiadomość, bo zrobiłeś(-aś) zakupy w {shop}.',
};

const cs: InvitationTexts = {
  question: {
    delivery: 'Jak jste byli spokojeni s doručením objednávky?',
    return: 'Jak proběhlo vrácení zboží?',
    support: 'Jak jsme vyřešili váš požadavek?',
    reviews: 'Jak jste spokojeni s nákupem?',
  },
  npsQuestion: 'Jak pravděpodobné je, že {shop} doporučíte známým?',
  npsHint: '0 = vůbec ne, 10 = určitě',
  ratingLegend: 'Vaše hodnocení',
  star: '{n} z 5 hvězdiček',
  comment: 'Chcete nám něco vzkázat? (nepovinné)',
  reviewTitle: 'Nadpis (nepovinné)',
  reviewBody: 'Vaše recenze (nepovinné)',
  authorName: 'Jméno u recenze (nepovinné)',
  verifiedNote: 'Recenze z této stránky jsou označeny jako ověřený nákup.',
  send: 'Odeslat',
  chooseRating: 'Nejprve zvolte hodnocení.',
  thanks: 'Děkujeme! Vaše odpověď byla uložena.',
  already: 'Děkujeme, už jste odpověděli.',
  change: 'Změnit odpověď',
  changeUntil: 'Změnit ji můžete do {time}.',
  invalid: 'Tento odkaz není platný.',
  invalidHelp: 'Použijte prosím odkaz z e-mailu přesně tak, jak je, nebo požádejte obchod o nový.',
  expired: 'Platnost tohoto odkazu vypršela.',
  expiredHelp: 'Děkujeme, že chcete odpovědět. Požádejte prosím obchod o nový odkaz.',
  gone: 'Tato pozvánka už není k dispozici.',
  order: 'Objednávka {order}',
  subject: {
    delivery: 'Jak jste spokojeni s doručením od {shop}?',
    return: 'Jak proběhlo vrácení v {shop}?',
    support: 'Jak {shop} vyřešil váš požadavek?',
    reviews: 'Jak jste spokojeni s nákupem v {shop}?',
  },
  reminderPrefix: 'Připomínka: ',
  greeting: 'Dobrý den,',
  intro: {
    delivery: 'vaše objednávka {order} dorazila. Jak jste spokojeni s doručením? Stačí kliknout na hvězdičku.',
    return: 'obdrželi jsme vrácené zboží z objednávky {order}. Jak to proběhlo? Stačí kliknout na hvězdičku.',
    support: 'váš požadavek k objednávce {order} byl uzavřen. Jak jsme si vedli? Stačí kliknout na hvězdičku.',
    reviews:
      'vaše objednávka {order} k vám dorazila před nějakou dobou. Ohodnotíte zakoupené zboží? Pomůžete tím ostatním zákazníkům.',
  },
  npsIntro: 'objednávka {order}: jak pravděpodobně nás doporučíte? Klikněte na číslo od 0 do 10.',
  openPage: 'Odpovědět na stránce',
  sameForEveryone: 'Ptáme se každého zákazníka stejně, bez ohledu na odpověď. Zabere to méně než minutu.',
  unsubscribe: 'Odhlásit se z těchto e-mailů',
  unsubscribeTitle: 'Odhlášení',
  unsubscribeQuestion: 'Už nezasílat žádosti o hodnocení od {shop}?',
  unsubscribeButton: 'Odhlásit',
  unsubscribed: 'Hotovo: {shop} vás už e-mailem o hodnocení nepožádá.',
  footer: 'Tento e-mail dostáváte, protože jste nakoupili v {shop}.',
};

const TEXTS: Record<InvitationLocale, InvitationTexts> = { en, pl, cs };

/** en, pl or cs from a BCP 47 tag (the language part); English otherwise. */
export function invitationLocale(...tags: (string | null | undefined)[]): InvitationLocale {
  for (const tag of tags) {
    const language = tag?.split('-')[0]?.toLowerCase();
    if (language === 'pl' || language === 'cs' || language === 'en') return language;
  }
  return 'en';
}

export function textsFor(locale: InvitationLocale): InvitationTexts {
  return TEXTS[locale];
}

/** `{name}` placeholders filled in (values are plain text; escape for HTML afterwards). */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export type { InvitationTouchpoint };
