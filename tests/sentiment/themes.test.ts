import { describe, expect, it } from 'vitest';
import { analyze } from '../../worker/src/sentiment/index.ts';
import { loadShopFixture, SHOP_SETS, themeScores, type ShopSet } from '../../scripts/sentiment/shop-eval.ts';

function themesOf(text: string, locale: string): Record<string, string> {
  return Object.fromEntries(analyze(text, { locale }).themes.map((t) => [t.theme, t.label]));
}

describe('themes', () => {
  it('should give each theme its own polarity in mixed comments', () => {
    expect(themesOf('fast delivery but poor quality', 'en')).toEqual({ delivery: 'positive', quality: 'negative' });
    expect(themesOf('szybka dostawa, ale jakość fatalna', 'pl')).toEqual({ delivery: 'positive', quality: 'negative' });
    expect(themesOf('rychle doruceni, ale kvalita hrozna', 'cs')).toEqual({ delivery: 'positive', quality: 'negative' });
  });

  it('should find themes through Polish and Czech inflection and missing diacritics', () => {
    expect(Object.keys(themesOf('Przesyłką jestem zachwycona, cenę też ma dobrą', 'pl'))).toEqual(['delivery', 'price']);
    expect(Object.keys(themesOf('przesylka dlugo szla, a cene mieli wysoka', 'pl'))).toEqual(['delivery', 'price']);
    expect(Object.keys(themesOf('Se zásilkou problém, reklamaci nevyřídili', 'cs'))).toEqual(['delivery', 'returns']);
    expect(Object.keys(themesOf('obsluhu maji ochotnou, web prehledny', 'cs'))).toEqual(['service', 'website']);
  });

  it('should return no themes for short verdicts and for neutral comments that name none', () => {
    expect(analyze('love it', { locale: 'en' }).themes).toEqual([]);
    expect(analyze('never again 😡', { locale: 'en' }).themes).toEqual([]);
    expect(analyze('ordered on monday for my sister', { locale: 'en' }).themes).toEqual([]);
  });

  it('should count praise or blame of the product itself, with no theme word, as quality', () => {
    expect(Object.keys(themesOf('the kids have played with it every day since it came', 'en'))).toEqual(['quality']);
    expect(Object.keys(themesOf('Spacák hřeje i pod nulou, spali jsme jako v peřině', 'cs'))).toEqual(['quality']);
    expect(themesOf('po tygodniu odpadla podeszwa, nie polecam nikomu', 'pl')).toEqual({ quality: 'negative' });
  });

  it('should read damage in transit as packaging, not as the quality of the product', () => {
    expect(themesOf('arrived late and one wrap was torn', 'en')).toEqual({ delivery: 'negative', packaging: 'negative' });
    expect(themesOf('Paczka przyszła późno, a jedna folia była rozdarta.', 'pl')).toEqual({
      delivery: 'negative',
      packaging: 'negative',
    });
    expect(themesOf('Zásilka přišla pozdě a jeden obal byl roztržený.', 'cs')).toEqual({
      delivery: 'negative',
      packaging: 'negative',
    });
    expect(themesOf('The box was dented and the vase inside was broken.', 'en')).toEqual({ packaging: 'negative' });
    expect(themesOf('Karton zgnieciony, szklanka w środku pęknięta.', 'pl')).toEqual({ packaging: 'negative' });
    expect(themesOf('Krabice promáčknutá, hrnek uvnitř rozbitý.', 'cs')).toEqual({ packaging: 'negative' });
    expect(themesOf('it arrived broken', 'en')).toEqual({ delivery: 'negative', packaging: 'negative' });
    // and an idiom of arrival names no quality
    expect(Object.keys(themesOf('Parcel arrived safe and sound, thanks.', 'en'))).toEqual(['delivery']);
    expect(Object.keys(themesOf('The sound is great and the bass deep.', 'en'))).toEqual(['quality']);
  });

  it('should still read damage to the product itself as quality', () => {
    expect(themesOf('the zip broke after a week', 'en')).toEqual({ quality: 'negative' });
    expect(themesOf('Toy broke within an hour. Total rubbish.', 'en')).toEqual({ quality: 'negative' });
    expect(themesOf('zepsuło się po tygodniu', 'pl')).toEqual({ quality: 'negative' });
    expect(themesOf('po týdnu se to rozbilo', 'cs')).toEqual({ quality: 'negative' });
  });

  it("should not read 'works', 'size' or 'goods' as quality when they describe another theme's word", () => {
    expect(themesOf('the tracking number works', 'en')).toEqual({ delivery: 'positive' });
    expect(Object.keys(themesOf('exchanged the size for a bigger one', 'en'))).toEqual(['returns']);
    expect(Object.keys(themesOf('Numer śledzenia przesyłki działa.', 'pl'))).toEqual(['delivery']);
    expect(Object.keys(themesOf('Jak mám vrátit zboží?', 'cs'))).toEqual(['returns']);
    // "and" starts a new part: "it works great" is about the product again
    expect(themesOf('Fast delivery and it works great', 'en')).toEqual({ delivery: 'positive', quality: 'positive' });
  });

  it("should read Polish 'trwał' (lasted, took) as time, not as durability ('trwały', 'trwałość')", () => {
    expect(themesOf('Transport trwał tydzień.', 'pl')).toEqual({ delivery: 'negative' });
    expect(themesOf('Wysyłka trwała dwa tygodnie.', 'pl')).toEqual({ delivery: 'negative' });
    expect(themesOf('Wysyłka trwała tydzień, ale materiał jest trwały.', 'pl')).toEqual({
      delivery: 'negative',
      quality: 'positive',
    });
    expect(Object.keys(themesOf('Świetna trwałość, noszę codziennie.', 'pl'))).toEqual(['quality']);
    // Czech: "trvalo" (took) was never quality; "trvanlivost" (durability) is
    expect(themesOf('Doprava trvala dva týdny.', 'cs')).toEqual({ delivery: 'negative' });
    expect(themesOf('Trvanlivost je skvělá.', 'cs')).toEqual({ quality: 'positive' });
  });

  // Floors a little under the shipped figures (evaluation.md). Set A was written with implicit product talk left
  // unlabelled, so the quality fallback costs it precision; sets B and C label it as quality.
  const FLOORS: Record<ShopSet, { precision: number; recall: number; polarity: number }> = {
    'shop-comments': { precision: 0.7, recall: 0.85, polarity: 0.75 },
    'shop-dev': { precision: 0.65, recall: 0.75, polarity: 0.65 },
    'shop-holdout': { precision: 0.7, recall: 0.72, polarity: 0.65 },
  };

  it('should meet precision, recall and polarity floors on our labelled theme sets', () => {
    for (const set of SHOP_SETS) {
      for (const language of ['en', 'pl', 'cs'] as const) {
        const comments = loadShopFixture(language, set);
        expect(comments.filter((c) => c.themes.length > 0).length).toBeGreaterThanOrEqual(60);
        const scores = themeScores(comments, (text) => analyze(text, { locale: language }));
        expect(scores.precision, `${set} ${language} precision`).toBeGreaterThanOrEqual(FLOORS[set].precision);
        expect(scores.recall, `${set} ${language} recall`).toBeGreaterThanOrEqual(FLOORS[set].recall);
        expect(scores.polarityAccuracy, `${set} ${language} theme polarity`).toBeGreaterThanOrEqual(FLOORS[set].polarity);
      }
    }
    // Nine fixture sets through analyze(): ~1 s idle, past the 5 s default under load 30.
  }, 60_000);
});
