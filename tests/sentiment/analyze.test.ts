import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../worker/src/sentiment/index.ts';

const LABELS = ['negative', 'neutral', 'positive'];
const THEMES = ['delivery', 'price', 'quality', 'service', 'packaging', 'returns', 'website'];

function expectValidShape(result: Analysis): void {
  expect(LABELS).toContain(result.label);
  expect(result.score).toBeGreaterThanOrEqual(-1);
  expect(result.score).toBeLessThanOrEqual(1);
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  expect(['en', 'pl', 'cs', 'other']).toContain(result.lang);
  for (const entry of result.themes) {
    expect(THEMES).toContain(entry.theme);
    expect(LABELS).toContain(entry.label);
  }
  expect(new Set(result.themes.map((t) => t.theme)).size).toBe(result.themes.length);
}

describe('analyze', () => {
  it('should return a valid answer for any string and locale without throwing', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc
        .array(
          fc.constantFrom(
            '😍',
            '👎',
            '🙄',
            '\u0000',
            '\u0007',
            '\u202e',
            '\ufeff',
            'nie',
            'ne',
            'not',
            'ą',
            'ř',
            '!',
            ' ',
            'dobrý',
            'bad',
          ),
          { maxLength: 60 },
        )
        .map((p) => p.join('')),
    );
    const locale = fc.option(
      fc.oneof(fc.constantFrom('en', 'pl', 'cs', 'pl-PL', 'cs_CZ', 'de', ''), fc.string({ maxLength: 8 })),
      { nil: undefined },
    );
    fc.assert(
      fc.property(text, locale, (t, l) => expectValidShape(analyze(t, l === undefined ? undefined : { locale: l }))),
      { numRuns: 400, seed: 7 },
    );
  }, 120_000); // 400 runs take ~2 s alone, far longer on a loaded 2-core machine (35 s at load 34)

  it('should handle empty, emoji-only, control-character, 4000-character and mixed-language input', () => {
    const inputs = [
      '',
      '   ',
      '😍😍😍',
      '👎',
      '\u0000\u0001\u001b[31m',
      'a'.repeat(4000),
      'dobre '.repeat(900),
      'Great product, ale dostawa fatalna, a kvalita hrozná!',
      '\ud800 lone surrogate',
      '12345 !!! ???',
    ];
    for (const input of inputs) expectValidShape(analyze(input, { locale: 'pl' }));
  });

  it('should never throw on non-string input passed from untyped callers', () => {
    expectValidShape(analyze(undefined as unknown as string));
    expectValidShape(analyze(42 as unknown as string, { locale: 42 as unknown as string }));
  });

  it('should read emoji and clear praise or complaint in all three languages', () => {
    expect(analyze('love it 😍', { locale: 'en' }).label).toBe('positive');
    expect(analyze('total waste of money 👎', { locale: 'en' }).label).toBe('negative');
    expect(analyze('Gorąco polecam, wszystko super!', { locale: 'pl' }).label).toBe('positive');
    expect(analyze('nie polecam, szkoda pieniedzy', { locale: 'pl' }).label).toBe('negative');
    expect(analyze('Vse v poradku, doporucuji!', { locale: 'cs' }).label).toBe('positive');
    expect(analyze('nefunguje, uplne k nicemu', { locale: 'cs' }).label).toBe('negative');
  });

  it('should give a neutral, zero-score answer to text with no letters, digits or emoji', () => {
    expect(analyze('... --- ...')).toMatchObject({ label: 'neutral', score: 0 });
  });

  it('should be deterministic', () => {
    const text = 'Fast delivery but the shoes fell apart after a week';
    expect(analyze(text, { locale: 'en' })).toEqual(analyze(text, { locale: 'en' }));
  });
});

describe('long and mixed comments (issue #13)', () => {
  it('should read praise plus a complaint as mixed, never as whichever words dominate, with each theme keeping its own polarity', () => {
    const result = analyze('The site search is useless and checkout kept rejecting my card, but the prices are great.', {
      locale: 'en',
    });
    expect(result.label).not.toBe('positive');
    expect(result.mixed).toBe(true);
    expect(result.themes).toEqual(
      expect.arrayContaining([
        { theme: 'website', label: 'negative' },
        { theme: 'price', label: 'positive' },
      ]),
    );
  });

  it('should not call a one-sided comment mixed', () => {
    expect(analyze('Great quality, fast delivery and friendly service.', { locale: 'en' })).toMatchObject({
      label: 'positive',
      mixed: false,
    });
    expect(analyze('Nie polecam, szkoda pieniędzy.', { locale: 'pl' })).toMatchObject({ label: 'negative', mixed: false });
  });

  it('should not read a 5★ shopper\'s plain praise as negative ("Keeps coffee hot for ages.")', () => {
    expect(analyze('Keeps coffee hot for ages.', { locale: 'en' }).label).not.toBe('negative');
  });

  it('should read a long 1–2★ complaint that opens with faint praise as negative, not neutral (the star head)', () => {
    for (const review of [
      'The sweater looked nice online but in person the knit is loose and it pilled after one wear. The sleeves are also way too long. Disappointed.',
      'Cute top but it runs very small and the material is see-through, so I would need a camisole under it. Not worth the price for me.',
    ])
      expect(analyze(review, { locale: 'en' }).label).toBe('negative');
  });

  it('should not read Czech "no defects so far" or "I recommend it to other customers" as negative', () => {
    expect(analyze('Zatím žádné nedostatky', { locale: 'cs' }).label).not.toBe('negative');
    expect(analyze('Doporučuji ke koupi jiným zákazníkům', { locale: 'cs' }).label).not.toBe('negative');
  });

  it('should read Czech product reviews by what happened to the product (no defect after months; praise that turned into a fault)', () => {
    // the default Czech model learns from our written comments and product reviews only (experiments.md row 59); with the
    // generated phrase-bank comments it read the first as negative and the second as neutral
    expect(analyze('Po půl roce bez jediné závady, používáme denně. Určitě bych koupil znovu.', { locale: 'cs' }).label).toBe(
      'positive',
    );
    expect(analyze('Ze začátku super, dneska už jen bliká kontrolka a nic nedělá.', { locale: 'cs' }).label).toBe('negative');
  });
});
