import { describe, expect, it } from 'vitest';
import { acceptedLanguages } from '../../../worker/src/domain/accept-language.ts';

describe('Accept-Language', () => {
  it('should list the tags most wanted first, keeping the header order for equal weights', () => {
    expect(acceptedLanguages('pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7')).toEqual(['pl-PL', 'pl', 'en-US', 'en']);
    expect(acceptedLanguages('en;q=0.2, cs;q=0.9, de')).toEqual(['de', 'cs', 'en']);
    expect(acceptedLanguages('cs, pl')).toEqual(['cs', 'pl']);
  });

  it('should leave out q=0, the wildcard and malformed entries, and read no header as none', () => {
    expect(acceptedLanguages('cs;q=0, *;q=0.5, <script>, pl;q=0.1')).toEqual(['pl']);
    expect(acceptedLanguages('')).toEqual([]);
    expect(acceptedLanguages(null)).toEqual([]);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });
});
