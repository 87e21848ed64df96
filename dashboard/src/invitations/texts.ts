// The Invitations screen's strings, en/pl/cs: the invitations audit (per touchpoint and score group), answers by
// channel and the response rate per touchpoint.
import type { InvitationTouchpoint } from '../../../shared/invitations.ts';
import type { ScoreGroup } from '../../../shared/invitation-audit.ts';
import type { Language } from '../locales.ts';

export interface InvitationsTexts {
  period: { heading: string; from: string; to: string; apply: string };
  loaded: (orders: string) => string;
  rates: {
    heading: string;
    caption: string;
    touchpoint: string;
    invitations: string;
    sent: string;
    opened: string;
    answered: string;
    rate: string;
    scheduled: string;
    notSent: string;
  };
  scores: {
    heading: string;
    caption: string;
    touchpoint: string;
    group: string;
    sent: string;
    opened: string;
    answered: string;
    total: string;
    intro: string;
  };
  channels: { heading: string; caption: string; channel: string; answers: string; share: string; onsite: string; link: string };
  noGating: string;
  notSentWhy: string;
  skipReasons: Record<string, string>;
  empty: string;
  touchpoints: Record<InvitationTouchpoint, string>;
  groups: Record<ScoreGroup, string>;
  report: {
    heading: string;
    intro: string;
    orderId: string;
    email: string;
    emailHint: string;
    locale: string;
    locales: Record<Language, string>;
    deliveredAt: string;
    deliveredHint: string;
    products: string;
    productsHint: string;
    submit: string;
    sending: string;
    reported: (orderId: string) => string;
    scheduledAt: (touchpoint: string, at: string) => string;
    nothingScheduled: string;
    apiHint: string;
  };
}

export const INVITATIONS_TEXTS: Record<Language, InvitationsTexts> = {
  en: {
    period: { heading: 'Period', from: 'From', to: 'To', apply: 'Show' },
    loaded: (orders) => `Invitations of ${orders} orders loaded.`,
    rates: {
      heading: 'Response rate per touchpoint',
      caption: 'Invitations after the purchase: sent, opened and answered per touchpoint',
      touchpoint: 'Touchpoint',
      invitations: 'Invitations',
      sent: 'Sent',
      opened: 'Opened',
      answered: 'Answered',
      rate: 'Response rate',
      scheduled: 'Scheduled',
      notSent: 'Not sent',
    },
    scores: {
      heading: 'By score group of the answer',
      caption: 'Invitations sent, opened and answered per touchpoint and score group of the answer given',
      touchpoint: 'Touchpoint',
      group: 'Score group',
      sent: 'Sent',
      opened: 'Opened',
      answered: 'Answered',
      total: 'All touchpoints',
      intro: 'Everyone is invited before anyone answers; the answer only sorts the invitation into a group afterwards.',
    },
    channels: {
      heading: 'Answers by channel',
      caption: 'Answers in the period by where they were given',
      channel: 'Channel',
      answers: 'Answers',
      share: 'Share',
      onsite: "On the shop's pages (widget)",
      link: 'From an invitation link',
    },
    noGating: 'No gating: every order gets the same invitations, whatever its customer said before or may say.',
    notSentWhy: 'Held back only for these reasons:',
    skipReasons: {
      unsubscribed: 'unsubscribed',
      cooldown: 'cooldown (invited about another order lately)',
      no_channel: 'no way to send (no webhook, no mail provider)',
      answered_first: 'answered from the link before it was sent',
      shop_gone: 'shop deleted',
      failed: 'delivery failed',
      other: 'other',
    },
    empty: 'No invitations in this period yet: report an order below.',
    touchpoints: { delivery: 'Delivery', return: 'Return', support: 'Support', reviews: 'Product reviews' },
    groups: { low: 'Low (1–2★, NPS 0–6)', middle: 'Middle (3★, NPS 7–8)', high: 'High (4–5★, NPS 9–10)', no_answer: 'No answer' },
    report: {
      heading: 'Report an order',
      intro:
        'Opinia invites the customer after the delivery, the same way for every order. Your shop’s back end can do this for every order (below).',
      orderId: 'Order number',
      email: 'Customer’s e-mail',
      emailHint:
        'Used only to send this order’s invitations. Opinia stores it only when a mail provider is set in Settings, and only until they are sent; without one it is not stored and the invitation goes to your webhook. After that only a salted hash is kept, for the pause between invitations and for unsubscribes.',
      locale: 'Language of the invitation',
      locales: { en: 'English', pl: 'Polski', cs: 'Čeština' },
      deliveredAt: 'Delivered on',
      deliveredHint: 'The delivery invitation goes out some days later (Settings).',
      products: 'Products (optional)',
      productsHint: 'One product id per line: the customer is also asked to review each.',
      submit: 'Report the order',
      sending: 'Reporting…',
      reported: (orderId) => `Order ${orderId} reported.`,
      scheduledAt: (touchpoint, at) => `${touchpoint}: invitation on ${at}.`,
      nothingScheduled: 'Nothing scheduled yet: give the delivery date to schedule its invitations.',
      apiHint: 'For developers: report orders from your shop with POST /v1/shops/:shopId/orders (see the API documentation).',
    },
  },
  pl: {
    period: { heading: 'Okres', from: 'Od', to: 'Do', apply: 'Pokaż' },
    loaded: (orders) => `Wczytano zaproszenia z ${orders} zamówień.`,
    rates: {
      heading: 'Odsetek odpowiedzi wg punktu styku',
      caption: 'Zaproszenia po zakupie: wysłane, otwarte i z odpowiedzią, wg punktu styku',
      touchpoint: 'Punkt styku',
      invitations: 'Zaproszenia',
      sent: 'Wysłane',
      opened: 'Otwarte',
      answered: 'Z odpowiedzią',
      rate: 'Odsetek odpowiedzi',
      scheduled: 'Zaplanowane',
      notSent: 'Niewysłane',
    },
    scores: {
      heading: 'Wg grupy oceny w odpowiedzi',
      caption: 'Zaproszenia wysłane, otwarte i z odpowiedzią, wg punktu styku i grupy oceny w odpowiedzi',
      touchpoint: 'Punkt styku',
      group: 'Grupa oceny',
      sent: 'Wysłane',
      opened: 'Otwarte',
      answered: 'Z odpowiedzią',
      total: 'Wszystkie punkty styku',
      intro: 'Zaproszenie dostaje każdy, zanim ktokolwiek odpowie; odpowiedź tylko przypisuje je potem do grupy.',
    },
    channels: {
      heading: 'Odpowiedzi wg kanału',
      caption: 'Odpowiedzi w okresie wg miejsca, w którym padły',
      channel: 'Kanał',
      answers: 'Odpowiedzi',
      share: 'Udział',
      onsite: 'Na stronach sklepu (widżet)',
      link: 'Z linku w zaproszeniu',
    },
    noGating:
      'Bez selekcji: każde zamówienie dostaje te same zaproszenia, niezależnie od tego, co klient powiedział lub może powiedzieć.',
    notSentWhy: 'Wstrzymane wyłącznie z tych powodów:',
    skipReasons: {
      unsubscribed: 'wypisanie się',
      cooldown: 'przerwa (niedawne zaproszenie do innego zamówienia)',
      no_channel: 'brak sposobu wysyłki (brak webhooka i dostawcy poczty)',
      answered_first: 'odpowiedź z linku przed wysyłką',
      shop_gone: 'sklep usunięty',
      failed: 'nieudane doręczenie',
      other: 'inne',
    },
    empty: 'Brak zaproszeń w tym okresie: zgłoś zamówienie poniżej.',
    touchpoints: { delivery: 'Dostawa', return: 'Zwrot', support: 'Obsługa klienta', reviews: 'Opinie o produktach' },
    groups: {
      low: 'Niska (1–2★, NPS 0–6)',
      middle: 'Średnia (3★, NPS 7–8)',
      high: 'Wysoka (4–5★, NPS 9–10)',
      no_answer: 'Bez odpowiedzi',
    },
    report: {
      heading: 'Zgłoś zamówienie',
      intro:
        'Opinia zaprasza klienta po dostawie, tak samo przy każdym zamówieniu. Zaplecze Twojego sklepu może to robić dla każdego zamówienia (poniżej).',
      orderId: 'Numer zamówienia',
      email: 'E-mail klienta',
      emailHint:
        'Używany tylko do wysłania zaproszeń do tego zamówienia. Opinia przechowuje go tylko, gdy w Ustawieniach jest dostawca poczty, i tylko do ich wysłania; bez niego adres nie jest zapisywany, a zaproszenie trafia do Twojego webhooka. Potem zostaje tylko solony skrót, na potrzeby przerwy między zaproszeniami i wypisań.',
      locale: 'Język zaproszenia',
      locales: { en: 'English', pl: 'Polski', cs: 'Čeština' },
      deliveredAt: 'Data dostawy',
      deliveredHint: 'Zaproszenie po dostawie wychodzi kilka dni później (Ustawienia).',
      products: 'Produkty (opcjonalnie)',
      productsHint: 'Jeden identyfikator produktu w wierszu: klient zostanie też poproszony o opinię o każdym.',
      submit: 'Zgłoś zamówienie',
      sending: 'Zgłaszanie…',
      reported: (orderId) => `Zamówienie ${orderId} zgłoszone.`,
      scheduledAt: (touchpoint, at) => `${touchpoint}: zaproszenie ${at}.`,
      nothingScheduled: 'Nic jeszcze nie zaplanowano: podaj datę dostawy, aby zaplanować zaproszenia.',
      apiHint: 'Dla programistów: zgłaszaj zamówienia ze sklepu przez POST /v1/shops/:shopId/orders (zob. dokumentację API).',
    },
  },
  cs: {
    period: { heading: 'Období', from: 'Od', to: 'Do', apply: 'Zobrazit' },
    loaded: (orders) => `Načteny pozvánky z ${orders} objednávek.`,
    rates: {
      heading: 'Míra odpovědí podle kontaktního bodu',
      caption: 'Pozvánky po nákupu: odeslané, otevřené a zodpovězené podle kontaktního bodu',
      touchpoint: 'Kontaktní bod',
      invitations: 'Pozvánky',
      sent: 'Odeslané',
      opened: 'Otevřené',
      answered: 'Zodpovězené',
      rate: 'Míra odpovědí',
      scheduled: 'Naplánované',
      notSent: 'Neodeslané',
    },
    scores: {
      heading: 'Podle skupiny hodnocení v odpovědi',
      caption: 'Pozvánky odeslané, otevřené a zodpovězené podle kontaktního bodu a skupiny hodnocení v odpovědi',
      touchpoint: 'Kontaktní bod',
      group: 'Skupina hodnocení',
      sent: 'Odeslané',
      opened: 'Otevřené',
      answered: 'Zodpovězené',
      total: 'Všechny kontaktní body',
      intro: 'Pozvánku dostane každý dřív, než kdokoli odpoví; odpověď ji pak jen zařadí do skupiny.',
    },
    channels: {
      heading: 'Odpovědi podle kanálu',
      caption: 'Odpovědi v období podle místa, kde zazněly',
      channel: 'Kanál',
      answers: 'Odpovědi',
      share: 'Podíl',
      onsite: 'Na stránkách obchodu (widget)',
      link: 'Z odkazu v pozvánce',
    },
    noGating: 'Bez výběru: každá objednávka dostane stejné pozvánky, ať zákazník řekl nebo řekne cokoli.',
    notSentWhy: 'Zadrženo jen z těchto důvodů:',
    skipReasons: {
      unsubscribed: 'odhlášení',
      cooldown: 'odstup (nedávná pozvánka k jiné objednávce)',
      no_channel: 'není jak odeslat (žádný webhook ani poskytovatel pošty)',
      answered_first: 'odpověď z odkazu před odesláním',
      shop_gone: 'obchod smazán',
      failed: 'doručení selhalo',
      other: 'jiné',
    },
    empty: 'V tomto období zatím žádné pozvánky: nahlaste objednávku níže.',
    touchpoints: { delivery: 'Doručení', return: 'Vrácení', support: 'Zákaznická podpora', reviews: 'Recenze produktů' },
    groups: {
      low: 'Nízké (1–2★, NPS 0–6)',
      middle: 'Střední (3★, NPS 7–8)',
      high: 'Vysoké (4–5★, NPS 9–10)',
      no_answer: 'Bez odpovědi',
    },
    report: {
      heading: 'Nahlásit objednávku',
      intro:
        'Opinia pozve zákazníka po doručení, u každé objednávky stejně. Systém vašeho obchodu to může dělat u každé objednávky (níže).',
      orderId: 'Číslo objednávky',
      email: 'E-mail zákazníka',
      emailHint:
        'Slouží jen k odeslání pozvánek k této objednávce. Opinia ho uchovává jen, když je v Nastavení poskytovatel e-mailu, a jen do jejich odeslání; bez něj se adresa neukládá a pozvánka jde na váš webhook. Potom zůstane jen osolený otisk, kvůli pauze mezi pozvánkami a odhlášením.',
      locale: 'Jazyk pozvánky',
      locales: { en: 'English', pl: 'Polski', cs: 'Čeština' },
      deliveredAt: 'Doručeno dne',
      deliveredHint: 'Pozvánka po doručení odejde o několik dní později (Nastavení).',
      products: 'Produkty (nepovinné)',
      productsHint: 'Jeden identifikátor produktu na řádek: zákazník bude požádán i o recenzi každého.',
      submit: 'Nahlásit objednávku',
      sending: 'Nahlašuji…',
      reported: (orderId) => `Objednávka ${orderId} nahlášena.`,
      scheduledAt: (touchpoint, at) => `${touchpoint}: pozvánka ${at}.`,
      nothingScheduled: 'Zatím nic naplánováno: zadejte datum doručení a pozvánky se naplánují.',
      apiHint: 'Pro vývojáře: objednávky hlaste ze svého obchodu přes POST /v1/shops/:shopId/orders (viz dokumentace API).',
    },
  },
};
