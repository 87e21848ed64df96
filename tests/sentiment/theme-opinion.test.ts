import { describe, expect, it } from 'vitest';
import { analyze } from '../../worker/src/sentiment/index.ts';

function themesOf(text: string, locale: string): Record<string, string> {
  return Object.fromEntries(analyze(text, { locale }).themes.map((t) => [t.theme, t.label]));
}

describe('theme polarity: damage denied', () => {
  it('should read damage denied as praise of the theme the damage would be about, not as a complaint', () => {
    expect(themesOf('nothing was broken', 'en')).toEqual({ quality: 'positive' });
    expect(themesOf('no scratches, no damage', 'en')).toEqual({ quality: 'positive' });
    expect(themesOf('nic nie było uszkodzone', 'pl')).toEqual({ quality: 'positive' });
    expect(themesOf('nic nebylo rozbité', 'cs')).toEqual({ quality: 'positive' });
    // Czech says it with a prefix too
    expect(themesOf('Za tři roky denního používání se nic nerozbilo.', 'cs')).toEqual({ quality: 'positive' });
    // "bez poškození" was read by the model as neutral at best
    expect(themesOf('bez poškození, vše krásně zabalené', 'cs')).toEqual({ quality: 'positive', packaging: 'positive' });
  });

  it('should not let the damage-in-transit rule turn damage denied into a packaging or delivery complaint', () => {
    expect(themesOf('Arrived with no damage at all.', 'en')).toEqual({ delivery: 'positive', packaging: 'positive' });
    expect(themesOf('The box was fine and nothing inside was broken.', 'en')).toEqual({ packaging: 'positive' });
    expect(themesOf('Karton był cały i nic w środku nie było pęknięte.', 'pl')).toEqual({ packaging: 'positive' });
    expect(themesOf('Krabice byla v pořádku a nic uvnitř nebylo rozbité.', 'cs')).toEqual({ packaging: 'positive' });
    expect(themesOf('Paczka dotarła bez uszkodzeń.', 'pl').packaging).toBe('positive');
    expect(themesOf('Balík dorazil bez poškození.', 'cs').packaging).toBe('positive');
    // the other part of the clause keeps its own complaint
    expect(themesOf("The box wasn't damaged and the quality is awful.", 'en')).toEqual({
      packaging: 'positive',
      quality: 'negative',
    });
  });

  it('should still read damage as a complaint when the negation is of something else', () => {
    // "can't believe", "nie wierzę", "nevěřím" put the damage in a negation scope without denying it
    expect(themesOf("I can't believe it broke after two days.", 'en')).toEqual({ quality: 'negative' });
    expect(themesOf('Nie wierzę że pękło po dwóch dniach', 'pl')).toEqual({ quality: 'negative' });
    expect(themesOf('Nevěřím že se to rozbilo po dvou dnech', 'cs')).toEqual({ quality: 'negative' });
    // a negation does not reach past "and"
    const parts = themesOf('Obal nebyl poškozený a zboží je v pořádku.', 'cs');
    expect(Object.keys(parts)).toEqual(['packaging', 'quality']);
    expect(parts.packaging).toBe('positive');
  });
});

describe('theme reading: damage after "and"', () => {
  it('should read damage alone in its "and" part as said of the part before: damage in transit', () => {
    const inTransit = { delivery: 'negative', packaging: 'negative' };
    expect(themesOf('the parcel arrived late and damaged', 'en')).toEqual(inTransit);
    expect(themesOf('paczka przyszła późno i uszkodzona', 'pl')).toEqual(inTransit);
    expect(themesOf('balík dorazil pozdě a rozbitý', 'cs')).toEqual(inTransit);
    // of the product, it stays quality
    expect(themesOf('the zip broke after a week and the seams came apart', 'en')).toEqual({ quality: 'negative' });
  });
});

describe('theme polarity: a factual clause', () => {
  it("should leave a theme named only in a sentence of fact neutral when the comment's opinion is about something else", () => {
    expect(themesOf('Ordered on Monday, the parcel came by DPD. The jacket is awful.', 'en')).toEqual({ delivery: 'neutral' });
    expect(themesOf('Zamówiłam w poniedziałek, paczka przyszła kurierem DPD. Kurtka jest okropna.', 'pl')).toEqual({
      delivery: 'neutral',
    });
    expect(themesOf('Objednala jsem v pondělí, balík přivezlo PPL. Bunda je hrozná.', 'cs')).toEqual({ delivery: 'neutral' });
    expect(themesOf('Ordered on Monday, the parcel came by DPD. The jacket is lovely.', 'en')).toEqual({ delivery: 'neutral' });
    expect(themesOf('Zamówiłam w poniedziałek, paczka przyszła kurierem DPD. Kurtka jest piękna.', 'pl')).toEqual({
      delivery: 'neutral',
    });
    expect(themesOf('Objednala jsem v pondělí, balík přivezlo PPL. Bunda je krásná.', 'cs')).toEqual({ delivery: 'neutral' });
  });

  it('should still let a short verdict sentence speak of the whole comment', () => {
    expect(themesOf('Nobody picks up the phone, nobody answers emails. Useless.', 'en')).toEqual({ service: 'negative' });
    expect(themesOf('Kurier zostawił paczkę pod klatką i ktoś ją ukradł. Masakra.', 'pl')).toEqual({ delivery: 'negative' });
    expect(themesOf('Zásilka dorazila hned druhý den. Spokojenost.', 'cs')).toEqual({ delivery: 'positive' });
  });
});

describe('theme polarity: "and" parts', () => {
  it('should give each theme its own part\'s polarity when "and" joins praise and a complaint', () => {
    expect(themesOf('great price and terrible service', 'en')).toEqual({ price: 'positive', service: 'negative' });
    expect(themesOf('fast delivery and the quality is poor', 'en')).toEqual({ delivery: 'positive', quality: 'negative' });
    expect(themesOf('dobra cena i fatalna obsługa', 'pl')).toEqual({ price: 'positive', service: 'negative' });
    expect(themesOf('świetna jakość i beznadziejna obsługa', 'pl')).toEqual({ quality: 'positive', service: 'negative' });
    expect(themesOf('rychlé doručení a špatná kvalita', 'cs')).toEqual({ delivery: 'positive', quality: 'negative' });
    expect(themesOf('dobrá cena a hrozná obsluha', 'cs')).toEqual({ price: 'positive', service: 'negative' });
    expect(themesOf('Dobra jakość i powolna dostawa.', 'pl')).toEqual({ quality: 'positive', delivery: 'negative' });
  });

  it('should read mild praise the model takes for neutral ("fair", "w porządku", "fér") as praise next to a complaint', () => {
    expect(themesOf('The price is fair and the service was rude.', 'en')).toEqual({ price: 'positive', service: 'negative' });
    expect(themesOf('Cena w porządku i obsługa niemiła.', 'pl')).toEqual({ price: 'positive', service: 'negative' });
    expect(themesOf('Cena je fér a obsluha byla nepříjemná.', 'cs')).toEqual({ price: 'positive', service: 'negative' });
  });

  it('should keep one polarity for parts that agree', () => {
    expect(themesOf('Nice staff and a great price', 'en')).toEqual({ service: 'positive', price: 'positive' });
    expect(themesOf('miła obsługa i dobra cena', 'pl')).toEqual({ service: 'positive', price: 'positive' });
    expect(themesOf('milá obsluha a dobrá cena', 'cs')).toEqual({ service: 'positive', price: 'positive' });
  });
});
