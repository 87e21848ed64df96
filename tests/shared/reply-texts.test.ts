// The words of "Did we make it right?" (shared/reply-texts.ts): the widget's reply card and the hosted follow-up page.
import { describe, expect, it } from 'vitest';
import { REPLY_TEXTS } from '../../shared/reply-texts.ts';

describe('reply texts', () => {
  it('should say everything in en, pl and cs, the Polish and Czech in their own words', () => {
    const keys = Object.keys(REPLY_TEXTS.en).sort();
    for (const language of ['pl', 'cs'] as const) {
      expect(Object.keys(REPLY_TEXTS[language]).sort(), language).toEqual(keys);
      for (const key of keys as (keyof typeof REPLY_TEXTS.en)[]) {
        expect(REPLY_TEXTS[language][key].trim(), `${language}.${key}`).not.toBe('');
        expect(REPLY_TEXTS[language][key], `${language}.${key}`).not.toBe(REPLY_TEXTS.en[key]);
      }
    }
  });

  it("should put the shop's name in the title and the thanks, the number in the stars, and never ask for a public review", () => {
    for (const [language, texts] of Object.entries(REPLY_TEXTS)) {
      expect(texts.title, language).toContain('$');
      expect(texts.thanks, language).toContain('$');
      expect(texts.stars, language).toContain('$');
      expect(Object.values(texts).join(' '), language).not.toMatch(/review|recenz|opini|coupon|kupon|rabat|sleva/i);
    }
  });
});
