// Sentiment entry point used by the worker. Pure, synchronous, never throws.
import type { ModelArtifact } from './artifact.ts';
import { createAnalyzer } from './engine.ts';
import MODEL from './model.json' with { type: 'json' };

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

const analyzer = createAnalyzer(MODEL as ModelArtifact);

export function analyze(text: string, options?: { locale?: string }): Analysis {
  return analyzer.analyze(text, options);
}
