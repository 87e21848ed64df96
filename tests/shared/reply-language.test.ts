// The one rule for the language a shop writes to a customer in (shared/reply-language.ts): the worker's reply e-mail,
// the demo's replies and the dashboard's reply templates all call it.
import { describe, expect, it } from 'vitest';
import { languageOf } from '../../shared/language.ts';
import { replyLanguage, replyLanguageOf } from '../../shared/reply-language.ts';

describe('the reply language', () => {
  it("should be the complaint's own language, whatever the shop's", () => {
    expect(replyLanguageOf('cs', 'en')).toEqual({ lang: 'cs', source: 'customer' });
    expect(replyLanguageOf('pl-PL', 'cs')).toEqual({ lang: 'pl', source: 'customer' });
    expect(replyLanguageOf('CS-cz', null)).toEqual({ lang: 'cs', source: 'customer' });
  });

  it("should fall back to the shop's default language when the complaint's is unknown or has no texts", () => {
    expect(replyLanguageOf(null, 'cs')).toEqual({ lang: 'cs', source: 'shop' });
    expect(replyLanguageOf('de-AT', 'pl-PL')).toEqual({ lang: 'pl', source: 'shop' });
  });

  it('should fall back to English when neither is known', () => {
    expect(replyLanguageOf(undefined, null)).toEqual({ lang: 'en', source: 'fallback' });
    expect(replyLanguageOf('de', 'fr')).toEqual({ lang: 'en', source: 'fallback' });
  });

  it('should give the language alone to those that need no reason (the e-mail, the demo)', () => {
    expect(replyLanguage('cs', 'en')).toBe('cs');
    expect(replyLanguage(null, null)).toBe('en');
  });

  it('should read the language part of a locale tag', () => {
    expect(languageOf('pl-PL')).toBe('pl');
    expect(languageOf('')).toBe('');
    expect(languageOf(null)).toBe('');
  });
});
