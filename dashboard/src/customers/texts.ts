// The customer timeline screen's strings (issue #14 item 9, issue #16), en/pl/cs.
import type { Language } from '../locales.ts';

export interface CustomerTexts {
  heading: string;
  intro: string;
  lookupLabel: string;
  lookupHint: string;
  open: string;
  notFound: (ref: string) => string;
  balance: string;
  answers: string;
  firstSeen: string;
  lastSeen: string;
  chartLabel: (from: string, to: string, balance: string) => string;
  timeline: string;
  when: string;
  touchpoint: string;
  kind: Record<string, string>;
  score: string;
  comment: string;
  effect: string;
  balanceAfter: string;
  deposit: string;
  withdrawal: string;
  neither: string;
  reply: string;
  recoveries: string;
  complaint: string;
  resolution: string;
  back: string;
  privacy: {
    heading: string;
    intro: string;
    export: string;
    exporting: string;
    saved: (name: string, answers: number, replies: number) => string;
    erase: string;
    confirmTitle: (ref: string) => string;
    confirmWhat: (ref: string) => string;
    confirmKept: string;
    confirmFinal: string;
    confirm: string;
    erasing: string;
    cancel: string;
  };
  /** After an erase: what was deleted, and that nothing is left. */
  erased: (ref: string, deleted: number) => string;
  noData: (ref: string) => string;
  care: {
    heading: string;
    intro: string;
    caption: string;
    empty: string;
    customer: string;
    balance: string;
    open: string;
    lastSeen: string;
    more: string;
  };
}

export const CUSTOMER_TEXTS: Record<Language, CustomerTexts> = {
  en: {
    heading: 'Customer timeline',
    intro:
      'Every answer a customer sent with their reference, the shop’s replies, and the emotional bank account after each contact.',
    lookupLabel: 'Customer reference',
    lookupHint: 'The value your pages pass in data-customer. Or click a customer reference anywhere in the dashboard.',
    open: 'Open timeline',
    notFound: (ref) => `No answers from “${ref}” in this shop.`,
    balance: 'Balance',
    answers: 'Answers',
    firstSeen: 'First answer',
    lastSeen: 'Latest answer',
    chartLabel: (from, to, balance) => `Running balance from ${from} to ${to}, now ${balance}`,
    timeline: 'Every contact, oldest first',
    when: 'When',
    touchpoint: 'Touchpoint',
    kind: { experience: 'Experience', review: 'Product review', follow_up: 'Follow-up', reply: 'Your reply' },
    score: 'Score',
    comment: 'Comment',
    effect: 'Effect',
    balanceAfter: 'Balance after',
    deposit: 'deposit',
    withdrawal: 'withdrawal',
    neither: 'neither',
    reply: 'Your reply',
    recoveries: 'Complaints and their repair',
    complaint: 'Complaint',
    resolution: 'Outcome',
    back: 'Look up another customer',
    privacy: {
      heading: 'Data requests (GDPR)',
      intro: 'When this customer asks what you store about them, or asks you to delete it.',
      export: 'Export this customer’s data',
      exporting: 'Exporting…',
      saved: (name, answers, replies) =>
        `Saved ${name}: ${answers} ${answers === 1 ? 'answer' : 'answers'}, ${replies} ${replies === 1 ? 'reply' : 'replies'}.`,
      erase: 'Erase this customer’s data',
      confirmTitle: (ref) => `Erase everything about “${ref}”?`,
      confirmWhat: (ref) =>
        `This deletes every answer sent with the reference “${ref}” (follow-ups included), your replies to them, and the invitations of their reported orders with any e-mail address still stored. Every figure is recalculated without them.`,
      confirmKept:
        'If they unsubscribed from invitations, only that choice is kept (as a hash), so they are never written to again.',
      confirmFinal: 'This cannot be undone. Export the data first if you need to send it to them.',
      confirm: 'Erase for good',
      erasing: 'Erasing…',
      cancel: 'Cancel',
    },
    erased: (ref, deleted) =>
      `Erased “${ref}”: ${deleted} ${deleted === 1 ? 'answer' : 'answers'} deleted, with your replies to them and their orders’ invitations.`,
    noData: (ref) => `This shop holds no data about “${ref}” any more.`,
    care: {
      heading: 'Customers who need care first',
      caption: 'Customers by balance, lowest first, with open complaints',
      intro: 'Lowest balance first: every complaint is a withdrawal, so customers with open complaints come early.',
      empty: 'No customers yet: answers carry a customer reference when your pages pass data-customer.',
      customer: 'Customer',
      balance: 'Balance',
      open: 'Open complaints',
      lastSeen: 'Latest answer',
      more: 'Show more customers',
    },
  },
  pl: {
    heading: 'Historia klienta',
    intro:
      'Każda odpowiedź klienta wysłana z jego identyfikatorem, odpowiedzi sklepu i saldo emocjonalnego konta po każdym kontakcie.',
    lookupLabel: 'Identyfikator klienta',
    lookupHint:
      'Wartość, którą Twoje strony podają w data-customer. Albo kliknij identyfikator klienta w dowolnym miejscu panelu.',
    open: 'Pokaż historię',
    notFound: (ref) => `Brak odpowiedzi od „${ref}” w tym sklepie.`,
    balance: 'Saldo',
    answers: 'Odpowiedzi',
    firstSeen: 'Pierwsza odpowiedź',
    lastSeen: 'Ostatnia odpowiedź',
    chartLabel: (from, to, balance) => `Saldo narastająco od ${from} do ${to}, teraz ${balance}`,
    timeline: 'Każdy kontakt, od najstarszego',
    when: 'Kiedy',
    touchpoint: 'Punkt styku',
    kind: { experience: 'Doświadczenie', review: 'Opinia o produkcie', follow_up: 'Dopytanie', reply: 'Twoja odpowiedź' },
    score: 'Ocena',
    comment: 'Komentarz',
    effect: 'Wpływ',
    balanceAfter: 'Saldo po',
    deposit: 'wpłata',
    withdrawal: 'wypłata',
    neither: 'bez zmian',
    reply: 'Twoja odpowiedź',
    recoveries: 'Skargi i ich naprawa',
    complaint: 'Skarga',
    resolution: 'Wynik',
    back: 'Wyszukaj innego klienta',
    privacy: {
      heading: 'Wnioski o dane (RODO)',
      intro: 'Gdy klient pyta, co o nim przechowujesz, albo prosi o usunięcie danych.',
      export: 'Eksportuj dane tego klienta',
      exporting: 'Eksportowanie…',
      saved: (name, answers, replies) => `Zapisano ${name}. Odpowiedzi: ${answers}, odpowiedzi sklepu: ${replies}.`,
      erase: 'Usuń dane tego klienta',
      confirmTitle: (ref) => `Usunąć wszystko o „${ref}”?`,
      confirmWhat: (ref) =>
        `Zostaną usunięte wszystkie odpowiedzi wysłane z identyfikatorem „${ref}” (także dopytania), Twoje odpowiedzi na nie oraz zaproszenia do zgłoszonych zamówień wraz z zapisanym jeszcze adresem e-mail. Wszystkie wskaźniki zostaną przeliczone bez nich.`,
      confirmKept:
        'Jeśli klient wypisał się z zaproszeń, zostaje tylko ta decyzja (jako skrót), aby nigdy więcej do niego nie pisać.',
      confirmFinal: 'Tego nie można cofnąć. Jeśli musisz przekazać klientowi jego dane, najpierw je wyeksportuj.',
      confirm: 'Usuń na zawsze',
      erasing: 'Usuwanie…',
      cancel: 'Anuluj',
    },
    erased: (ref, deleted) =>
      `Usunięto dane „${ref}”. Usunięte odpowiedzi: ${deleted}, wraz z Twoimi odpowiedziami i zaproszeniami do zamówień.`,
    noData: (ref) => `Ten sklep nie przechowuje już żadnych danych o „${ref}”.`,
    care: {
      heading: 'Klienci, którzy najbardziej potrzebują uwagi',
      caption: 'Klienci według salda, od najniższego, z otwartymi skargami',
      intro: 'Najniższe saldo najpierw: każda skarga to wypłata, więc klienci z otwartymi skargami są na początku.',
      empty: 'Nie ma jeszcze klientów: odpowiedź ma identyfikator klienta, gdy Twoje strony podają data-customer.',
      customer: 'Klient',
      balance: 'Saldo',
      open: 'Otwarte skargi',
      lastSeen: 'Ostatnia odpowiedź',
      more: 'Pokaż więcej klientów',
    },
  },
  cs: {
    heading: 'Historie zákazníka',
    intro:
      'Každá odpověď, kterou zákazník poslal se svým identifikátorem, odpovědi obchodu a zůstatek emočního konta po každém kontaktu.',
    lookupLabel: 'Identifikátor zákazníka',
    lookupHint:
      'Hodnota, kterou vaše stránky předávají v data-customer. Nebo klikněte na identifikátor zákazníka kdekoli v panelu.',
    open: 'Zobrazit historii',
    notFound: (ref) => `Od „${ref}“ v tomto obchodě nejsou žádné odpovědi.`,
    balance: 'Zůstatek',
    answers: 'Odpovědi',
    firstSeen: 'První odpověď',
    lastSeen: 'Poslední odpověď',
    chartLabel: (from, to, balance) => `Průběžný zůstatek od ${from} do ${to}, nyní ${balance}`,
    timeline: 'Každý kontakt, od nejstaršího',
    when: 'Kdy',
    touchpoint: 'Kontaktní bod',
    kind: { experience: 'Zkušenost', review: 'Recenze produktu', follow_up: 'Doptání', reply: 'Vaše odpověď' },
    score: 'Hodnocení',
    comment: 'Komentář',
    effect: 'Dopad',
    balanceAfter: 'Zůstatek po',
    deposit: 'vklad',
    withdrawal: 'výběr',
    neither: 'beze změny',
    reply: 'Vaše odpověď',
    recoveries: 'Stížnosti a jejich náprava',
    complaint: 'Stížnost',
    resolution: 'Výsledek',
    back: 'Vyhledat jiného zákazníka',
    privacy: {
      heading: 'Žádosti o údaje (GDPR)',
      intro: 'Když se zákazník ptá, co o něm uchováváte, nebo žádá o smazání.',
      export: 'Exportovat údaje tohoto zákazníka',
      exporting: 'Exportuji…',
      saved: (name, answers, replies) => `Uloženo ${name}. Odpovědi: ${answers}, odpovědi obchodu: ${replies}.`,
      erase: 'Smazat údaje tohoto zákazníka',
      confirmTitle: (ref) => `Smazat vše o „${ref}“?`,
      confirmWhat: (ref) =>
        `Smažou se všechny odpovědi odeslané s identifikátorem „${ref}“ (včetně doptání), vaše odpovědi na ně a pozvánky jejich nahlášených objednávek i s e-mailovou adresou, pokud je ještě uložena. Všechny ukazatele se přepočítají bez nich.`,
      confirmKept: 'Pokud se z pozvánek odhlásil, zůstane jen tato volba (jako otisk), aby mu už nikdy nic nepřišlo.',
      confirmFinal: 'Nelze to vrátit zpět. Pokud mu máte údaje předat, nejdřív je exportujte.',
      confirm: 'Smazat natrvalo',
      erasing: 'Mažu…',
      cancel: 'Zrušit',
    },
    erased: (ref, deleted) =>
      `Údaje „${ref}“ smazány. Smazané odpovědi: ${deleted}, spolu s vašimi odpověďmi a pozvánkami objednávek.`,
    noData: (ref) => `Tento obchod už o „${ref}“ nemá žádné údaje.`,
    care: {
      heading: 'Zákazníci, kteří nejvíc potřebují péči',
      caption: 'Zákazníci podle zůstatku, od nejnižšího, s otevřenými stížnostmi',
      intro: 'Nejnižší zůstatek první: každá stížnost je výběr, takže zákazníci s otevřenými stížnostmi jsou na začátku.',
      empty: 'Zatím žádní zákazníci: odpověď nese identifikátor zákazníka, když vaše stránky předávají data-customer.',
      customer: 'Zákazník',
      balance: 'Zůstatek',
      open: 'Otevřené stížnosti',
      lastSeen: 'Poslední odpověď',
      more: 'Zobrazit další zákazníky',
    },
  },
};
