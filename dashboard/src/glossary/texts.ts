// Plain words for the dashboard's jargon, en/pl/cs: what each figure or setting means, true to how the worker
// computes it (worker/src/domain/summary.ts, nps.ts, polarity.ts, digest-period.ts; widget/src/reviews/jsonld.ts).
import type { Language } from '../locales.ts';

export type Term = 'csat' | 'nps' | 'balance' | 'touchpoint' | 'rotatingStudy' | 'gating' | 'jsonLd';

export interface GlossaryTexts {
  /** The summary of one term's explanation. */
  whatIs: (name: string) => string;
  /** The summary of several terms' explanations. */
  whatAre: string;
  terms: Record<Term, { name: string; text: string }>;
}

const en: GlossaryTexts = {
  whatIs: (name) => `What is ${name}?`,
  whatAre: 'What do these figures mean?',
  terms: {
    csat: {
      name: 'CSAT (customer satisfaction)',
      text: 'The share of star ratings that are 4 or 5, in percent.',
    },
    nps: {
      name: 'NPS (Net Promoter Score)',
      text: 'From the “would you recommend us?” question (0–10): the percentage answering 9–10 minus the percentage answering 0–6, so between −100 and 100.',
    },
    balance: {
      name: 'Emotional balance',
      text: 'Positive answers minus negative ones. An answer counts by its stars (4–5 positive, 1–2 negative) or recommendation score; only without a score does the comment’s tone decide.',
    },
    touchpoint: {
      name: 'Touchpoint',
      text: 'Where the customer was asked: while browsing, at checkout, after the purchase, at delivery or in support.',
    },
    rotatingStudy: {
      name: 'Rotating study',
      text: 'Each digest period looks closely at one customer group from your list, in turn: during it every customer of that group is asked (none skipped by sampling).',
    },
    gating: {
      name: 'Gating',
      text: 'Asking only the customers who seem happy, so that the reviews look better than they are. Opinia never does it.',
    },
    jsonLd: {
      name: 'JSON-LD',
      text: 'Invisible data the widget adds to your product page so that search engines can show the stars and the number of reviews in their results.',
    },
  },
};

const pl: GlossaryTexts = {
  whatIs: (name) => `Co to jest ${name}?`,
  whatAre: 'Co oznaczają te wskaźniki?',
  terms: {
    csat: {
      name: 'CSAT (zadowolenie klientów)',
      text: 'Odsetek ocen gwiazdkowych równych 4 lub 5, w procentach.',
    },
    nps: {
      name: 'NPS (Net Promoter Score)',
      text: 'Z pytania „czy poleciłbyś nas?” (0–10): odsetek odpowiedzi 9–10 minus odsetek odpowiedzi 0–6, czyli od −100 do 100.',
    },
    balance: {
      name: 'Bilans emocji',
      text: 'Odpowiedzi pozytywne minus negatywne. Odpowiedź liczy się według gwiazdek (4–5 pozytywna, 1–2 negatywna) lub oceny polecenia; dopiero bez oceny decyduje wydźwięk komentarza.',
    },
    touchpoint: {
      name: 'Punkt styku',
      text: 'Gdzie zapytano klienta: podczas przeglądania, przy kasie, po zakupie, przy dostawie lub w obsłudze klienta.',
    },
    rotatingStudy: {
      name: 'Badanie rotacyjne',
      text: 'Każdy okres raportu przygląda się po kolei jednej grupie klientów z Twojej listy: w tym czasie pytany jest każdy klient tej grupy (losowanie nikogo nie pomija).',
    },
    gating: {
      name: 'Selekcja (gating)',
      text: 'Proszenie o opinię tylko klientów, którzy wydają się zadowoleni, by opinie wyglądały lepiej niż w rzeczywistości. Opinia nigdy tego nie robi.',
    },
    jsonLd: {
      name: 'JSON-LD',
      text: 'Niewidoczne dane, które widżet dodaje do strony produktu, by wyszukiwarki mogły pokazać gwiazdki i liczbę opinii w wynikach.',
    },
  },
};

const cs: GlossaryTexts = {
  whatIs: (name) => `Co je ${name}?`,
  whatAre: 'Co tyto ukazatele znamenají?',
  terms: {
    csat: {
      name: 'CSAT (spokojenost zákazníků)',
      text: 'Podíl hodnocení hvězdičkami rovných 4 nebo 5, v procentech.',
    },
    nps: {
      name: 'NPS (Net Promoter Score)',
      text: 'Z otázky „doporučili byste nás?“ (0–10): podíl odpovědí 9–10 minus podíl odpovědí 0–6, tedy od −100 do 100.',
    },
    balance: {
      name: 'Emoční bilance',
      text: 'Kladné odpovědi minus záporné. Odpověď se počítá podle hvězdiček (4–5 kladná, 1–2 záporná) nebo skóre doporučení; teprve bez skóre rozhoduje vyznění komentáře.',
    },
    touchpoint: {
      name: 'Kontaktní bod',
      text: 'Kde byl zákazník dotázán: při prohlížení, v pokladně, po nákupu, při doručení nebo na podpoře.',
    },
    rotatingStudy: {
      name: 'Rotační studie',
      text: 'Každé období přehledu se postupně podrobně věnuje jedné skupině zákazníků z vašeho seznamu: během něj je dotázán každý zákazník té skupiny (výběr nikoho nevynechá).',
    },
    gating: {
      name: 'Výběr (gating)',
      text: 'Žádat o recenzi jen zákazníky, kteří se zdají spokojení, aby recenze vypadaly lépe, než jsou. Opinia to nikdy nedělá.',
    },
    jsonLd: {
      name: 'JSON-LD',
      text: 'Neviditelná data, která widget přidá na stránku produktu, aby vyhledávače mohly ve výsledcích ukázat hvězdičky a počet recenzí.',
    },
  },
};

export const GLOSSARY_TEXTS: Record<Language, GlossaryTexts> = { en, pl, cs };
