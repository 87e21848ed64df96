// How the Audit screen writes a change (dashboard/src/audit/format.ts and texts.ts): every change figure has an
// explicit sign (+, a true minus sign, "no change" for nothing at the precision it is shown with) and says what it
// is compared with; the weakest stage says why it is the weakest, with its answers counted in each language.
// The screen itself is specified in tests/e2e/dashboard-audit.test.ts.
import { describe, expect, it } from 'vitest';
import { balancePerAnswer, countChange, rateChange } from '../../../dashboard/src/audit/format.ts';
import { AUDIT_TEXTS } from '../../../dashboard/src/audit/texts.ts';
import { LANGUAGES } from '../../../dashboard/src/locales.ts';

describe('a change figure on the Audit screen', () => {
  it('should carry its sign: plus, a true minus sign, or no change', () => {
    expect(countChange('en', 12)).toEqual({ direction: 'up', figure: '+12' });
    expect(countChange('en', -3)).toEqual({ direction: 'down', figure: '\u22123' });
    expect(countChange('cs', 0)).toEqual({ direction: 'same', figure: '' });
    expect(countChange('pl', -12345)).toEqual({ direction: 'down', figure: '\u221212\u00a0345' });
  });

  it("should write a rate's change in the rate's unit and call a change too small to show no change", () => {
    expect(rateChange('en', 'rating', 0.781)).toEqual({ direction: 'up', figure: '+0.78' });
    expect(rateChange('cs', 'csat', -6.62)).toEqual({ direction: 'down', figure: '\u22126,6\u00a0p.b.' });
    expect(rateChange('pl', 'nps', 38.4)).toEqual({ direction: 'up', figure: '+38' });
    expect(rateChange('en', 'nps', -0.4)).toEqual({ direction: 'same', figure: '' });
    expect(rateChange('en', 'rating', 0.004)).toEqual({ direction: 'same', figure: '' });
    expect(rateChange('en', 'nps', null)).toBeNull();
  });

  it('should say what it is compared with, in every language, for both comparisons', () => {
    for (const language of LANGUAGES) {
      const t = AUDIT_TEXTS[language];
      expect(t.versus.previous, language).not.toBe(t.versus.year);
      expect(t.changesNote.previous, language).not.toBe(t.changesNote.year);
      expect(t.noChange.length, language).toBeGreaterThan(0);
    }
    expect(`+12 ${AUDIT_TEXTS.en.versus.previous}`).toBe('+12 vs previous period');
    expect(`${AUDIT_TEXTS.cs.noChange} ${AUDIT_TEXTS.cs.versus.year}`).toBe('beze změny oproti stejnému období před rokem');
  });
});

describe('the note under the weakest stage', () => {
  it('should give the balance per answer it was chosen by, signed, with two decimals', () => {
    expect(balancePerAnswer('en', -3, 15)).toBe('\u22120.20');
    expect(balancePerAnswer('cs', 2, 11)).toBe('+0,18');
    expect(balancePerAnswer('en', 0, 15)).toBe('0.00');
    expect(balancePerAnswer('en', 0, 0)).toBe('—');
  });

  it('should count the answers the way each language does', () => {
    const why = (language: 'en' | 'pl' | 'cs', answers: number) =>
      AUDIT_TEXTS[language].weakestWhy('\u22120.20', '\u22123', answers, String(answers));
    expect(why('en', 15)).toBe('Lowest balance per answer: \u22120.20 (\u22123 over 15 answers)');
    expect(why('en', 1)).toBe('Lowest balance per answer: \u22120.20 (\u22123 over 1 answer)');
    expect(why('pl', 1)).toMatch(/na 1 odpowiedź\)$/);
    expect(why('pl', 3)).toMatch(/na 3 odpowiedzi\)$/);
    expect(why('pl', 15)).toBe('Najniższy bilans na odpowiedź: \u22120.20 (\u22123 na 15 odpowiedzi)');
    expect(why('cs', 1)).toMatch(/na 1 odpověď\)$/);
    expect(why('cs', 4)).toMatch(/na 4 odpovědi\)$/);
    expect(why('cs', 15)).toBe('Nejnižší bilance na odpověď: \u22120.20 (\u22123 na 15 odpovědí)');
    expect(why('cs', 22)).toMatch(/na 22 odpovědí\)$/);
  });
});

describe("a gap theme's mentions", () => {
  it('should agree the count of negative ones with its number in Polish and Czech', () => {
    expect(AUDIT_TEXTS.en.mentions(1, 1)).toBe('1 mention, 1 negative');
    expect(AUDIT_TEXTS.pl.mentions(1, 1)).toBe('1 wzmianka, 1 negatywna');
    expect(AUDIT_TEXTS.pl.mentions(5, 4)).toBe('5 wzmianek, 4 negatywne');
    expect(AUDIT_TEXTS.pl.mentions(12, 0)).toBe('12 wzmianek, 0 negatywnych');
    expect(AUDIT_TEXTS.pl.mentions(22, 12)).toBe('22 wzmianki, 12 negatywnych');
    expect(AUDIT_TEXTS.cs.mentions(1, 1)).toBe('1 zmínka, 1 negativní');
    expect(AUDIT_TEXTS.cs.mentions(5, 4)).toBe('5 zmínek, 4 negativní');
    expect(AUDIT_TEXTS.cs.mentions(3, 0)).toBe('3 zmínky, 0 negativních');
    expect(AUDIT_TEXTS.cs.mentions(22, 7)).toBe('22 zmínek, 7 negativních');
  });
});
