import type { Sentiment, SentimentLabel, Theme } from '../../../shared/schemas.ts';
import { analyze } from './index.ts';

export interface ScoredComment {
  sentiment: Sentiment;
  themes: { theme: Theme; label: SentimentLabel }[];
}

/**
 * The one place the worker scores a comment: text + locale hint in, `{ label, score, lang, mixed }` and themes out.
 * `correction`: the shop's own class offsets by language (services/shop-sentiment.ts), for comments without stars.
 */
export function scoreComment(
  text: string,
  locale?: string,
  correction?: Readonly<Record<string, readonly number[]>>,
): ScoredComment {
  const { label, score, lang, themes, mixed } = analyze(text, {
    ...(locale ? { locale } : {}),
    ...(correction ? { offsets: correction } : {}),
  });
  return { sentiment: { label, score: Math.max(-1, Math.min(1, score)), lang, mixed }, themes };
}
