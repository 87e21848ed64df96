// Every string the dashboard shows, in English, Polish and Czech. Numbers and dates are formatted with Intl
// (see format.ts); plural forms come from Intl.PluralRules through `plural`.
import type { Theme, Touchpoint } from '../../shared/schemas.ts';
import type { AttentionReason } from '../../shared/owner-api.ts';

export const LANGUAGES = ['en', 'pl', 'cs'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Plural categories a language may use (Polish and Czech need `few` and `many`). */
export type PluralForms = { one: string; few?: string; many?: string; other: string };

export interface Messages {
  languageName: string;
  appTitle: string;
  skipToContent: string;
  language: string;
  signIn: {
    heading: string;
    intro: string;
    shopId: string;
    ownerKey: string;
    ownerKeyHint: string;
    submit: string;
    storageNote: string;
    /** Shown on localhost only: where `npm start` prints the demo shop's key. The parts around the command. */
    localHint: { before: string; after: (label: string, shopId: string) => string };
  };
  signOut: string;
  shop: string;
  errors: { unauthorized: string; forbidden: string; shopNotFound: string; network: string; generic: string; retry: string };
  status: { loading: string; updated: (responses: string) => string; resolved: string; reopened: string; loadingMore: string };
  filters: {
    heading: string;
    from: string;
    to: string;
    touchpoint: string;
    locale: string;
    segment: string;
    productId: string;
    any: string;
    apply: string;
    reset: string;
    segmentHint: string;
    productHint: string;
  };
  kpi: { heading: string; responses: string; rating: string; csat: string; nps: string; balance: string; balanceHint: string };
  delta: { vsPrevious: (from: string, to: string) => string; up: string; down: string; same: string; none: string };
  extra: {
    openItems: string;
    medianResolve: string;
    /** Customers whose emotional balance (good experiences minus bad, all time) is above zero, said plainly. */
    customers: string;
    inDebit: string;
    even: string;
    /** What "mostly happy" means, and that the figure ignores the period and filters. */
    customersHint: string;
    hours: string;
  };
  trend: {
    heading: string;
    granularity: string;
    day: string;
    week: string;
    month: string;
    period: string;
    chartLabel: (from: string, to: string) => string;
    showTable: string;
    tableCaption: string;
    empty: string;
  };
  distribution: { heading: string; stars: PluralForms; answers: string; share: string; caption: string };
  touchpoints: {
    heading: string;
    caption: string;
    name: string;
    responses: string;
    rating: string;
    nps: string;
    balance: string;
    empty: string;
  };
  themes: {
    heading: string;
    caption: string;
    theme: string;
    mentions: string;
    positive: string;
    negative: string;
    mood: string;
    change: string;
    praised: string;
    complained: string;
    mixed: string;
    /** Instead of a mood when a theme has fewer mentions than MIN_THEME_MENTIONS: no verdict on so few. */
    tooFew: string;
    turnedNegative: string;
    turnedPositive: string;
    better: string;
    worse: string;
    steady: string;
    noHistory: string;
    empty: string;
  };
  attention: {
    heading: string;
    open: string;
    resolved: string;
    show: string;
    resolve: string;
    reopen: string;
    loadMore: string;
    empty: string;
    emptyResolved: string;
    noComment: string;
    order: string;
    customer: string;
    rating: string;
    nps: string;
    openCount: (count: string) => string;
    resolvedAt: (when: string) => string;
    item: (when: string) => string;
  };
  /** The button under a long shopper text folded to a few lines (components/ClampedText.tsx). */
  clamp: { more: string; less: string };
  noData: string;
  touchpointNames: Record<Touchpoint, string>;
  themeNames: Record<Theme, string>;
  reasonNames: Record<AttentionReason, string>;
  languageNames: Record<Language, string>;
}

const en: Messages = {
  languageName: 'English',
  appTitle: 'Owner dashboard',
  skipToContent: 'Skip to the figures',
  language: 'Language',
  signIn: {
    heading: 'Sign in to your shop',
    intro: 'Enter your shop id and the owner key you received when the shop was created.',
    shopId: 'Shop id',
    ownerKey: 'Owner key',
    ownerKeyHint: 'Starts with opk_. It is kept only in this browser tab and forgotten when you close it.',
    submit: 'Show my figures',
    storageNote: 'No cookies. The key is never stored beyond this tab.',
    localHint: {
      before: 'Running Opinia on your own computer?',
      after: (label, shopId) => `prints the demo shop’s owner key in the terminal, on the line “${label}” (shop id: ${shopId}).`,
    },
  },
  signOut: 'Sign out',
  shop: 'Shop',
  errors: {
    unauthorized: 'This owner key was not accepted for this shop. Check the key and try again.',
    forbidden: 'This key belongs to another shop.',
    shopNotFound: 'There is no shop with this id.',
    network: 'The server could not be reached. Check your connection and try again.',
    generic: 'Something went wrong while loading the figures.',
    retry: 'Try again',
  },
  status: {
    loading: 'Loading figures…',
    updated: (responses) => `Figures updated: ${responses} ${responses === '1' ? 'response' : 'responses'}.`,
    resolved: 'Item marked as resolved.',
    reopened: 'Item reopened.',
    loadingMore: 'Loading more items…',
  },
  filters: {
    heading: 'Filters',
    from: 'From',
    to: 'To',
    touchpoint: 'Touchpoint',
    locale: 'Answer language',
    segment: 'Segment',
    productId: 'Product id',
    any: 'All',
    apply: 'Apply filters',
    reset: 'Reset',
    segmentHint: 'e.g. vip',
    productHint: 'e.g. linen-duvet',
  },
  kpi: {
    heading: 'Key figures',
    responses: 'Responses',
    rating: 'Average rating',
    csat: 'CSAT',
    nps: 'NPS',
    balance: 'Emotional balance',
    balanceHint: 'positive minus negative answers',
  },
  delta: {
    vsPrevious: (from, to) => `vs ${from} – ${to}`,
    up: 'up',
    down: 'down',
    same: 'no change',
    none: 'no earlier data',
  },
  extra: {
    openItems: 'Open attention items',
    medianResolve: 'Median time to resolve',
    customers: 'Mostly happy customers',
    inDebit: 'Mostly unhappy',
    even: 'even',
    customersHint: 'More good experiences than bad, or the reverse; all customers, all time.',
    hours: 'h',
  },
  trend: {
    heading: 'Trend',
    granularity: 'Group by',
    day: 'Day',
    week: 'Week',
    month: 'Month',
    period: 'Period',
    chartLabel: (from, to) =>
      `Chart of responses (bars), CSAT and NPS (lines) from ${from} to ${to}. The same figures are in the table below.`,
    showTable: 'Show the figures as a table',
    tableCaption: 'Trend by period',
    empty: 'No answers in this period.',
  },
  distribution: {
    heading: 'Rating distribution',
    stars: { one: '{n} star', other: '{n} stars' },
    answers: 'Answers',
    share: 'Share',
    caption: 'Ratings from 5 stars down to 1',
  },
  touchpoints: {
    heading: 'Touchpoints',
    caption: 'How customers feel at each touchpoint',
    name: 'Touchpoint',
    responses: 'Responses',
    rating: 'Rating',
    nps: 'NPS',
    balance: 'Balance',
    empty: 'No touchpoint has answers in this period.',
  },
  themes: {
    heading: 'Themes',
    caption: 'What customers talk about',
    theme: 'Theme',
    mentions: 'Mentions',
    positive: 'Praised',
    negative: 'Complained',
    mood: 'Mood',
    change: 'Change vs previous period',
    praised: 'Mostly praised',
    complained: 'Mostly criticised',
    mixed: 'Mixed',
    tooFew: 'Too few to tell',
    turnedNegative: 'was praised, now complained about',
    turnedPositive: 'was complained about, now praised',
    better: 'better',
    worse: 'worse',
    steady: 'steady',
    noHistory: 'new',
    empty: 'No themes were recognised in the comments of this period.',
  },
  attention: {
    heading: 'Needs attention',
    open: 'Open',
    resolved: 'Resolved',
    show: 'Show',
    resolve: 'Mark resolved',
    reopen: 'Reopen',
    loadMore: 'Load more',
    empty: 'Nothing needs your attention right now.',
    emptyResolved: 'No resolved items yet.',
    noComment: 'No comment, only scores.',
    order: 'Order',
    customer: 'Customer',
    rating: 'Rating',
    nps: 'NPS',
    openCount: (count) => `${count} open`,
    resolvedAt: (when) => `Resolved ${when}`,
    item: (when) => `Answer of ${when}`,
  },
  clamp: { more: 'Show all', less: 'Show less' },
  noData: '—',
  touchpointNames: {
    browse: 'Browsing',
    checkout: 'Checkout',
    post_purchase: 'After purchase',
    delivery: 'Delivery',
    support: 'Support',
    return: 'Returns',
  },
  themeNames: {
    delivery: 'Delivery',
    price: 'Price',
    quality: 'Quality',
    service: 'Service',
    packaging: 'Packaging',
    returns: 'Returns',
    website: 'Website',
  },
  reasonNames: {
    negative_comment: 'Negative comment',
    low_rating: 'Low rating',
    detractor: 'Detractor',
    negative_theme: 'Complaint',
  },
  languageNames: { en: 'English', pl: 'Polski', cs: 'Čeština' },
};

const pl: Messages = {
  languageName: 'Polski',
  appTitle: 'Panel właściciela',
  skipToContent: 'Przejdź do wyników',
  language: 'Język',
  signIn: {
    heading: 'Zaloguj się do sklepu',
    intro: 'Podaj identyfikator sklepu i klucz właściciela otrzymany przy zakładaniu sklepu.',
    shopId: 'Identyfikator sklepu',
    ownerKey: 'Klucz właściciela',
    ownerKeyHint: 'Zaczyna się od opk_. Jest przechowywany tylko w tej karcie przeglądarki i znika po jej zamknięciu.',
    submit: 'Pokaż moje wyniki',
    storageNote: 'Bez ciasteczek. Klucz nie jest zapisywany poza tą kartą.',
    localHint: {
      before: 'Opinia działa na Twoim komputerze?',
      after: (label, shopId) =>
        `wypisuje w terminalu klucz właściciela sklepu demo, w wierszu „${label}” (identyfikator sklepu: ${shopId}).`,
    },
  },
  signOut: 'Wyloguj',
  shop: 'Sklep',
  errors: {
    unauthorized: 'Ten klucz właściciela nie pasuje do tego sklepu. Sprawdź klucz i spróbuj ponownie.',
    forbidden: 'Ten klucz należy do innego sklepu.',
    shopNotFound: 'Nie ma sklepu o tym identyfikatorze.',
    network: 'Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.',
    generic: 'Coś poszło nie tak podczas wczytywania wyników.',
    retry: 'Spróbuj ponownie',
  },
  status: {
    loading: 'Wczytywanie wyników…',
    updated: (responses) => `Wyniki zaktualizowane, liczba odpowiedzi: ${responses}.`,
    resolved: 'Zgłoszenie oznaczone jako załatwione.',
    reopened: 'Zgłoszenie ponownie otwarte.',
    loadingMore: 'Wczytywanie kolejnych zgłoszeń…',
  },
  filters: {
    heading: 'Filtry',
    from: 'Od',
    to: 'Do',
    touchpoint: 'Punkt styku',
    locale: 'Język odpowiedzi',
    segment: 'Segment',
    productId: 'Identyfikator produktu',
    any: 'Wszystkie',
    apply: 'Zastosuj filtry',
    reset: 'Wyczyść',
    segmentHint: 'np. vip',
    productHint: 'np. linen-duvet',
  },
  kpi: {
    heading: 'Najważniejsze wskaźniki',
    responses: 'Odpowiedzi',
    rating: 'Średnia ocena',
    csat: 'CSAT',
    nps: 'NPS',
    balance: 'Bilans emocji',
    balanceHint: 'odpowiedzi pozytywne minus negatywne',
  },
  delta: {
    vsPrevious: (from, to) => `wobec ${from} – ${to}`,
    up: 'wzrost',
    down: 'spadek',
    same: 'bez zmian',
    none: 'brak wcześniejszych danych',
  },
  extra: {
    openItems: 'Otwarte zgłoszenia',
    medianResolve: 'Mediana czasu rozwiązania',
    customers: 'Klienci raczej zadowoleni',
    inDebit: 'Raczej niezadowoleni',
    even: 'po równo',
    customersHint: 'Więcej dobrych doświadczeń niż złych albo odwrotnie; wszyscy klienci, od początku.',
    hours: 'godz.',
  },
  trend: {
    heading: 'Trend',
    granularity: 'Grupuj według',
    day: 'Dzień',
    week: 'Tydzień',
    month: 'Miesiąc',
    period: 'Okres',
    chartLabel: (from, to) =>
      `Wykres liczby odpowiedzi (słupki), CSAT i NPS (linie) od ${from} do ${to}. Te same dane są w tabeli poniżej.`,
    showTable: 'Pokaż dane w tabeli',
    tableCaption: 'Trend według okresów',
    empty: 'Brak odpowiedzi w tym okresie.',
  },
  distribution: {
    heading: 'Rozkład ocen',
    stars: { one: '{n} gwiazdka', few: '{n} gwiazdki', many: '{n} gwiazdek', other: '{n} gwiazdki' },
    answers: 'Odpowiedzi',
    share: 'Udział',
    caption: 'Oceny od 5 gwiazdek do 1',
  },
  touchpoints: {
    heading: 'Punkty styku',
    caption: 'Jak klienci oceniają każdy punkt styku',
    name: 'Punkt styku',
    responses: 'Odpowiedzi',
    rating: 'Ocena',
    nps: 'NPS',
    balance: 'Bilans',
    empty: 'Żaden punkt styku nie ma odpowiedzi w tym okresie.',
  },
  themes: {
    heading: 'Tematy',
    caption: 'O czym mówią klienci',
    theme: 'Temat',
    mentions: 'Wzmianki',
    positive: 'Pochwały',
    negative: 'Skargi',
    mood: 'Wydźwięk',
    change: 'Zmiana wobec poprzedniego okresu',
    praised: 'Głównie chwalony',
    complained: 'Głównie krytykowany',
    mixed: 'Mieszany',
    tooFew: 'Za mało, by ocenić',
    turnedNegative: 'był chwalony, teraz jest krytykowany',
    turnedPositive: 'był krytykowany, teraz jest chwalony',
    better: 'lepiej',
    worse: 'gorzej',
    steady: 'bez zmian',
    noHistory: 'nowy',
    empty: 'W komentarzach z tego okresu nie rozpoznano tematów.',
  },
  attention: {
    heading: 'Wymaga uwagi',
    open: 'Otwarte',
    resolved: 'Załatwione',
    show: 'Pokaż',
    resolve: 'Oznacz jako załatwione',
    reopen: 'Otwórz ponownie',
    loadMore: 'Wczytaj więcej',
    empty: 'Nic nie wymaga teraz Twojej uwagi.',
    emptyResolved: 'Nie ma jeszcze załatwionych zgłoszeń.',
    noComment: 'Bez komentarza, tylko oceny.',
    order: 'Zamówienie',
    customer: 'Klient',
    rating: 'Ocena',
    nps: 'NPS',
    openCount: (count) => `otwarte: ${count}`,
    resolvedAt: (when) => `Załatwione ${when}`,
    item: (when) => `Odpowiedź z ${when}`,
  },
  clamp: { more: 'Pokaż całość', less: 'Pokaż mniej' },
  noData: '—',
  touchpointNames: {
    browse: 'Przeglądanie',
    checkout: 'Zamówienie',
    post_purchase: 'Po zakupie',
    delivery: 'Dostawa',
    support: 'Obsługa klienta',
    return: 'Zwroty',
  },
  themeNames: {
    delivery: 'Dostawa',
    price: 'Cena',
    quality: 'Jakość',
    service: 'Obsługa',
    packaging: 'Opakowanie',
    returns: 'Zwroty',
    website: 'Strona',
  },
  reasonNames: {
    negative_comment: 'Negatywny komentarz',
    low_rating: 'Niska ocena',
    detractor: 'Krytyk (NPS)',
    negative_theme: 'Skarga',
  },
  languageNames: { en: 'English', pl: 'Polski', cs: 'Čeština' },
};

const cs: Messages = {
  languageName: 'Čeština',
  appTitle: 'Přehled pro majitele',
  skipToContent: 'Přejít na výsledky',
  language: 'Jazyk',
  signIn: {
    heading: 'Přihlaste se do obchodu',
    intro: 'Zadejte identifikátor obchodu a klíč majitele, který jste dostali při založení obchodu.',
    shopId: 'Identifikátor obchodu',
    ownerKey: 'Klíč majitele',
    ownerKeyHint: 'Začíná na opk_. Uchovává se jen v této kartě prohlížeče a po jejím zavření se zapomene.',
    submit: 'Zobrazit výsledky',
    storageNote: 'Žádné cookies. Klíč se neukládá mimo tuto kartu.',
    localHint: {
      before: 'Spouštíte Opinii na svém počítači?',
      after: (label, shopId) => `vypíše v terminálu klíč vlastníka demo obchodu na řádku „${label}“ (id obchodu: ${shopId}).`,
    },
  },
  signOut: 'Odhlásit',
  shop: 'Obchod',
  errors: {
    unauthorized: 'Tento klíč majitele pro tento obchod neplatí. Zkontrolujte klíč a zkuste to znovu.',
    forbidden: 'Tento klíč patří jinému obchodu.',
    shopNotFound: 'Obchod s tímto identifikátorem neexistuje.',
    network: 'Server není dostupný. Zkontrolujte připojení a zkuste to znovu.',
    generic: 'Při načítání výsledků se něco pokazilo.',
    retry: 'Zkusit znovu',
  },
  status: {
    loading: 'Načítání výsledků…',
    updated: (responses) => `Výsledky aktualizovány, počet odpovědí: ${responses}.`,
    resolved: 'Položka označena jako vyřešená.',
    reopened: 'Položka znovu otevřena.',
    loadingMore: 'Načítání dalších položek…',
  },
  filters: {
    heading: 'Filtry',
    from: 'Od',
    to: 'Do',
    touchpoint: 'Kontaktní bod',
    locale: 'Jazyk odpovědí',
    segment: 'Segment',
    productId: 'Identifikátor produktu',
    any: 'Vše',
    apply: 'Použít filtry',
    reset: 'Vymazat',
    segmentHint: 'např. vip',
    productHint: 'např. linen-duvet',
  },
  kpi: {
    heading: 'Klíčové ukazatele',
    responses: 'Odpovědi',
    rating: 'Průměrné hodnocení',
    csat: 'CSAT',
    nps: 'NPS',
    balance: 'Emoční bilance',
    balanceHint: 'kladné minus záporné odpovědi',
  },
  delta: {
    vsPrevious: (from, to) => `oproti ${from} – ${to}`,
    up: 'nárůst',
    down: 'pokles',
    same: 'beze změny',
    none: 'bez dřívějších dat',
  },
  extra: {
    openItems: 'Otevřené položky',
    medianResolve: 'Medián doby vyřešení',
    customers: 'Spíše spokojení zákazníci',
    inDebit: 'Spíše nespokojení',
    even: 'vyrovnaní',
    customersHint: 'Víc dobrých zkušeností než špatných, nebo naopak; všichni zákazníci, za celou dobu.',
    hours: 'h',
  },
  trend: {
    heading: 'Vývoj',
    granularity: 'Seskupit po',
    day: 'Den',
    week: 'Týden',
    month: 'Měsíc',
    period: 'Období',
    chartLabel: (from, to) =>
      `Graf počtu odpovědí (sloupce), CSAT a NPS (čáry) od ${from} do ${to}. Stejné údaje jsou v tabulce níže.`,
    showTable: 'Zobrazit údaje v tabulce',
    tableCaption: 'Vývoj po obdobích',
    empty: 'V tomto období nejsou žádné odpovědi.',
  },
  distribution: {
    heading: 'Rozložení hodnocení',
    stars: { one: '{n} hvězdička', few: '{n} hvězdičky', many: '{n} hvězdiček', other: '{n} hvězdiček' },
    answers: 'Odpovědi',
    share: 'Podíl',
    caption: 'Hodnocení od 5 hvězdiček po 1',
  },
  touchpoints: {
    heading: 'Kontaktní body',
    caption: 'Jak se zákazníci cítí v každém kontaktním bodě',
    name: 'Kontaktní bod',
    responses: 'Odpovědi',
    rating: 'Hodnocení',
    nps: 'NPS',
    balance: 'Bilance',
    empty: 'Žádný kontaktní bod nemá v tomto období odpovědi.',
  },
  themes: {
    heading: 'Témata',
    caption: 'O čem zákazníci mluví',
    theme: 'Téma',
    mentions: 'Zmínky',
    positive: 'Pochvaly',
    negative: 'Stížnosti',
    mood: 'Vyznění',
    change: 'Změna oproti předchozímu období',
    praised: 'Převážně chválené',
    complained: 'Převážně kritizované',
    mixed: 'Smíšené',
    tooFew: 'Málo zmínek',
    turnedNegative: 'bylo chválené, nyní je kritizované',
    turnedPositive: 'bylo kritizované, nyní je chválené',
    better: 'lepší',
    worse: 'horší',
    steady: 'beze změny',
    noHistory: 'nové',
    empty: 'V komentářích z tohoto období nebyla rozpoznána žádná témata.',
  },
  attention: {
    heading: 'Vyžaduje pozornost',
    open: 'Otevřené',
    resolved: 'Vyřešené',
    show: 'Zobrazit',
    resolve: 'Označit jako vyřešené',
    reopen: 'Znovu otevřít',
    loadMore: 'Načíst další',
    empty: 'Nic teď nevyžaduje vaši pozornost.',
    emptyResolved: 'Zatím žádné vyřešené položky.',
    noComment: 'Bez komentáře, jen hodnocení.',
    order: 'Objednávka',
    customer: 'Zákazník',
    rating: 'Hodnocení',
    nps: 'NPS',
    openCount: (count) => `otevřené: ${count}`,
    resolvedAt: (when) => `Vyřešeno ${when}`,
    item: (when) => `Odpověď z ${when}`,
  },
  clamp: { more: 'Zobrazit vše', less: 'Zobrazit méně' },
  noData: '—',
  touchpointNames: {
    browse: 'Prohlížení',
    checkout: 'Objednávka',
    post_purchase: 'Po nákupu',
    delivery: 'Doručení',
    support: 'Podpora',
    return: 'Vrácení',
  },
  themeNames: {
    delivery: 'Doručení',
    price: 'Cena',
    quality: 'Kvalita',
    service: 'Služby',
    packaging: 'Balení',
    returns: 'Vrácení',
    website: 'Web',
  },
  reasonNames: {
    negative_comment: 'Negativní komentář',
    low_rating: 'Nízké hodnocení',
    detractor: 'Kritik (NPS)',
    negative_theme: 'Stížnost',
  },
  languageNames: { en: 'English', pl: 'Polski', cs: 'Čeština' },
};

export const MESSAGES: Record<Language, Messages> = { en, pl, cs };

/** The first of the browser's preferred languages the dashboard speaks, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(language ?? '')) return language as Language;
  }
  return 'en';
}

/** `{n}` in the form Intl.PluralRules picks for `count`, e.g. "5 gwiazdek". */
export function plural(language: Language, forms: PluralForms, count: number, formatted: string): string {
  const category = new Intl.PluralRules(language).select(count) as keyof PluralForms;
  return (forms[category] ?? forms.other).replace('{n}', formatted);
}
