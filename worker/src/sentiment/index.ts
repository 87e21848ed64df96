// Sentiment entry point used by the worker. Pure, synchronous, never throws.
import { createAnalyzer } from './engine.ts';
import { MODEL } from './model-data.ts';

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
}

const analyzer = createAnalyzer(MODEL);

export function analyze(text: string, options?: { locale?: string }): Analysis {
  return analyzer.analyze(text, options);
}
