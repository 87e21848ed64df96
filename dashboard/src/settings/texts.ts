// The settings screen's strings, en/pl/cs.
import type { Language } from '../locales.ts';

export interface SettingsTexts {
  label: string;
  heading: string;
  intro: string;
  save: string;
  saving: string;
  saved: (section: string) => string;
  fixErrors: string;
  loading: string;
  webhooks: {
    heading: string;
    intro: string;
    url: (n: number) => string;
    add: string;
    remove: (n: number) => string;
    hint: string;
  };
  urlProblems: Record<string, string>;
  /** The embed code's section: the same snippet and Copy buttons as a new shop's first steps. */
  embed: { heading: string; intro: string };
  retention: { heading: string; keepForever: string; days: string; hint: string; invalid: string };
  sampling: {
    heading: string;
    intro: string;
    study: string;
    studyLink: string;
    share: (touchpoint: string) => string;
    hint: string;
    invalid: string;
  };
  reviews: {
    heading: string;
    verifiedOnly: string;
    verifiedOnlyHint: string;
    disclosure: string;
    disclosureHint: string;
    disclosureIn: (lang: string) => string;
  };
  products: {
    heading: string;
    intro: string;
    caption: string;
    id: string;
    name: string;
    published: string;
    save: (id: string) => string;
    saved: (id: string) => string;
    other: string;
    otherId: string;
    none: string;
  };
  keys: {
    heading: string;
    warning: string;
    ownerKey: string;
    ownerKeyText: string;
    webhook: string;
    webhookText: string;
    orderToken: string;
    orderTokenText: string;
    confirm: string;
    confirmOrderToken: string;
    rotate: string;
    rotating: string;
    newKey: string;
    newSecret: string;
    showOnce: string;
    rotatedKey: string;
    rotatedSecret: (name: string) => string;
    graceUntil: (when: string) => string;
    copy: string;
    copied: string;
    copyFailed: string;
  };
}

const en: SettingsTexts = {
  label: 'Settings',
  heading: 'Settings',
  intro: 'Each section is saved on its own.',
  save: 'Save',
  saving: 'Saving…',
  saved: (section) => `${section}: saved.`,
  fixErrors: 'Not saved: correct the marked fields.',
  loading: 'Loading settings…',
  webhooks: {
    heading: 'Alerts (webhooks)',
    intro: 'Each new item that needs attention is posted to these addresses (Slack-compatible). Up to 5.',
    url: (n) => `Webhook URL ${n}`,
    add: 'Add a URL',
    remove: (n) => `Remove URL ${n}`,
    hint: 'An https address of a public host, e.g. https://hooks.slack.com/services/…',
  },
  urlProblems: {
    'must be an absolute URL': 'This is not a complete address: it must start with https://.',
    'must not contain a user name or password': 'Remove the user name and password from the address.',
    'must use https': 'Use https://, not http://.',
    'must be an https URL': 'Only https:// addresses are allowed.',
    'must not point to a private, loopback or reserved address': 'This address is private or reserved; use a public host.',
    'must name a public host': 'This host is not public (e.g. localhost or an internal name).',
  },
  embed: {
    heading: 'Embed the widget',
    intro:
      'Paste the embed code where the widget should appear (for example your order-confirmation page). The wrapper reserves the widget’s room, so the page does not jump.',
  },
  retention: {
    heading: 'Data retention',
    keepForever: 'Keep answers until I delete them',
    days: 'Delete answers older than (days)',
    hint: '1 to 3650 days. Deletion runs every day and corrects all figures.',
    invalid: 'Enter a whole number of days from 1 to 3650.',
  },
  sampling: {
    heading: 'Who is asked',
    intro:
      "The share of page views at each touchpoint where the widget asks. Pages read it within five minutes; nothing changes in your pages' HTML.",
    study: 'Customers of the segment under study are always asked.',
    studyLink: 'Choose the study on the Audit screen.',
    share: (touchpoint) => `${touchpoint}: share of page views asked (%)`,
    hint: '0 to 100 %. 100 asks on every page view, 0 never asks there.',
    invalid: 'Enter a percentage from 0 to 100.',
  },
  reviews: {
    heading: 'Reviews',
    verifiedOnly: 'Publish only reviews with a proof of purchase',
    verifiedOnlyHint: 'Reviews without a valid order token are held for moderation.',
    disclosure: 'How reviews are checked (shown under the reviews)',
    disclosureHint: 'Leave empty to show the default text in that language.',
    disclosureIn: (lang) => `Text in ${lang}`,
  },
  products: {
    heading: 'Product names',
    intro: 'The name shown above the reviews and used in search results (JSON-LD).',
    caption: 'Products with reviews',
    id: 'Product id',
    name: 'Name',
    published: 'Published reviews',
    save: (id) => `Save the name of ${id}`,
    saved: (id) => `Name of ${id} saved.`,
    other: 'Name another product',
    otherId: 'Product id',
    none: 'No product has reviews yet.',
  },
  keys: {
    heading: 'Keys and secrets',
    warning:
      'Rotating replaces a key at once: the old owner key and the old webhook secret stop working immediately, everywhere they are used.',
    ownerKey: 'Owner key',
    ownerKeyText:
      'Used by this dashboard and your scripts. After rotating, this dashboard switches to the new key; update your scripts.',
    webhook: 'Webhook signing secret',
    webhookText: 'Every delivery is signed with the new secret at once, retries included: update your receiver first.',
    orderToken: 'Order-token secret',
    orderTokenText:
      'Your server signs verified-purchase tokens with it. Tokens signed with the old secret keep working for 30 days.',
    confirm: 'I understand: the old one stops working at once',
    confirmOrderToken: 'I understand: new tokens must be signed with the new secret from now on',
    rotate: 'Rotate',
    rotating: 'Rotating…',
    newKey: 'Your new owner key',
    newSecret: 'The new secret',
    showOnce: 'Shown only now: copy it and keep it safe.',
    rotatedKey: 'Owner key replaced. The dashboard now uses the new key.',
    rotatedSecret: (name) => `${name} replaced.`,
    graceUntil: (when) => `Tokens signed with the old secret work until ${when}.`,
    copy: 'Copy',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy: select the text and copy it by hand.',
  },
};

const pl: SettingsTexts = {
  label: 'Ustawienia',
  heading: 'Ustawienia',
  intro: 'Każda sekcja zapisuje się osobno.',
  save: 'Zapisz',
  saving: 'Zapisywanie…',
  saved: (section) => `${section}: zapisano.`,
  fixErrors: 'Nie zapisano: popraw zaznaczone pola.',
  loading: 'Wczytywanie ustawień…',
  webhooks: {
    heading: 'Powiadomienia (webhooki)',
    intro: 'Każde nowe zgłoszenie wymagające uwagi trafia na te adresy (zgodne ze Slackiem). Do 5 adresów.',
    url: (n) => `Adres webhooka ${n}`,
    add: 'Dodaj adres',
    remove: (n) => `Usuń adres ${n}`,
    hint: 'Adres https publicznego serwera, np. https://hooks.slack.com/services/…',
  },
  urlProblems: {
    'must be an absolute URL': 'To nie jest pełny adres: musi zaczynać się od https://.',
    'must not contain a user name or password': 'Usuń z adresu nazwę użytkownika i hasło.',
    'must use https': 'Użyj https://, nie http://.',
    'must be an https URL': 'Dozwolone są tylko adresy https://.',
    'must not point to a private, loopback or reserved address': 'To adres prywatny lub zastrzeżony; podaj publiczny serwer.',
    'must name a public host': 'Ten serwer nie jest publiczny (np. localhost lub nazwa wewnętrzna).',
  },
  embed: {
    heading: 'Osadzanie widżetu',
    intro:
      'Wklej kod do osadzenia tam, gdzie ma się pojawić widżet (np. na stronie potwierdzenia zamówienia). Opakowanie rezerwuje miejsce na widżet, więc strona nie skacze.',
  },
  retention: {
    heading: 'Przechowywanie danych',
    keepForever: 'Przechowuj odpowiedzi, dopóki ich nie usunę',
    days: 'Usuwaj odpowiedzi starsze niż (dni)',
    hint: 'Od 1 do 3650 dni. Usuwanie odbywa się codziennie i koryguje wszystkie wskaźniki.',
    invalid: 'Podaj liczbę całkowitą dni od 1 do 3650.',
  },
  sampling: {
    heading: 'Kogo pytamy',
    intro:
      'Odsetek odsłon w każdym punkcie kontaktu, w których widżet zadaje pytanie. Strony odczytują go w ciągu pięciu minut; HTML stron się nie zmienia.',
    study: 'Klientów z badanego segmentu pytamy zawsze.',
    studyLink: 'Badany segment wybierzesz na ekranie Audyt.',
    share: (touchpoint) => `${touchpoint}: odsetek odsłon z pytaniem (%)`,
    hint: 'Od 0 do 100 %. 100 pyta przy każdej odsłonie, 0 nigdy.',
    invalid: 'Podaj procent od 0 do 100.',
  },
  reviews: {
    heading: 'Opinie',
    verifiedOnly: 'Publikuj tylko opinie z dowodem zakupu',
    verifiedOnlyHint: 'Opinie bez ważnego tokenu zamówienia czekają na moderację.',
    disclosure: 'Jak sprawdzamy opinie (tekst pod opiniami)',
    disclosureHint: 'Zostaw puste, aby pokazać domyślny tekst w danym języku.',
    disclosureIn: (lang) => `Tekst: ${lang}`,
  },
  products: {
    heading: 'Nazwy produktów',
    intro: 'Nazwa nad opiniami, używana też w wynikach wyszukiwania (JSON-LD).',
    caption: 'Produkty z opiniami',
    id: 'Identyfikator produktu',
    name: 'Nazwa',
    published: 'Opublikowane opinie',
    save: (id) => `Zapisz nazwę produktu ${id}`,
    saved: (id) => `Zapisano nazwę produktu ${id}.`,
    other: 'Nazwij inny produkt',
    otherId: 'Identyfikator produktu',
    none: 'Żaden produkt nie ma jeszcze opinii.',
  },
  keys: {
    heading: 'Klucze i sekrety',
    warning:
      'Rotacja od razu zastępuje klucz: stary klucz właściciela i stary sekret webhooków przestają działać natychmiast, wszędzie, gdzie są używane.',
    ownerKey: 'Klucz właściciela',
    ownerKeyText: 'Używa go ten panel i Twoje skrypty. Po rotacji panel przełączy się na nowy klucz; zaktualizuj skrypty.',
    webhook: 'Sekret podpisu webhooków',
    webhookText: 'Każda wysyłka, także ponowienia, jest od razu podpisywana nowym sekretem: najpierw zaktualizuj odbiorcę.',
    orderToken: 'Sekret tokenów zamówień',
    orderTokenText:
      'Twój serwer podpisuje nim tokeny potwierdzonego zakupu. Tokeny podpisane starym sekretem działają jeszcze 30 dni.',
    confirm: 'Rozumiem: stary przestaje działać od razu',
    confirmOrderToken: 'Rozumiem: nowe tokeny trzeba od teraz podpisywać nowym sekretem',
    rotate: 'Wymień',
    rotating: 'Wymiana…',
    newKey: 'Twój nowy klucz właściciela',
    newSecret: 'Nowy sekret',
    showOnce: 'Widoczny tylko teraz: skopiuj go i przechowuj bezpiecznie.',
    rotatedKey: 'Klucz właściciela wymieniony. Panel używa już nowego klucza.',
    rotatedSecret: (name) => `${name}: wymieniono.`,
    graceUntil: (when) => `Tokeny podpisane starym sekretem działają do ${when}.`,
    copy: 'Kopiuj',
    copied: 'Skopiowano do schowka.',
    copyFailed: 'Nie udało się skopiować: zaznacz tekst i skopiuj go ręcznie.',
  },
};

const cs: SettingsTexts = {
  label: 'Nastavení',
  heading: 'Nastavení',
  intro: 'Každá sekce se ukládá samostatně.',
  save: 'Uložit',
  saving: 'Ukládání…',
  saved: (section) => `${section}: uloženo.`,
  fixErrors: 'Neuloženo: opravte označená pole.',
  loading: 'Načítání nastavení…',
  webhooks: {
    heading: 'Upozornění (webhooky)',
    intro: 'Každá nová položka vyžadující pozornost se odešle na tyto adresy (kompatibilní se Slackem). Nejvýše 5.',
    url: (n) => `Adresa webhooku ${n}`,
    add: 'Přidat adresu',
    remove: (n) => `Odebrat adresu ${n}`,
    hint: 'Adresa https veřejného serveru, např. https://hooks.slack.com/services/…',
  },
  urlProblems: {
    'must be an absolute URL': 'Toto není úplná adresa: musí začínat https://.',
    'must not contain a user name or password': 'Odeberte z adresy uživatelské jméno a heslo.',
    'must use https': 'Použijte https://, ne http://.',
    'must be an https URL': 'Povoleny jsou jen adresy https://.',
    'must not point to a private, loopback or reserved address':
      'Tato adresa je soukromá nebo vyhrazená; použijte veřejný server.',
    'must name a public host': 'Tento server není veřejný (např. localhost nebo interní název).',
  },
  embed: {
    heading: 'Vložení widgetu',
    intro:
      'Vložte kód pro vložení tam, kde se má widget zobrazit (např. na stránku s potvrzením objednávky). Obal rezervuje místo pro widget, takže stránka neposkakuje.',
  },
  retention: {
    heading: 'Uchovávání dat',
    keepForever: 'Uchovávat odpovědi, dokud je nesmažu',
    days: 'Mazat odpovědi starší než (dní)',
    hint: '1 až 3650 dní. Mazání probíhá denně a opraví všechny ukazatele.',
    invalid: 'Zadejte celý počet dní od 1 do 3650.',
  },
  sampling: {
    heading: 'Koho se ptáme',
    intro:
      'Podíl zobrazení stránky v každém kontaktním bodě, kdy se widget zeptá. Stránky to načtou do pěti minut; HTML stránek se nemění.',
    study: 'Zákazníků ze studovaného segmentu se ptáme vždy.',
    studyLink: 'Studovaný segment vyberete na obrazovce Audit.',
    share: (touchpoint) => `${touchpoint}: podíl zobrazení s dotazem (%)`,
    hint: '0 až 100 %. 100 se ptá při každém zobrazení, 0 nikdy.',
    invalid: 'Zadejte procento od 0 do 100.',
  },
  reviews: {
    heading: 'Recenze',
    verifiedOnly: 'Zveřejňovat jen recenze s dokladem o nákupu',
    verifiedOnlyHint: 'Recenze bez platného tokenu objednávky čekají na moderaci.',
    disclosure: 'Jak recenze ověřujeme (text pod recenzemi)',
    disclosureHint: 'Ponechte prázdné pro výchozí text v daném jazyce.',
    disclosureIn: (lang) => `Text: ${lang}`,
  },
  products: {
    heading: 'Názvy produktů',
    intro: 'Název nad recenzemi, používá se i ve výsledcích vyhledávání (JSON-LD).',
    caption: 'Produkty s recenzemi',
    id: 'Identifikátor produktu',
    name: 'Název',
    published: 'Zveřejněné recenze',
    save: (id) => `Uložit název produktu ${id}`,
    saved: (id) => `Název produktu ${id} uložen.`,
    other: 'Pojmenovat jiný produkt',
    otherId: 'Identifikátor produktu',
    none: 'Žádný produkt zatím nemá recenze.',
  },
  keys: {
    heading: 'Klíče a tajné klíče',
    warning:
      'Rotace klíč okamžitě nahradí: starý klíč majitele a starý tajný klíč webhooků přestanou fungovat hned, všude, kde se používají.',
    ownerKey: 'Klíč majitele',
    ownerKeyText: 'Používá jej tento přehled a vaše skripty. Po rotaci se přehled přepne na nový klíč; aktualizujte skripty.',
    webhook: 'Tajný klíč pro podpis webhooků',
    webhookText: 'Každé doručení včetně opakování se hned podepisuje novým klíčem: nejprve aktualizujte příjemce.',
    orderToken: 'Tajný klíč tokenů objednávek',
    orderTokenText: 'Váš server jím podepisuje tokeny ověřeného nákupu. Tokeny podepsané starým klíčem fungují ještě 30 dní.',
    confirm: 'Rozumím: starý přestane fungovat okamžitě',
    confirmOrderToken: 'Rozumím: nové tokeny se od teď musí podepisovat novým klíčem',
    rotate: 'Vyměnit',
    rotating: 'Výměna…',
    newKey: 'Váš nový klíč majitele',
    newSecret: 'Nový tajný klíč',
    showOnce: 'Zobrazí se jen nyní: zkopírujte jej a uložte bezpečně.',
    rotatedKey: 'Klíč majitele vyměněn. Přehled už používá nový klíč.',
    rotatedSecret: (name) => `${name}: vyměněno.`,
    graceUntil: (when) => `Tokeny podepsané starým klíčem fungují do ${when}.`,
    copy: 'Kopírovat',
    copied: 'Zkopírováno do schránky.',
    copyFailed: 'Kopírování se nezdařilo: označte text a zkopírujte jej ručně.',
  },
};

export const SETTINGS_TEXTS: Record<Language, SettingsTexts> = { en, pl, cs };
