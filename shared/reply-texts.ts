// "Did we make it right?" in en/pl/cs, for the widget's reply card (widget/src/reply/) and the hosted follow-up page
// (worker/src/views/follow-up-page.ts). The card speaks the reply's language (the complaint's, else the shop's).
// `$` stands for the shop's name. Never a word about public reviews: a follow-up only asks whether we made it right.
import type { ReplyLanguage } from './close-loop.ts';

export interface ReplyTexts {
  title: string;
  solved: string;
  yes: string;
  partly: string;
  no: string;
  rate: string;
  /** "$ of 5 stars", `$` the number. */
  stars: string;
  comment: string;
  send: string;
  close: string;
  missing: string;
  sending: string;
  thanks: string;
  failed: string;
}

export const REPLY_TEXTS: Record<ReplyLanguage, ReplyTexts> = {
  en: {
    title: 'A reply from $',
    solved: 'Did we make it right?',
    yes: 'Yes',
    partly: 'Partly',
    no: 'No',
    rate: 'How would you rate us now?',
    stars: '$ of 5 stars',
    comment: 'Anything else we should know? (optional)',
    send: 'Send',
    close: 'Close',
    missing: 'Please choose an answer and a rating.',
    sending: 'Sending…',
    thanks: 'Thank you! $ will see your answer.',
    failed: 'Your answer could not be sent. Please try again.',
  },
  pl: {
    title: 'Odpowiedź od sklepu $',
    solved: 'Czy udało nam się to naprawić?',
    yes: 'Tak',
    partly: 'Częściowo',
    no: 'Nie',
    rate: 'Jak oceniasz nas teraz?',
    stars: '$ z 5 gwiazdek',
    comment: 'Coś jeszcze, o czym powinniśmy wiedzieć? (opcjonalnie)',
    send: 'Wyślij',
    close: 'Zamknij',
    missing: 'Wybierz odpowiedź i ocenę.',
    sending: 'Wysyłanie…',
    thanks: 'Dziękujemy! $ zobaczy Twoją odpowiedź.',
    failed: 'Nie udało się wysłać odpowiedzi. Spróbuj ponownie.',
  },
  cs: {
    title: 'Odpověď od obchodu $',
    solved: 'Podařilo se nám to napravit?',
    yes: 'Ano',
    partly: 'Částečně',
    no: 'Ne',
    rate: 'Jak nás teď hodnotíte?',
    stars: '$ z 5 hvězdiček',
    comment: 'Ještě něco, co bychom měli vědět? (nepovinné)',
    send: 'Odeslat',
    close: 'Zavřít',
    missing: 'Vyberte prosím odpověď a hodnocení.',
    sending: 'Odesílání…',
    thanks: 'Děkujeme! $ uvidí vaši odpověď.',
    failed: 'Odpověď se nepodařilo odeslat. Zkuste to prosím znovu.',
  },
};
