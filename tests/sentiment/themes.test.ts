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
  });
});
