// Dashboard sentences as a native speaker writes them (dashboard/src/locales.ts and the screens' texts.ts), in
// en, pl and cs: one colon per sentence, a capital where a line begins, and the case a number asks for.
import { describe, expect, it } from 'vitest';
import { AUDIT_TEXTS } from '../../../dashboard/src/audit/texts.ts';
import { formatFigure } from '../../../dashboard/src/format.ts';
import { LANGUAGES, MESSAGES } from '../../../dashboard/src/locales.ts';
import { OVERVIEW_TEXTS } from '../../../dashboard/src/overview/texts.ts';

describe('the announcement that the figures were updated', () => {
  it('should read as one sentence with at most one colon, in every language', () => {
    for (const language of LANGUAGES) {
      const text = MESSAGES[language].status.updated(formatFigure(language, 'count', 39));
      expect(text.split(':').length, `${language}: ${text}`).toBeLessThanOrEqual(2);
      expect(text, language).toMatch(/^\p{Lu}.*39.*\.$/u);
    }
    expect(MESSAGES.cs.status.updated('39')).toBe('Výsledky aktualizovány, počet odpovědí: 39.');
    expect(MESSAGES.pl.status.updated('39')).toBe('Wyniki zaktualizowane, liczba odpowiedzi: 39.');
    expect(MESSAGES.en.status.updated('1')).toBe('Figures updated: 1 response.');
    expect(MESSAGES.en.status.updated('39')).toBe('Figures updated: 39 responses.');
  });
});

describe('the line with the open attention items', () => {
  it('should begin with a capital letter, in every language', () => {
    for (const language of LANGUAGES) {
      const text = OVERVIEW_TEXTS[language].scope.openTotal('3', '5');
      expect(text, language).toMatch(/^(\p{Lu}|\d)/u);
      expect(text.split(':').length - 1, language).toBeLessThanOrEqual(2);
    }
    expect(OVERVIEW_TEXTS.pl.scope.openTotal('3', '5')).toBe('Otwarte przy tych filtrach: 3 · w całym sklepie: 5');
    expect(OVERVIEW_TEXTS.cs.scope.openTotal('3', '5')).toBe('Otevřené při těchto filtrech: 3 · v celém obchodě: 5');
  });
});

describe('a relationship length in days', () => {
  it('should take the genitive singular after a decimal number in Polish and Czech ("14,9 dnia", "14,9 dne")', () => {
    const days = (language: 'en' | 'pl' | 'cs', value: number) =>
      AUDIT_TEXTS[language].days(formatFigure(language, 'decimal', value));
    expect(days('cs', 14.9)).toBe('14,9 dne');
    expect(days('cs', 0.7)).toBe('0,7 dne');
    expect(days('pl', 14.9)).toBe('14,9 dnia');
    expect(days('en', 14.9)).toBe('14.9 days');
  });
});
