// The dev-only Mailbox screen's strings, en/pl/cs: every e-mail that would have gone out under `npm start`.
import type { Language } from '../locales.ts';

export interface MailboxTexts {
  heading: string;
  intro: string;
  runCron: string;
  running: string;
  refresh: string;
  ran: (count: string) => string;
  cronFailed: string;
  listLabel: string;
  empty: string;
  unavailable: string;
  order: string;
  touchpoint: string;
  language: string;
  to: string;
  sentAt: string;
  reminder: string;
  noAddress: string;
  openPage: string;
  showText: string;
  showHtml: string;
  frameTitle: (subject: string) => string;
}

export const MAILBOX_TEXTS: Record<Language, MailboxTexts> = {
  en: {
    heading: 'Mailbox (npm start only)',
    intro:
      'Every e-mail that would have gone out: with no webhook and no mail provider set, npm start keeps them here. An order delivered long enough ago is due at the next cron run.',
    runCron: 'Run the cron now',
    running: 'Running the cron…',
    refresh: 'Refresh',
    ran: (count) => `The cron ran. E-mails in the mailbox: ${count}.`,
    cronFailed: 'The cron could not be run: `wrangler dev` answers /cdn-cgi/local/scheduled only locally.',
    listLabel: 'E-mails, newest first',
    empty: 'No e-mails yet. Place an order whose delivery lies in the past, then run the cron.',
    unavailable: 'The mailbox exists only when the worker runs locally with npm start.',
    order: 'Order',
    touchpoint: 'Touchpoint',
    language: 'Language',
    to: 'To',
    sentAt: 'Sent',
    reminder: 'Reminder',
    noAddress: "the shop's own mail system (no address kept)",
    openPage: 'Open the feedback page',
    showText: 'Plain text',
    showHtml: 'HTML',
    frameTitle: (subject) => `E-mail: ${subject}`,
  },
  pl: {
    heading: 'Skrzynka (tylko npm start)',
    intro:
      'Każdy e-mail, który zostałby wysłany: bez webhooka i dostawcy poczty, npm start trzyma je tutaj. Zamówienie dostarczone dość dawno jest do wysłania przy następnym uruchomieniu crona.',
    runCron: 'Uruchom crona teraz',
    running: 'Cron działa…',
    refresh: 'Odśwież',
    ran: (count) => `Cron uruchomiony. E-maili w skrzynce: ${count}.`,
    cronFailed: 'Nie udało się uruchomić crona: `wrangler dev` odpowiada na /cdn-cgi/local/scheduled tylko lokalnie.',
    listLabel: 'E-maile, najnowsze najpierw',
    empty: 'Brak e-maili. Dodaj zamówienie z dostawą w przeszłości, potem uruchom crona.',
    unavailable: 'Skrzynka istnieje tylko, gdy worker działa lokalnie przez npm start.',
    order: 'Zamówienie',
    touchpoint: 'Punkt styku',
    language: 'Język',
    to: 'Do',
    sentAt: 'Wysłano',
    reminder: 'Przypomnienie',
    noAddress: 'własna poczta sklepu (adres nie jest przechowywany)',
    openPage: 'Otwórz stronę opinii',
    showText: 'Zwykły tekst',
    showHtml: 'HTML',
    frameTitle: (subject) => `E-mail: ${subject}`,
  },
  cs: {
    heading: 'Schránka (jen npm start)',
    intro:
      'Každý e-mail, který by odešel: bez webhooku a poskytovatele pošty je npm start drží tady. Objednávka doručená dost dávno je na řadě při dalším spuštění cronu.',
    runCron: 'Spustit cron teď',
    running: 'Cron běží…',
    refresh: 'Obnovit',
    ran: (count) => `Cron proběhl. E-mailů ve schránce: ${count}.`,
    cronFailed: 'Cron se nepodařilo spustit: `wrangler dev` odpovídá na /cdn-cgi/local/scheduled jen lokálně.',
    listLabel: 'E-maily, nejnovější první',
    empty: 'Zatím žádné e-maily. Zadejte objednávku s doručením v minulosti a spusťte cron.',
    unavailable: 'Schránka existuje jen tehdy, když worker běží lokálně přes npm start.',
    order: 'Objednávka',
    touchpoint: 'Kontaktní bod',
    language: 'Jazyk',
    to: 'Komu',
    sentAt: 'Odesláno',
    reminder: 'Připomínka',
    noAddress: 'vlastní pošta obchodu (adresa se neukládá)',
    openPage: 'Otevřít stránku s hodnocením',
    showText: 'Prostý text',
    showHtml: 'HTML',
    frameTitle: (subject) => `E-mail: ${subject}`,
  },
};
