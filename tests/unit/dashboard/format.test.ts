// How the dashboard writes its figures (dashboard/src/format.ts), the one formatter of every screen: a negative
// figure carries a true minus sign (U+2212), never the hyphen-minus `Intl` gives, in every language; a long
// duration reads in days and hours.
import { describe, expect, it } from 'vitest';
import { formatDelta, formatFigure, formatLongDuration, MINUS } from '../../../dashboard/src/format.ts';
import { LANGUAGES } from '../../../dashboard/src/locales.ts';

describe('a negative figure', () => {
  it('should be written with a true minus sign, as a figure and as a change, in every language', () => {
    for (const language of LANGUAGES) {
      for (const text of [
        formatFigure(language, 'count', -12),
        formatFigure(language, 'score', -38.4),
        formatFigure(language, 'rating', -0.25),
        formatDelta(language, 'count', -3),
        formatDelta(language, 'percent', -6.62),
        formatDelta(language, 'rating', -1234.5),
      ]) {
        expect(text.startsWith(MINUS), `${language}: ${text}`).toBe(true);
        expect(text, language).not.toContain('-');
      }
    }
  });

  it('should keep its digits, grouping and unit as the language writes them', () => {
    expect(MINUS).toBe('\u2212');
    expect(formatFigure('en', 'count', -12345)).toBe('\u221212,345');
    expect(formatFigure('cs', 'count', -12345)).toBe('\u221212\u00a0345');
    expect(formatDelta('pl', 'rating', -0.25)).toBe('\u22120,25');
    expect(formatDelta('cs', 'percent', -6.62)).toBe('\u22126,6\u00a0p.b.');
    expect(formatDelta('en', 'percent', -6.62)).toBe('\u22126.6\u00a0pts');
  });

  it('should leave positive figures and zero as they were: a plus sign on a change, none on a figure', () => {
    expect(formatDelta('en', 'count', 7)).toBe('+7');
    expect(formatDelta('en', 'count', 0)).toBe('0');
    expect(formatFigure('en', 'count', 7)).toBe('7');
    expect(formatFigure('en', 'percent', 82)).toBe('82.0%');
    expect(formatFigure('en', 'count', null)).toBe('—');
  });
});

describe('a long duration', () => {
  it('should read in days and whole hours from two days on, as each language abbreviates them', () => {
    expect(formatLongDuration('en', 291)).toBe('12\u00a0d 3\u00a0h');
    expect(formatLongDuration('pl', 291)).toBe('12\u00a0dni 3\u00a0godz.');
    expect(formatLongDuration('cs', 291)).toBe('12\u00a0d 3\u00a0h');
    expect(formatLongDuration('pl', 291, 'after')).toBe('12\u00a0dniach 3\u00a0godz.');
    expect(formatLongDuration('en', 48)).toBe('2\u00a0d');
    expect(formatLongDuration('en', 71.6)).toBe('3\u00a0d');
    expect(formatLongDuration('cs', 24 * 1500 + 5)).toBe('1\u00a0500\u00a0d 5\u00a0h');
  });

  it('should leave a duration under two days to the hours each screen writes', () => {
    expect(formatLongDuration('en', 47.9)).toBeNull();
    expect(formatLongDuration('pl', 0)).toBeNull();
    expect(formatLongDuration('cs', Number.NaN)).toBeNull();
  });
});

describe('one style per kind of figure', () => {
  it('should round first and sign after: a figure that rounds to zero is never written "−0.0" or "−0"', () => {
    for (const language of LANGUAGES) {
      for (const [kind, value] of [
        ['score', -0.4],
        ['decimal', -0.04],
        ['hours', -0.04],
        ['rating', -0.004],
        ['percent', -0.04],
        ['net', -0.2],
        ['count', -0.4],
      ] as const) {
        const text = formatFigure(language, kind, value);
        expect(text, `${language} ${kind}`).not.toContain(MINUS);
        expect(text, `${language} ${kind}`).not.toContain('-');
      }
      expect(formatDelta(language, 'score', -0.3)).toBe('0');
      expect(formatDelta(language, 'rating', -0.001)).toBe(language === 'en' ? '0.00' : '0,00');
    }
  });

  it('should write the NPS as a whole number everywhere, as a figure and as a change', () => {
    expect(formatFigure('en', 'score', 6.9)).toBe('7');
    expect(formatFigure('en', 'score', 0)).toBe('0');
    expect(formatFigure('cs', 'score', -38.4)).toBe('\u221238');
    expect(formatDelta('en', 'score', 9.1)).toBe('+9');
  });

  it('should sign a balance as a figure, the same in a tile and in a table ("+35", "−3", "0")', () => {
    expect(formatFigure('en', 'net', 35)).toBe('+35');
    expect(formatFigure('pl', 'net', -3)).toBe('\u22123');
    expect(formatFigure('cs', 'net', 0)).toBe('0');
    expect(formatFigure('en', 'net', 1234)).toBe(formatDelta('en', 'count', 1234));
  });

  it('should write a percentage as the language does: a space before % where it puts one, a decimal comma', () => {
    expect(formatFigure('en', 'percent', 60.9)).toBe('60.9%');
    expect(formatFigure('en', 'percent', 75)).toBe('75.0%');
    expect(formatFigure('cs', 'percent', 60.9)).toBe('60,9\u00a0%');
    expect(formatFigure('pl', 'percent', 60.9)).toBe(
      new Intl.NumberFormat('pl', { style: 'percent', minimumFractionDigits: 1 }).format(0.609),
    );
    expect(formatFigure('pl', 'percent', 60.9)).toContain('60,9');
  });
});
