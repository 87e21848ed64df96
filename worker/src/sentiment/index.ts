// Sentiment entry point used by the worker. Pure, synchronous, never throws.
import type { ModelArtifact } from './artifact.ts';
import { createAnalyzer, type AnalyzeOptions } from './engine.ts';
import { COMMERCIAL_MODEL } from './model-commercial.ts';
import FULL_MODEL from './model.json' with { type: 'json' };

export type SentimentLabel = 'negative' | 'neutral' | 'positive';
export type Theme = 'delivery' | 'price' | 'quality' | 'service' | 'packaging' | 'returns' | 'website';

export interface Analysis {
  label: SentimentLabel;
  /** −1 (very negative) … 1 (very positive) */
  score: number;
  /** 0 … 1 */
  confidence: number;
  /** 'en' | 'pl' | 'cs' | 'other' */
  lang: string;
  themes: { theme: Theme; label: SentimentLabel }[];
  /** the comment praises in one clause and complains in another (engine.ts mixedDecision) */
  mixed: boolean;
}

/**
 * Set only at build time, by `wrangler deploy --define OPINIA_SENTIMENT_MODEL:'"full"'` (npm run deploy:full-model):
 * the opt-in artifact, also trained on non-commercial data (docs/sentiment.md). Without it the bundle holds only the
 * default artifact, trained on commercially usable sources; the bundler drops the other one.
 */
declare const OPINIA_SENTIMENT_MODEL: string | undefined;

/** Which artifact this build scores with: `commercial` (the default) or `full` (the non-commercial opt-in). */
export const SENTIMENT_MODEL: 'commercial' | 'full' =
  typeof OPINIA_SENTIMENT_MODEL !== 'undefined' && OPINIA_SENTIMENT_MODEL === 'full' ? 'full' : 'commercial';

const analyzer = createAnalyzer(
  (typeof OPINIA_SENTIMENT_MODEL !== 'undefined' && OPINIA_SENTIMENT_MODEL === 'full'
    ? FULL_MODEL
    : COMMERCIAL_MODEL) as ModelArtifact,
);

export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  return analyzer.analyze(text, options);
}

/** Class probabilities [negative, neutral, positive] of a text and the language they were read in (per-shop correction fits). */
export function commentProbabilities(text: string, locale?: string): { lang: string; probabilities: number[] } {
  const lang = analyzer.analyze(text, locale ? { locale } : {}).lang;
  const language = lang === 'other' ? 'en' : lang;
  return { lang, probabilities: analyzer.probabilities(text.slice(0, 4000), language) };
}
