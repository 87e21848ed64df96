import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  shopTrainingComments,
  starHeadReviews,
  translatedReviews,
  writtenShopComments,
} from '../../../scripts/sentiment/shop-training.ts';

const texts = (file: string): string[] =>
  readFileSync(join(__dirname, '../../../scripts/sentiment', file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text);

describe('hand-written training comments (scripts/sentiment/shop-training.ts)', () => {
  it('should leave out the English written reviews, kept but not trained on (experiments.md rows 78–81), from both artifacts', () => {
    const reviews = new Set(texts('shop-written-reviews.en.jsonl'));
    expect(reviews.size).toBeGreaterThan(400);
    for (const commercialOnly of [true, false]) {
      const trained = writtenShopComments('en', commercialOnly);
      expect(trained.filter((e) => reviews.has(e.text))).toEqual([]);
      expect(trained.length).toBe(texts('shop-written.en.jsonl').length);
    }
  });

  it('should leave out the Polish written reviews, kept but not trained on (experiments.md rows 85–88), from both artifacts', () => {
    const reviews = new Set(texts('shop-written-reviews.pl.jsonl'));
    expect(reviews.size).toBeGreaterThan(400);
    for (const commercialOnly of [true, false]) {
      const trained = writtenShopComments('pl', commercialOnly);
      expect(trained.filter((e) => reviews.has(e.text))).toEqual([]);
      expect(trained.length).toBe(texts('shop-written.pl.jsonl').length);
    }
  });

  it('should give the English default star head our written star-rated reviews, and keep them out of every class table (experiments.md rows 118–122)', () => {
    const reviews = new Set(texts('shop-written-star-reviews.en.jsonl'));
    expect(reviews.size).toBe(246);
    const head = starHeadReviews('en', true);
    expect(head.map((e) => e.text)).toEqual([...reviews]);
    expect(head.every((e) => e.rating && e.rating >= 1 && e.rating <= 5)).toBe(true);
    expect(starHeadReviews('en', false)).toEqual([]);
    expect(starHeadReviews('pl', true)).toEqual([]);
    // never class-table rows, in either artifact; the second file (161 more) is kept, not trained on at all
    const more = new Set(texts('shop-written-star-reviews-2.en.jsonl'));
    for (const commercialOnly of [true, false])
      expect(shopTrainingComments('en', commercialOnly).some((e) => reviews.has(e.text) || more.has(e.text))).toBe(false);
    expect(head.some((e) => more.has(e.text))).toBe(false);
  });

  it('should label each written English star-rated review by its stars (1–2 negative, 3 neutral, 4–5 positive)', () => {
    const labelOf = (stars: number): string => (stars <= 2 ? 'negative' : stars === 3 ? 'neutral' : 'positive');
    for (const file of ['shop-written-star-reviews.en.jsonl', 'shop-written-star-reviews-2.en.jsonl'])
      for (const line of readFileSync(join(__dirname, '../../../scripts/sentiment', file), 'utf8')
        .trim()
        .split('\n')) {
        const row = JSON.parse(line) as { label: string; rating: number };
        expect(row.label).toBe(labelOf(row.rating));
      }
  });

  it('should still train the Czech default artifact on its written reviews', () => {
    const trained = new Set(writtenShopComments('cs', true).map((e) => e.text));
    for (const file of ['shop-written-reviews.cs.jsonl', 'shop-written-reviews-2.cs.jsonl'])
      expect(texts(file).every((t) => trained.has(t))).toBe(true);
    // kept, not trained on (experiments.md rows 62 and 108–114)
    for (const file of ['shop-written-reviews-3.cs.jsonl', 'shop-written-reviews-4.cs.jsonl'])
      expect(texts(file).some((t) => trained.has(t))).toBe(false);
  });

  it('should train the Czech default artifact on every second translated review and tune its offsets on the others', () => {
    const rows = readFileSync(join(__dirname, '../../../scripts/sentiment/translated-reviews.cs.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { text: string; label: string; rating: number; origin: string });
    expect(rows.length).toBe(800);
    const { train, tuning } = translatedReviews('cs', true);
    expect(train.map((e) => e.text)).toEqual(rows.filter((_r, i) => i % 2 === 0).map((r) => r.text));
    expect(tuning.map((e) => e.text)).toEqual(rows.filter((_r, i) => i % 2 === 1).map((r) => r.text));
    // trained rows weigh 2 and keep their stars; the tuning rows never reach training
    expect(train.every((e) => e.weight === 2 && e.rating && e.source === 'opinia-translated')).toBe(true);
    const trained = new Set(shopTrainingComments('cs', true).map((e) => e.text));
    expect(train.every((e) => trained.has(e.text))).toBe(true);
    expect(tuning.some((e) => trained.has(e.text))).toBe(false);
  });

  it('should keep the translated reviews out of the opt-in artifact and the other languages', () => {
    expect(translatedReviews('cs', false)).toEqual({ train: [], tuning: [] });
    const texts = new Set(translatedReviews('cs', true).train.map((e) => e.text));
    for (const [language, commercialOnly] of [
      ['cs', false],
      ['en', true],
      ['pl', true],
    ] as const)
      expect(shopTrainingComments(language, commercialOnly).some((e) => texts.has(e.text))).toBe(false);
  });

  it('should keep the English and Polish translated reviews out of every artifact (experiments.md rows 100–106)', () => {
    for (const language of ['en', 'pl'] as const) {
      const kept = new Set(texts(`translated-reviews.${language}.jsonl`));
      expect(kept.size).toBeGreaterThan(700);
      expect(translatedReviews(language, true)).toEqual({ train: [], tuning: [] });
      for (const commercialOnly of [true, false])
        expect(shopTrainingComments(language, commercialOnly).some((e) => kept.has(e.text))).toBe(false);
    }
  });

  it('should label each translated review by its stars (1–2 negative, 3 neutral, 4–5 positive) and name its original', () => {
    const labelOf = (stars: number): string => (stars <= 2 ? 'negative' : stars === 3 ? 'neutral' : 'positive');
    for (const language of ['cs', 'en', 'pl']) {
      const rows = readFileSync(join(__dirname, `../../../scripts/sentiment/translated-reviews.${language}.jsonl`), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { label: string; rating: number; origin: string });
      for (const row of rows) {
        expect(row.label).toBe(labelOf(row.rating));
        expect(row.origin).toMatch(/^[0-9a-f]{12}$/);
      }
      expect(new Set(rows.map((r) => r.origin)).size).toBe(rows.length);
    }
  });
});
