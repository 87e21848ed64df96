import { describe, expect, it } from 'vitest';
import { analyze } from '../../worker/src/sentiment/index.ts';
import { paceCues } from '../../worker/src/sentiment/theme-pace.ts';

type Label = 'negative' | 'neutral' | 'positive';

/** [locale, comment, theme, polarity the theme must get] */
type Row = [string, string, string, Label];

function themeLabel(text: string, locale: string, theme: string): Label | undefined {
  return analyze(text, { locale }).themes.find((t) => t.theme === theme)?.label;
}

// Mild complaints about speed or waiting: the hedge ("a bit", "trochu", "dość") must not turn them into praise, and
// the engine read each of these as positive or neutral before the pace rule.
const MILD_COMPLAINTS: Row[] = [
  ['en', 'The checkout was a bit slow.', 'website', 'negative'],
  ['en', 'Good quality linen, the checkout was a bit slow.', 'website', 'negative'],
  ['en', 'Delivery took ages.', 'delivery', 'negative'],
  ['en', 'A bit slow delivery this time.', 'delivery', 'negative'],
  ['en', 'Shipping took two weeks.', 'delivery', 'negative'],
  ['en', 'Support took a week to reply.', 'service', 'negative'],
  ['en', 'Delivery could have been quicker.', 'delivery', 'negative'],
  ['en', 'Delivery took a bit longer than expected.', 'delivery', 'negative'],
  ['pl', 'Dość wolna wysyłka.', 'delivery', 'negative'],
  ['pl', 'Strona trochę wolno działa.', 'website', 'negative'],
  ['pl', 'Obsługa odpowiada bardzo wolno.', 'service', 'negative'],
  ['pl', 'Wysyłka mogłaby być szybsza.', 'delivery', 'negative'],
  ['cs', 'Pomalá doprava.', 'delivery', 'negative'],
  ['cs', 'Doprava trochu pomalá.', 'delivery', 'negative'],
  ['cs', 'Doručení bylo trochu zdlouhavé.', 'delivery', 'negative'],
  ['cs', 'Na balík jsem čekal týden.', 'delivery', 'negative'],
  ['cs', 'Doručení trvalo dlouho.', 'delivery', 'negative'],
  ['cs', 'Web je trochu pomalý.', 'website', 'negative'],
  ['cs', 'Dobrá kvalita, ale web je trochu pomalý.', 'website', 'negative'],
  ['cs', 'Doprava mohla být rychlejší.', 'delivery', 'negative'],
];

// Read right before the pace rule too: it must not change them.
const ALREADY_RIGHT: Row[] = [
  ['en', 'Delivery was slow.', 'delivery', 'negative'],
  ['en', 'The refund took forever.', 'returns', 'negative'],
  ['en', 'Still waiting for my parcel after two weeks.', 'delivery', 'negative'],
  ['en', 'Customer service was slow to respond.', 'service', 'negative'],
  ['pl', 'Czekałem tydzień na paczkę.', 'delivery', 'negative'],
  ['pl', 'Przesyłka szła dwa tygodnie.', 'delivery', 'negative'],
  ['pl', 'Zwrot trwa już trzy tygodnie, nie polecam.', 'returns', 'negative'],
  ['cs', 'Reklamace se vyřizovala pomalu.', 'returns', 'negative'],
  ['cs', 'Podpora odpověděla až po týdnu.', 'service', 'negative'],
  ['en', 'Fast delivery, thank you!', 'delivery', 'positive'],
  ['en', 'Shipping was quick and painless.', 'delivery', 'positive'],
  ['en', 'Support replied quickly.', 'service', 'positive'],
  ['en', 'The parcel arrived on time', 'delivery', 'positive'],
  ['pl', 'Szybka wysyłka, polecam.', 'delivery', 'positive'],
  ['pl', 'Dość szybka wysyłka.', 'delivery', 'positive'],
  ['pl', 'Paczka przyszła błyskawicznie.', 'delivery', 'positive'],
  ['pl', 'Obsługa odpisała szybko.', 'service', 'positive'],
  ['cs', 'Rychlá doprava, děkuji.', 'delivery', 'positive'],
  ['cs', 'Obsluha odpověděla rychle.', 'service', 'positive'],
  ['en', 'The parcel arrived on Tuesday.', 'delivery', 'neutral'],
  ['pl', 'Paczka przyszła we wtorek.', 'delivery', 'neutral'],
  ['cs', 'Balík dorazil v úterý.', 'delivery', 'neutral'],
  ['cs', 'Platba kartou proběhla.', 'website', 'neutral'],
  ['cs', 'Objednal jsem v pondělí, balík přišel ve středu.', 'delivery', 'neutral'],
];

// Praise read as neutral, negation, "on time" and questions: read wrong before the pace rule.
const TURNS: Row[] = [
  ['cs', 'Docela rychlé doručení.', 'delivery', 'positive'],
  ['en', 'Delivery did not take long at all.', 'delivery', 'positive'],
  ['pl', 'Nie czekałem długo na paczkę.', 'delivery', 'positive'],
  ['cs', 'Na balík jsem nečekal dlouho.', 'delivery', 'positive'],
  ['pl', 'Dostawa na czas.', 'delivery', 'positive'],
  ['cs', 'Objednávka byla odeslána obratem.', 'delivery', 'positive'],
  ['cs', 'Jak dlouho trvá vrácení peněz?', 'returns', 'neutral'],
];

describe('theme polarity from pace words', () => {
  it.each(MILD_COMPLAINTS)(
    'should read a mild complaint about pace as negative for its theme: (%s) %s',
    (locale, text, theme, label) => {
      expect(themeLabel(text, locale, theme)).toBe(label);
    },
  );

  it.each(ALREADY_RIGHT)('should keep what was right: (%s) %s → %s %s', (locale, text, theme, label) => {
    expect(themeLabel(text, locale, theme)).toBe(label);
  });

  it.each(TURNS)('should read praise, negation, "on time" and questions: (%s) %s → %s %s', (locale, text, theme, label) => {
    expect(themeLabel(text, locale, theme)).toBe(label);
  });

  it('should give each pace word to the nearest theme of its clause', () => {
    const themes = Object.fromEntries(
      analyze('the site is slow and delivery fast', { locale: 'en' }).themes.map((t) => [t.theme, t.label]),
    );
    expect(themes).toEqual({ website: 'negative', delivery: 'positive' });
  });

  it('should leave the pace of the product itself to the model ("wore out quickly", "dries fast")', () => {
    expect(paceCues(['the', 'bristles', 'wore', 'out', 'quickly'], 'en')).toEqual([{ index: 4, polarity: 1 }]);
    // the cue exists, but quality is not a pace theme: the clause's own reading stays
    expect(themeLabel('The handle broke quickly.', 'en', 'quality')).toBe('negative');
  });

  it('should read Czech "než jsem čekal" as "than I expected", not as a wait', () => {
    expect(paceCues(['kvalita', 'lepsi', ',', 'nez', 'jsem', 'cekal', 'tyden'], 'cs')).toEqual([]);
    expect(paceCues(['na', 'balik', 'jsem', 'cekal', 'tyden'], 'cs')).toEqual([{ index: 4, polarity: -1 }]);
  });

  it('should not count a wait called short ("only a week", "jen týden")', () => {
    expect(paceCues(['it', 'took', 'only', 'a', 'week'], 'en')).toEqual([]);
    expect(paceCues(['cekal', 'jsem', 'jen', 'tyden'], 'cs')).toEqual([]);
    expect(paceCues(['it', 'took', 'a', 'week'], 'en')).toEqual([{ index: 3, polarity: -1 }]);
  });

  it('should not read the noun for speed as praise ("szybkość", "rychlost")', () => {
    expect(paceCues(['szybkosc', 'dostawy'], 'pl')).toEqual([]);
    expect(paceCues(['rychlost', 'doruceni'], 'cs')).toEqual([]);
  });
});
