// The widget speaks to a shopper it knows nothing about, so its Polish and Czech never guess the shopper's gender:
// "Już oceniłeś to zamówienie" spoke to men only. Every shopper-facing string of every widget chunk is checked.
import { describe, expect, it } from 'vitest';
import { LOCALES, REVIEW_LOCALES } from '../../shared/locales.ts';
import { EXTRA_LOCALES } from '../../shared/locales-extra.ts';
import { FLOATING_LOCALES } from '../../shared/locales-floating.ts';
import { REVIEW_FORM_LOCALES } from '../../shared/locales-review-form.ts';

const CATALOGUES = [LOCALES, REVIEW_LOCALES, EXTRA_LOCALES, FLOATING_LOCALES, REVIEW_FORM_LOCALES];

/** Every string of one language, a message function called with placeholder arguments. */
function strings(language: 'pl' | 'cs'): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') out.push(String((value as (...args: unknown[]) => unknown)('1', '2', '3')));
    else if (value && typeof value === 'object') for (const item of Object.values(value)) walk(item);
  };
  for (const catalogue of CATALOGUES) walk((catalogue as Record<string, unknown>)[language]);
  return out;
}

describe("the widget's Polish and Czech", () => {
  it('should never address the shopper in a masculine- or feminine-only past form (Polish -łeś, -łaś, -łbyś)', () => {
    const texts = strings('pl');
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((text) => /\p{L}+(łeś|łaś|łbyś|łabyś)(?!\p{L})/u.test(text))).toEqual([]);
  });

  it('should thank a shopper who answered before in words that fit anyone, in both languages', () => {
    expect(EXTRA_LOCALES.pl.answered).toBe('To zamówienie zostało już ocenione. Dziękujemy!');
    expect(EXTRA_LOCALES.cs.answered).not.toMatch(/\bjste\b/);
    expect(EXTRA_LOCALES.cs.answered).toBe('Tato objednávka už byla ohodnocena. Děkujeme!');
  });
});
