// The guest widget writes dates and small numbers by hand (Intl's first formatter of a page is a long task on a
// slow phone); these specs hold the hand-made forms to what Intl itself writes.
import { describe, expect, it } from 'vitest';
import { LOCALES, mediumDate, plural, REVIEW_LOCALES, type SupportedLocale } from '../../shared/locales.ts';

const LANGUAGES = Object.keys(REVIEW_LOCALES) as SupportedLocale[];

describe('mediumDate', () => {
  it("should write every month of the year as Intl.DateTimeFormat's medium date style does", () => {
    for (const locale of LANGUAGES) {
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
      for (let month = 0; month < 12; month++) {
        for (const day of [1, 9, 28]) {
          const date = new Date(2026, month, day, 12);
          expect(mediumDate(locale, date), `${locale} ${date.toISOString()}`).toBe(intl.format(date));
        }
      }
    }
  });
});

describe('plural', () => {
  it('should write the number as Intl.NumberFormat does, below 1,000 and above', () => {
    for (const locale of LANGUAGES) {
      const numbers = new Intl.NumberFormat(locale);
      for (const n of [0, 1, 2, 5, 22, 999, 1000, 12345, 2.5]) {
        expect(plural(locale, { other: '{n}' }, n), `${locale} ${n}`).toBe(numbers.format(n));
      }
    }
  });

  it('should pick the plural form of the language', () => {
    expect([1, 2, 5, 22, 1.5].map((n) => plural('pl', LOCALES.pl.charactersLeft, n))).toEqual([
      'Pozostał 1 znak',
      'Pozostały 2 znaki',
      'Pozostało 5 znaków',
      'Pozostały 22 znaki',
      'Pozostało 1,5 znaku',
    ]);
  });
});
