import { describe, expect, it } from 'vitest';
import { analyze } from '../../worker/src/sentiment/index.ts';

type Label = 'negative' | 'neutral' | 'positive';

/** [locale, comment, theme, polarity the theme must get] */
type Row = [string, string, string, Label];

function themeLabel(text: string, locale: string, theme: string): Label | undefined {
  return analyze(text, { locale }).themes.find((t) => t.theme === theme)?.label;
}

// A fault said with a hedge ("a bit", "trochu", "trochę", "nieco") is a complaint about its theme; the engine read
// each of these as neutral or positive before the hedge rule.
const HEDGED_COMPLAINTS: Row[] = [
  ['en', 'The fabric is a bit thin.', 'quality', 'negative'],
  ['en', 'The box is a little small.', 'packaging', 'negative'],
  ['en', 'The sizes run a bit small.', 'quality', 'negative'],
  ['pl', 'Trochę za drogo.', 'price', 'negative'],
  ['pl', 'Materiał trochę cienki.', 'quality', 'negative'],
  ['pl', 'Cena nieco wyższa niż gdzie indziej.', 'price', 'negative'],
  ['cs', 'Trochu drahé.', 'price', 'negative'],
  ['cs', 'Obal byl trochu promáčklý.', 'packaging', 'negative'],
  ['cs', 'Trochu drahé, ale kvalita super.', 'price', 'negative'],
];

// A hedge before praise, a hedge conceded later in the sentence ("but fine", "ale warto") and a question are no
// complaint: the rule must leave these as they were.
const NOT_COMPLAINTS: Row[] = [
  ['en', 'Slightly cheaper than elsewhere.', 'price', 'positive'],
  ['en', 'Slightly better quality than I expected.', 'quality', 'positive'],
  ['en', 'A little pricey but worth every penny.', 'price', 'positive'],
  ['en', 'The price was a bit of a bargain.', 'price', 'positive'],
  ['en', 'Colour slightly different than on screen but fine.', 'quality', 'neutral'],
  ['en', 'Is the fabric a bit thin?', 'quality', 'neutral'],
  ['pl', 'Trochę drogo, ale warto.', 'price', 'neutral'],
  ['cs', 'Trochu lepší kvalita, než jsem čekal.', 'quality', 'positive'],
];

describe('theme polarity of hedged faults', () => {
  it.each(HEDGED_COMPLAINTS)('should read %s "%s" as a complaint about %s', (locale, text, theme, label) => {
    expect(themeLabel(text, locale, theme)).toBe(label);
  });

  it.each(NOT_COMPLAINTS)('should leave %s "%s" (%s) as praise or neutral', (locale, text, theme, label) => {
    expect(themeLabel(text, locale, theme)).toBe(label);
  });

  it("should not read Czech 'než jsem čekal' (than I expected) as delivery", () => {
    expect(analyze('Trochu lepší kvalita, než jsem čekal.', { locale: 'cs' }).themes.map((t) => t.theme)).toEqual(['quality']);
    expect(themeLabel('Na balík jsem čekal týden.', 'cs', 'delivery')).toBe('negative');
  });
});
