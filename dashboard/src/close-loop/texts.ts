// The close-the-loop strings of the dashboard (reply box, thread, timer, Recovery panel), en/pl/cs.
// The reply templates themselves are in the customer's language, not the dashboard's (templates.ts); here are their
// names on the buttons and the line that says which language they are in, and why.
import type { ReplyLanguage, ReplyLanguageSource } from '../../../shared/reply-language.ts';
import type { Language } from '../locales.ts';

export interface CloseLoopTexts {
  thread: string;
  complaint: string;
  reply: string;
  followUp: string;
  solved: Record<'yes' | 'partly' | 'no', string>;
  resolution: Record<'recovered' | 'not_recovered' | 'closed_without_answer', string>;
  replyLabel: string;
  replyHint: string;
  /** said when the owner sends a template whose "[…]" part is still in the text */
  placeholderLeft: string;
  templates: string;
  /** A template took the place of what the owner had written; the button puts it back. */
  templateReplaced: string;
  restoreText: string;
  templateNames: [string, string, string];
  /** The template picker: "Template language" and the options' names (in their own language). */
  templateLanguage: string;
  /** Which language the templates are in and why, `lang` named in the dashboard's language. */
  templatesIn: (lang: ReplyLanguage, source: ReplyLanguageSource) => string;
  /** The owner picked another language than the rule's: the e-mail around the reply stays in `mailLang`. */
  templatesChosen: (lang: ReplyLanguage, mailLang: ReplyLanguage) => string;
  send: string;
  sending: string;
  /** After a reply the provider e-mailed to the customer, in `lang`. */
  sentEmail: (lang: ReplyLanguage) => string;
  /** After a reply no e-mail went out for (no provider or no address): it waits in the widget. */
  sentWidget: (lang: ReplyLanguage) => string;
  /** After a reply whose e-mail the shop's mail provider refused (or was unreachable): it waits in the widget. */
  sentEmailFailed: (lang: ReplyLanguage) => string;
  /** Added when the reply moved an open item to "Replied". */
  sentMoved: string;
  showReplied: string;
  /** `wait`: how long, with its unit ("21 h", "12 d 3 h"; close-loop/timer.ts). */
  /** `wait`: how long, with its unit: "21 h", "12 d 3 h" (close-loop/timer.ts). */
  dueIn: (wait: string) => string;
  overdueBy: (wait: string) => string;
  dueSoon: (wait: string) => string;
  repliedAfter: (wait: string) => string;
  replied: string;
  recovery: {
    heading: string;
    complaints: string;
    replied: string;
    median: string;
    within48h: string;
    followUps: string;
    recovered: string;
    rate: string;
    detractorsWon: string;
    hours: string;
    trendCaption: string;
    trendLabel: string;
    perPeriod: string;
    repliedOnly: string;
    notReplied: string;
    period: string;
    empty: string;
  };
  balance: { show: string; caption: string; before: string; afterComplaint: string; afterRepair: string; none: string };
}

/** "in Czech" in each dashboard language: Polish says "po czesku", Czech "v češtině". */
const IN: Record<Language, Record<ReplyLanguage, string>> = {
  en: { en: 'English', pl: 'Polish', cs: 'Czech' },
  pl: { en: 'po angielsku', pl: 'po polsku', cs: 'po czesku' },
  cs: { en: 'v angličtině', pl: 'v polštině', cs: 'v češtině' },
};

export const CLOSE_LOOP_TEXTS: Record<Language, CloseLoopTexts> = {
  en: {
    thread: 'Conversation',
    complaint: 'Customer',
    reply: 'Your reply',
    followUp: 'Did we make it right?',
    solved: { yes: 'Yes, solved', partly: 'Partly', no: 'No' },
    resolution: { recovered: 'Recovered', not_recovered: 'Not recovered', closed_without_answer: 'Closed without an answer' },
    replyLabel: 'Reply to the customer (private, never published)',
    replyHint:
      "Say what you did to put it right. Don't offer a discount or a coupon as an apology: a fix wins customers back, money doesn't.",
    placeholderLeft: 'Replace the part in [brackets] with what you did before you send: the customer would read it as it is.',
    templates: 'Start from a template',
    templateReplaced: 'The template replaced your text.',
    restoreText: 'Restore my text',
    templateNames: ['Apologise and fix', 'Ask for details', 'Explain what changed'],
    templateLanguage: 'Template language',
    templatesIn: (lang, source) =>
      source === 'customer'
        ? `Templates in ${IN.en[lang]}, the customer’s language.`
        : source === 'shop'
          ? `Templates in ${IN.en[lang]}, your shop’s default language.`
          : `Templates in ${IN.en[lang]}: neither the customer’s nor your shop’s language is known.`,
    templatesChosen: (lang, mailLang) =>
      `Templates in ${IN.en[lang]}, as you chose; the e-mail around your reply stays in ${IN.en[mailLang]}.`,
    send: 'Send reply',
    sending: 'Sending…',
    sentEmail: (lang) => `Reply e-mailed to the customer, in ${IN.en[lang]}.`,
    sentWidget: (lang) =>
      `Reply saved, in ${IN.en[lang]}; the customer sees it in the widget on their next visit (no e-mail went out: your shop has no mail provider, or no address for this customer).`,
    sentEmailFailed: (lang) =>
      `Reply saved, in ${IN.en[lang]}, but your mail provider did not accept the e-mail; the customer sees the reply in the widget on their next visit.`,
    sentMoved: 'The complaint has moved to “Replied”, where it waits for the customer’s answer.',
    showReplied: 'Show “Replied”',
    dueIn: (wait) => `Reply due within ${wait}`,
    dueSoon: (wait) => `Reply overdue by ${wait} (aim for 24 h)`,
    overdueBy: (wait) => `Overdue: no reply for ${wait}`,
    repliedAfter: (wait) => `First reply after ${wait}`,
    replied: 'Replied',
    recovery: {
      heading: 'Recovery',
      complaints: 'Complaints',
      replied: 'Replied',
      median: 'Median time to first reply',
      within48h: 'Replied within 48 h',
      followUps: 'Follow-ups',
      recovered: 'Recovered',
      rate: 'Recovery rate',
      detractorsWon: 'Detractors won back',
      hours: 'h',
      trendCaption: 'Complaints, replies and recoveries per period (by the day the complaint came in)',
      trendLabel:
        'Complaints per period: recovered, replied to, and not yet replied to. The table of figures per period follows.',
      perPeriod: 'Figures per period',
      repliedOnly: 'Replied, not recovered yet',
      notReplied: 'Not replied',
      period: 'Period',
      empty: 'No complaints in this period.',
    },
    balance: {
      show: 'Show the customer’s balance',
      caption: 'Emotional bank account of this customer',
      before: 'Before the complaint',
      afterComplaint: 'After the complaint',
      afterRepair: 'After the repair',
      none: 'not yet',
    },
  },
  pl: {
    thread: 'Rozmowa',
    complaint: 'Klient',
    reply: 'Twoja odpowiedź',
    followUp: 'Czy udało się to naprawić?',
    solved: { yes: 'Tak, rozwiązane', partly: 'Częściowo', no: 'Nie' },
    resolution: {
      recovered: 'Odzyskany',
      not_recovered: 'Nieodzyskany',
      closed_without_answer: 'Zamknięte bez odpowiedzi klienta',
    },
    replyLabel: 'Odpowiedz klientowi (prywatnie, nigdy nie publikujemy)',
    replyHint:
      'Napisz, co zostało zrobione, żeby to naprawić. Nie proponuj rabatu ani kuponu w ramach przeprosin: klientów odzyskuje się naprawą, a nie pieniędzmi.',
    placeholderLeft:
      'Przed wysłaniem zastąp część w [nawiasach] opisem tego, co zostało zrobione: klient przeczytałby ją dosłownie.',
    templates: 'Zacznij od szablonu',
    templateReplaced: 'Szablon zastąpił Twój tekst.',
    restoreText: 'Przywróć mój tekst',
    templateNames: ['Przeprosiny i naprawa', 'Prośba o szczegóły', 'Co zmieniliśmy'],
    templateLanguage: 'Język szablonów',
    templatesIn: (lang, source) =>
      source === 'customer'
        ? `Szablony ${IN.pl[lang]} — w języku klienta.`
        : source === 'shop'
          ? `Szablony ${IN.pl[lang]} — w domyślnym języku sklepu.`
          : `Szablony ${IN.pl[lang]}: nie znamy języka klienta ani sklepu.`,
    templatesChosen: (lang, mailLang) =>
      `Szablony ${IN.pl[lang]}, zgodnie z Twoim wyborem; e-mail z odpowiedzią pozostaje ${IN.pl[mailLang]}.`,
    send: 'Wyślij odpowiedź',
    sending: 'Wysyłanie…',
    sentEmail: (lang) => `Odpowiedź wysłana klientowi e-mailem ${IN.pl[lang]}.`,
    sentWidget: (lang) =>
      `Odpowiedź zapisana ${IN.pl[lang]}; klient zobaczy ją w widżecie przy następnej wizycie (nie wysłano e-maila: sklep nie ma dostawcy poczty albo nie zna adresu tego klienta).`,
    sentEmailFailed: (lang) =>
      `Odpowiedź zapisana ${IN.pl[lang]}, ale dostawca poczty nie przyjął e-maila; klient zobaczy odpowiedź w widżecie przy następnej wizycie.`,
    sentMoved: 'Skarga przeszła do „Odpowiedziano” i tam czeka na odpowiedź klienta.',
    showReplied: 'Pokaż „Odpowiedziano”',
    dueIn: (wait) => `Odpowiedz w ciągu ${wait}`,
    dueSoon: (wait) => `Spóźnione o ${wait} (cel: 24 h)`,
    overdueBy: (wait) => `Zaległe: brak odpowiedzi od ${wait}`,
    repliedAfter: (wait) => `Pierwsza odpowiedź po ${wait}`,
    replied: 'Odpowiedziano',
    recovery: {
      heading: 'Odzyskiwanie klientów',
      complaints: 'Skargi',
      replied: 'Z odpowiedzią',
      median: 'Mediana czasu do pierwszej odpowiedzi',
      within48h: 'Odpowiedź w ciągu 48 h',
      followUps: 'Odpowiedzi „czy naprawiono?”',
      recovered: 'Odzyskani',
      rate: 'Skuteczność naprawy',
      detractorsWon: 'Odzyskani krytycy',
      hours: 'h',
      trendCaption: 'Skargi, odpowiedzi i odzyskani klienci w okresach (wg dnia skargi)',
      trendLabel: 'Skargi w okresach: odzyskani, z odpowiedzią i jeszcze bez odpowiedzi. Dalej tabela liczb w okresach.',
      perPeriod: 'Liczby w okresach',
      repliedOnly: 'Z odpowiedzią, jeszcze nie odzyskani',
      notReplied: 'Bez odpowiedzi',
      period: 'Okres',
      empty: 'Brak skarg w tym okresie.',
    },
    balance: {
      show: 'Pokaż saldo klienta',
      caption: 'Emocjonalne konto klienta',
      before: 'Przed skargą',
      afterComplaint: 'Po skardze',
      afterRepair: 'Po naprawie',
      none: 'jeszcze nie',
    },
  },
  cs: {
    thread: 'Konverzace',
    complaint: 'Zákazník',
    reply: 'Vaše odpověď',
    followUp: 'Podařilo se to napravit?',
    solved: { yes: 'Ano, vyřešeno', partly: 'Částečně', no: 'Ne' },
    resolution: {
      recovered: 'Získán zpět',
      not_recovered: 'Nezískán zpět',
      closed_without_answer: 'Uzavřeno bez odpovědi zákazníka',
    },
    replyLabel: 'Odpovědět zákazníkovi (soukromě, nikdy se nezveřejňuje)',
    replyHint:
      'Napište, co jste udělali pro nápravu. Nenabízejte slevu ani kupón jako omluvu: zákazníky získáte zpět nápravou, ne penězi.',
    placeholderLeft: 'Před odesláním nahraďte část v [závorkách] tím, co jste udělali: zákazník by ji četl tak, jak je.',
    templates: 'Začít ze šablony',
    templateReplaced: 'Šablona nahradila váš text.',
    restoreText: 'Obnovit můj text',
    templateNames: ['Omluva a náprava', 'Prosba o podrobnosti', 'Co jsme změnili'],
    templateLanguage: 'Jazyk šablon',
    templatesIn: (lang, source) =>
      source === 'customer'
        ? `Šablony ${IN.cs[lang]}, jazyce zákazníka.`
        : source === 'shop'
          ? `Šablony ${IN.cs[lang]}, výchozím jazyce obchodu.`
          : `Šablony ${IN.cs[lang]}: jazyk zákazníka ani obchodu neznáme.`,
    templatesChosen: (lang, mailLang) => `Šablony ${IN.cs[lang]} podle vaší volby; e-mail s odpovědí zůstane ${IN.cs[mailLang]}.`,
    send: 'Odeslat odpověď',
    sending: 'Odesílání…',
    sentEmail: (lang) => `Odpověď odešla zákazníkovi e-mailem ${IN.cs[lang]}.`,
    sentWidget: (lang) =>
      `Odpověď uložena ${IN.cs[lang]}; zákazník ji uvidí ve widgetu při příští návštěvě (e-mail neodešel: obchod nemá poskytovatele pošty nebo nezná adresu tohoto zákazníka).`,
    sentEmailFailed: (lang) =>
      `Odpověď uložena ${IN.cs[lang]}, ale poskytovatel pošty e-mail nepřijal; zákazník odpověď uvidí ve widgetu při příští návštěvě.`,
    sentMoved: 'Stížnost se přesunula do „Odpovězeno“, kde čeká na odpověď zákazníka.',
    showReplied: 'Zobrazit „Odpovězeno“',
    dueIn: (wait) => `Odpovězte do ${wait}`,
    dueSoon: (wait) => `Zpoždění ${wait} (cíl: 24 h)`,
    overdueBy: (wait) => `Po termínu: bez odpovědi ${wait}`,
    repliedAfter: (wait) => `První odpověď po ${wait}`,
    replied: 'Odpovězeno',
    recovery: {
      heading: 'Získávání zákazníků zpět',
      complaints: 'Stížnosti',
      replied: 'S odpovědí',
      median: 'Medián času do první odpovědi',
      within48h: 'Odpověď do 48 h',
      followUps: 'Odpovědi „napraveno?“',
      recovered: 'Získáni zpět',
      rate: 'Úspěšnost nápravy',
      detractorsWon: 'Získaní kritici',
      hours: 'h',
      trendCaption: 'Stížnosti, odpovědi a získaní zákazníci po obdobích (podle dne stížnosti)',
      trendLabel: 'Stížnosti po obdobích: získaní zpět, s odpovědí a dosud bez odpovědi. Dále tabulka čísel po obdobích.',
      perPeriod: 'Čísla po obdobích',
      repliedOnly: 'S odpovědí, zatím nezískaní',
      notReplied: 'Bez odpovědi',
      period: 'Období',
      empty: 'V tomto období žádné stížnosti.',
    },
    balance: {
      show: 'Zobrazit saldo zákazníka',
      caption: 'Emoční konto zákazníka',
      before: 'Před stížností',
      afterComplaint: 'Po stížnosti',
      afterRepair: 'Po nápravě',
      none: 'zatím ne',
    },
  },
};
