// Lexicon baselines a JavaScript user would reach for, mapped to 3 classes.
import { createRequire } from 'node:module';
import type { SentimentLabel } from '../../worker/src/sentiment/index.ts';

const require = createRequire(import.meta.url);
const Afinn = require('sentiment') as new () => { analyze(text: string): { score: number } };
const vader = require('vader-sentiment') as {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
};
const multilang = require('multilang-sentiment') as (text: string, language: string) => { score: number };

const afinn = new Afinn();

function fromScore(score: number, threshold = 0): SentimentLabel {
  return score > threshold ? 'positive' : score < -threshold ? 'negative' : 'neutral';
}

export const BASELINES: { name: string; languages: string[]; predict(text: string, language: string): SentimentLabel }[] = [
  { name: 'AFINN `sentiment`', languages: ['en'], predict: (text) => fromScore(afinn.analyze(text).score) },
  // VADER's documented thresholds: compound ≥ 0.05 positive, ≤ −0.05 negative.
  {
    name: '`vader-sentiment`',
    languages: ['en'],
    predict: (text) => fromScore(vader.SentimentIntensityAnalyzer.polarity_scores(text).compound, 0.0499),
  },
  {
    name: '`multilang-sentiment`',
    languages: ['en', 'pl', 'cs'],
    predict: (text, language) => fromScore(multilang(text, language).score),
  },
];
