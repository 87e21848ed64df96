// Strings of the overview's additions (issue #14 items 9–12): the answer-type filter, reviews and experience side
// by side, which figures ignore the filters, and the first steps of a new, empty shop. en/pl/cs.
import type { Language, PluralForms } from '../locales.ts';

export interface OverviewTexts {
  kind: string;
  kinds: { experience: string; review: string };
  byKind: {
    heading: string;
    caption: string;
    figure: string;
    responses: string;
    rating: string;
    csat: string;
    nps: string;
    balance: string;
    note: string;
    /** A product review has no "would you recommend us?" question: its NPS cell says so instead of a figure. */
    notAsked: string;
    /** The count beside a figure that rests on fewer answers than a comparison needs: "only n = 3". */
    few: (count: string) => string;
    fewNote: (min: string) => string;
    /** Reviews waiting in Moderation, which no figure counts yet (`{n}`: how many). */
    held: PluralForms;
  };
  scope: {
    heading: string;
    filtered: string;
    ignored: string;
    openTotal: (open: string, total: string) => string;
    customers: string;
  };
  tableHint: string;
  /** The Themes table's change column: its short visible header, and the note under the table that says against what. */
  themeChange: { short: string; note: string };
  review: string;
  /** A product review's moderation state on its attention card (held or rejected: not published). */
  moderation: { held: (reasons: string) => string; rejected: string; decide: string };
  onboarding: {
    heading: string;
    intro: string;
    step1: string;
    snippetLabel: string;
    cssLabel: string;
    cssHint: string;
    copy: string;
    copied: string;
    copyFailed: string;
    step2: string;
    test: string;
    testing: string;
    tested: string;
    testNote: string;
  };
}

const en: OverviewTexts = {
  kind: 'Answer type',
  kinds: { experience: 'Experience answers', review: 'Product reviews' },
  byKind: {
    heading: 'Experience and reviews',
    caption: 'Experience answers and product reviews side by side',
    figure: 'Figure',
    responses: 'Answers',
    rating: 'Average rating',
    csat: 'CSAT',
    nps: 'NPS',
    balance: 'Emotional balance',
    note: 'Both columns use the period and the filters above except the answer type.',
    notAsked: 'not asked',
    few: (count) => `only n = ${count}`,
    fewNote: (min) =>
      `“Only n”: fewer than ${min} answers, too few to rely on. Product reviews do not ask whether the customer would recommend you, so they have no NPS.`,
    held: {
      one: '{n} review is waiting in Moderation: no figure counts it until you approve it.',
      other: '{n} reviews are waiting in Moderation: no figure counts them until you approve them.',
    },
  },
  scope: {
    heading: 'What the filters cover',
    filtered: 'Every figure on this page follows the period and the filters, including the attention queue and its counts.',
    ignored: 'Only these ignore them:',
    openTotal: (open, total) => `${open} open for these filters · ${total} open in the whole shop`,
    customers: 'the count of mostly happy and mostly unhappy customers, which covers all customers and all time.',
  },
  tableHint: 'Scroll sideways for more columns',
  themeChange: { short: 'Change', note: 'Change: against the previous period of the same length.' },
  review: 'Product review',
  moderation: {
    held: (reasons) => `Held for moderation (${reasons}): not published until you decide.`,
    rejected: 'Rejected in moderation: not published. You can still reply to the customer privately.',
    decide: 'Decide in Moderation',
  },
  onboarding: {
    heading: 'Welcome: your shop has no answers yet',
    intro: 'Two steps and the figures start to move.',
    step1:
      '1. Paste this where the widget should appear (for example your order-confirmation page). The wrapper reserves the widget’s room, so the page does not jump.',
    snippetLabel: 'Embed code',
    cssLabel: 'For your stylesheet',
    cssHint: 'Sizes the reserved room; works with a strict Content-Security-Policy.',
    copy: 'Copy',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy: select the text and copy it by hand.',
    step2: '2. Check that everything works: send a test answer and watch it arrive.',
    test: 'Send a test answer',
    testing: 'Sending…',
    tested: 'Test answer received: the figures now show it.',
    testNote: 'Test answers carry the segment “opinia-test”: filter them out with it, or erase them like any answer.',
  },
};

const pl: OverviewTexts = {
  kind: 'Rodzaj odpowiedzi',
  kinds: { experience: 'Ocena zakupów', review: 'Opinie o produktach' },
  byKind: {
    heading: 'Doświadczenia i opinie',
    caption: 'Oceny zakupów i opinie o produktach obok siebie',
    figure: 'Wskaźnik',
    responses: 'Odpowiedzi',
    rating: 'Średnia ocena',
    csat: 'CSAT',
    nps: 'NPS',
    balance: 'Bilans emocji',
    note: 'Obie kolumny uwzględniają okres i filtry powyżej z wyjątkiem rodzaju odpowiedzi.',
    notAsked: 'nie dotyczy',
    few: (count) => `tylko n = ${count}`,
    fewNote: (min) =>
      `„Tylko n”: mniej niż ${min} odpowiedzi, za mało, by na tym polegać. Opinie o produktach nie zawierają pytania o polecenie sklepu, więc nie mają NPS.`,
    held: {
      one: 'W Moderacji czeka {n} opinia: żaden wskaźnik jej nie liczy, dopóki jej nie zatwierdzisz.',
      few: 'W Moderacji czekają {n} opinie: żaden wskaźnik ich nie liczy, dopóki ich nie zatwierdzisz.',
      many: 'W Moderacji czeka {n} opinii: żaden wskaźnik ich nie liczy, dopóki ich nie zatwierdzisz.',
      other: 'W Moderacji czeka {n} opinii: żaden wskaźnik ich nie liczy, dopóki ich nie zatwierdzisz.',
    },
  },
  scope: {
    heading: 'Zakres filtrów',
    filtered: 'Wszystkie wskaźniki na tej stronie uwzględniają okres i filtry, także kolejka zgłoszeń i jej liczniki.',
    ignored: 'Pomijają je tylko:',
    openTotal: (open, total) => `Otwarte przy tych filtrach: ${open} · w całym sklepie: ${total}`,
    customers: 'liczba klientów raczej zadowolonych i raczej niezadowolonych, obejmująca wszystkich klientów od początku.',
  },
  tableHint: 'Przewiń w bok, aby zobaczyć więcej kolumn',
  themeChange: { short: 'Zmiana', note: 'Zmiana: wobec poprzedniego okresu tej samej długości.' },
  review: 'Opinia o produkcie',
  moderation: {
    held: (reasons) => `Wstrzymana do moderacji (${reasons}): nie zostanie opublikowana, dopóki nie zdecydujesz.`,
    rejected: 'Odrzucona w moderacji: nieopublikowana. Nadal możesz prywatnie odpowiedzieć klientowi.',
    decide: 'Zdecyduj w Moderacji',
  },
  onboarding: {
    heading: 'Witamy: sklep nie ma jeszcze odpowiedzi',
    intro: 'Dwa kroki i wyniki zaczną się zmieniać.',
    step1:
      '1. Wklej ten kod tam, gdzie ma się pojawić widżet (np. na stronie potwierdzenia zamówienia). Opakowanie rezerwuje miejsce na widżet, więc strona nie skacze.',
    snippetLabel: 'Kod do osadzenia',
    cssLabel: 'Do arkusza stylów',
    cssHint: 'Ustala wielkość zarezerwowanego miejsca; działa przy ścisłej polityce CSP.',
    copy: 'Kopiuj',
    copied: 'Skopiowano do schowka.',
    copyFailed: 'Nie udało się skopiować: zaznacz tekst i skopiuj go ręcznie.',
    step2: '2. Sprawdź, czy wszystko działa: wyślij odpowiedź testową i zobacz, jak dociera.',
    test: 'Wyślij odpowiedź testową',
    testing: 'Wysyłanie…',
    tested: 'Odpowiedź testowa dotarła: wyniki już ją pokazują.',
    testNote: 'Odpowiedzi testowe mają segment „opinia-test”: odfiltruj je nim albo usuń jak każdą odpowiedź.',
  },
};

const cs: OverviewTexts = {
  kind: 'Druh odpovědi',
  kinds: { experience: 'Hodnocení nákupu', review: 'Recenze produktů' },
  byKind: {
    heading: 'Zkušenosti a recenze',
    caption: 'Hodnocení nákupu a recenze produktů vedle sebe',
    figure: 'Ukazatel',
    responses: 'Odpovědi',
    rating: 'Průměrné hodnocení',
    csat: 'CSAT',
    nps: 'NPS',
    balance: 'Emoční bilance',
    note: 'Oba sloupce používají období a filtry výše kromě druhu odpovědi.',
    notAsked: 'netýká se',
    few: (count) => `jen n = ${count}`,
    fewNote: (min) =>
      `„Jen n“: méně než ${min} odpovědí, příliš málo, aby se na to dalo spolehnout. Recenze produktů neobsahují otázku na doporučení obchodu, takže nemají NPS.`,
    held: {
      one: 'V Moderaci čeká {n} recenze: žádný ukazatel ji nepočítá, dokud ji neschválíte.',
      few: 'V Moderaci čekají {n} recenze: žádný ukazatel je nepočítá, dokud je neschválíte.',
      many: 'V Moderaci čeká {n} recenze: žádný ukazatel je nepočítá, dokud je neschválíte.',
      other: 'V Moderaci čeká {n} recenzí: žádný ukazatel je nepočítá, dokud je neschválíte.',
    },
  },
  scope: {
    heading: 'Na co se filtry vztahují',
    filtered: 'Všechny ukazatele na této stránce respektují období a filtry, včetně fronty položek a jejích počtů.',
    ignored: 'Ignorují je jen:',
    openTotal: (open, total) => `Otevřené při těchto filtrech: ${open} · v celém obchodě: ${total}`,
    customers: 'počet spíše spokojených a spíše nespokojených zákazníků, který zahrnuje všechny zákazníky za celou dobu.',
  },
  tableHint: 'Posuňte do strany pro další sloupce',
  themeChange: { short: 'Změna', note: 'Změna: oproti předchozímu období stejné délky.' },
  review: 'Recenze produktu',
  moderation: {
    held: (reasons) => `Zadrženo k moderaci (${reasons}): nezveřejní se, dokud nerozhodnete.`,
    rejected: 'Zamítnuto v moderaci: nezveřejněno. Zákazníkovi můžete stále soukromě odpovědět.',
    decide: 'Rozhodnout v Moderaci',
  },
  onboarding: {
    heading: 'Vítejte: obchod zatím nemá žádné odpovědi',
    intro: 'Dva kroky a výsledky se začnou hýbat.',
    step1:
      '1. Vložte tento kód tam, kde se má widget zobrazit (např. na stránku s potvrzením objednávky). Obal rezervuje místo pro widget, takže stránka neposkakuje.',
    snippetLabel: 'Kód pro vložení',
    cssLabel: 'Do vaší šablony stylů',
    cssHint: 'Určuje velikost rezervovaného místa; funguje i s přísnou politikou CSP.',
    copy: 'Kopírovat',
    copied: 'Zkopírováno do schránky.',
    copyFailed: 'Kopírování se nezdařilo: označte text a zkopírujte jej ručně.',
    step2: '2. Ověřte, že vše funguje: pošlete testovací odpověď a sledujte, jak dorazí.',
    test: 'Poslat testovací odpověď',
    testing: 'Odesílání…',
    tested: 'Testovací odpověď dorazila: výsledky ji už ukazují.',
    testNote: 'Testovací odpovědi mají segment „opinia-test“: odfiltrujte je jím, nebo je smažte jako každou odpověď.',
  },
};

export const OVERVIEW_TEXTS: Record<Language, OverviewTexts> = { en, pl, cs };
