import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writtenShopComments } from '../../../scripts/sentiment/shop-training.ts';

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

  it('should still train the Czech default artifact on its written reviews', () => {
    const trained = new Set(writtenShopComments('cs', true).map((e) => e.text));
    for (const file of ['shop-written-reviews.cs.jsonl', 'shop-written-reviews-2.cs.jsonl'])
      expect(texts(file).every((t) => trained.has(t))).toBe(true);
    expect(texts('shop-written-reviews-3.cs.jsonl').some((t) => trained.has(t))).toBe(false);
  });
});
