import { describe, expect, it } from 'vitest';
import { analyze } from '../../worker/src/sentiment/index.ts';
import { loadShopFixture, themeScores } from '../../scripts/sentiment/shop-eval.ts';

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

  it('should return no themes when none is named', () => {
    expect(analyze('love it', { locale: 'en' }).themes).toEqual([]);
  });

  it('should meet precision and recall floors on our labelled theme sets', () => {
    for (const language of ['en', 'pl', 'cs'] as const) {
      const comments = loadShopFixture(language);
      expect(comments.filter((c) => c.themes.length > 0).length).toBeGreaterThanOrEqual(60);
      const scores = themeScores(comments, (text) => analyze(text, { locale: language }));
      expect(scores.precision, `${language} precision`).toBeGreaterThanOrEqual(0.75);
      expect(scores.recall, `${language} recall`).toBeGreaterThanOrEqual(0.75);
      expect(scores.polarityAccuracy, `${language} theme polarity`).toBeGreaterThanOrEqual(0.6);
    }
  });
});
