// The export screen's strings, en/pl/cs.
import type { Language } from '../locales.ts';

export interface ExportTexts {
  label: string;
  heading: string;
  intro: string;
  matching: (count: string, from: string, to: string) => string;
  csv: string;
  json: string;
  csvHint: string;
  jsonHint: string;
  preparing: (count: string) => string;
  done: (file: string, what: string) => string;
  nothing: string;
}

const en: ExportTexts = {
  label: 'Export',
  heading: 'Export answers',
  intro:
    'Download the answers the filters match, for a spreadsheet or your own tools. Reviews come with their title, author, verified purchase and moderation status.',
  matching: (count, from, to) => `${count} answers match, ${from} – ${to}.`,
  csv: 'Download CSV',
  json: 'Download JSON',
  csvHint: 'CSV: UTF-8, opens in Excel, LibreOffice and Google Sheets.',
  jsonHint: 'JSON: every field of every answer, as the API gives it.',
  preparing: (count) => `Preparing the file… ${count} answers so far.`,
  done: (file, what) => `Downloaded ${file} (${what}).`,
  nothing: 'No answers match these filters: the file has only the column names.',
};

const pl: ExportTexts = {
  label: 'Eksport',
  heading: 'Eksport odpowiedzi',
  intro:
    'Pobierz odpowiedzi pasujące do filtrów, do arkusza kalkulacyjnego lub własnych narzędzi. Opinie mają tytuł, autora, potwierdzenie zakupu i status moderacji.',
  matching: (count, from, to) => `Pasujące odpowiedzi: ${count}, ${from} – ${to}.`,
  csv: 'Pobierz CSV',
  json: 'Pobierz JSON',
  csvHint: 'CSV: UTF-8, otwiera się w Excelu, LibreOffice i Arkuszach Google.',
  jsonHint: 'JSON: wszystkie pola każdej odpowiedzi, tak jak podaje je API.',
  preparing: (count) => `Przygotowywanie pliku… dotąd odpowiedzi: ${count}.`,
  done: (file, what) => `Pobrano ${file} (${what}).`,
  nothing: 'Żadna odpowiedź nie pasuje do filtrów: plik zawiera tylko nazwy kolumn.',
};

const cs: ExportTexts = {
  label: 'Export',
  heading: 'Export odpovědí',
  intro:
    'Stáhněte odpovědi odpovídající filtrům, pro tabulkový procesor nebo vlastní nástroje. Recenze mají název, autora, ověřený nákup a stav moderace.',
  matching: (count, from, to) => `Odpovídajících odpovědí: ${count}, ${from} – ${to}.`,
  csv: 'Stáhnout CSV',
  json: 'Stáhnout JSON',
  csvHint: 'CSV: UTF-8, otevře se v Excelu, LibreOffice i Tabulkách Google.',
  jsonHint: 'JSON: všechna pole každé odpovědi, jak je vrací API.',
  preparing: (count) => `Příprava souboru… zatím odpovědí: ${count}.`,
  done: (file, what) => `Staženo ${file} (${what}).`,
  nothing: 'Filtrům neodpovídá žádná odpověď: soubor obsahuje jen názvy sloupců.',
};

export const EXPORT_TEXTS: Record<Language, ExportTexts> = { en, pl, cs };
