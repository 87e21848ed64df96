// Loads the shared labelled data (never copied into the repo) and our own fixtures.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { SentimentLabel } from '../../worker/src/sentiment/index.ts';

export const LANGUAGES = ['en', 'pl', 'cs'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LABELS: SentimentLabel[] = ['negative', 'neutral', 'positive'];

export interface Example {
  text: string;
  label: SentimentLabel;
  source: string;
  /** the reviewer's 1–5 stars where the source has them */
  rating?: number | null;
  /** this row's weight relative to one dataset row, instead of its source's (settings.COMMERCIAL_WRITTEN_FILES) */
  weight?: number;
}

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
/** `../shared/sentiment-data` next to the checkout (or two levels up from a worktree); SENTIMENT_DATA overrides. */
export const DATA_DIR =
  process.env.SENTIMENT_DATA ??
  [join(REPO_ROOT, '..', 'shared', 'sentiment-data'), join(REPO_ROOT, '..', '..', 'shared', 'sentiment-data')].find((dir) =>
    existsSync(dir),
  ) ??
  join(REPO_ROOT, '..', 'shared', 'sentiment-data');

/**
 * Sources whose licence allows commercial use (see docs/sentiment.md and ../shared/sentiment-data/README.md): KLEJ
 * Allegro Reviews and PolEmo 2.0 (CC BY-SA 4.0), Women's E-Commerce Clothing Reviews (CC0) and our own comments.
 * Everything else is non-commercial (Habernal Facebook, CSFD, mall.cz: CC BY-NC-SA 3.0; Twitter US Airline, probably NC)
 * or states no licence (Kotzias, TripAdvisor, Flipkart, Alza): only the opt-in full artifact learns from those.
 */
export const COMMERCIAL_SOURCES = new Set([
  'klej-allegro-reviews',
  'klej-polemo2.0-in',
  'klej-polemo2.0-out',
  'womens-clothing-ecommerce',
  'opinia-shop',
  'opinia-shop-written',
  // our Czech translations of Women's E-Commerce Clothing reviews (CC0): scripts/sentiment/translated-reviews.md
  'opinia-translated',
]);

/** Real reviews written on shop or booking sites with the customer's stars (mall.cz: the shop's own classes). */
export const REAL_REVIEW_SOURCES: Record<Language, string[]> = {
  en: ['womens-clothing-ecommerce', 'flipkart-headphones', 'tripadvisor-hotels-2k'],
  pl: ['klej-allegro-reviews'],
  cs: ['mallcz-products'],
};

export function readJsonl(path: string): unknown[] {
  const raw = path.endsWith('.gz') ? gunzipSync(readFileSync(path)).toString('utf8') : readFileSync(path, 'utf8');
  return raw
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

export function loadSplit(language: Language, split: 'train' | 'dev' | 'test'): Example[] {
  const plain = join(DATA_DIR, language, `${split}.jsonl`);
  const path = existsSync(plain) ? plain : `${plain}.gz`;
  return readJsonl(path).map((row) => {
    const { text, label, source, rating } = row as Example;
    return { text, label, source, rating: rating ?? null };
  });
}

/**
 * Our own shop-domain comments (scripts/sentiment/shop-train.*.jsonl for training, tests/sentiment/fixtures for evaluation),
 * with the reviewer's stars where a file has them (the translated reviews: their star head, settings.STAR_HEADS).
 */
export function loadShopComments(path: string, source = 'opinia-shop'): Example[] {
  return readJsonl(path).map((row) => {
    const { text, label, rating } = row as Example;
    return rating ? { text, label, source, rating } : { text, label, source };
  });
}
