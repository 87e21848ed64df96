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
  },
};
