// Sentiment entry point used by the worker. Pure, synchronous, never throws.
import { createAnalyzer, type AnalyzeOptions } from './engine.ts';
// The default artifact; the opt-in build (npm run deploy:full-model) aliases this import to ./model-full.ts.
import { MODEL, MODEL_NAME } from './model-commercial.ts';

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

/** Which artifact this build scores with: `commercial` (the default) or `full` (the non-commercial opt-in). */
export const SENTIMENT_MODEL: 'commercial' | 'full' = MODEL_NAME;

const analyzer = createAnalyzer(MODEL);

export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  return analyzer.analyze(text, options);
}

/** Class probabilities [negative, neutral, positive] of a text and the language they were read in (per-shop correction fits). */
export function commentProbabilities(text: string, locale?: string): { lang: string; probabilities: number[] } {
  const lang = analyzer.analyze(text, locale ? { locale } : {}).lang;
  const language = lang === 'other' ? 'en' : lang;
  return { lang, probabilities: analyzer.probabilities(text.slice(0, 4000), language) };
}
