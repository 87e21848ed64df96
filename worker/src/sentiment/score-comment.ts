import type { Sentiment, SentimentLabel, Theme } from '../../../shared/schemas.ts';
import { analyze } from './index.ts';

export interface ScoredComment {
  sentiment: Sentiment;
  themes: { theme: Theme; label: SentimentLabel }[];
}

/** The one place the worker scores a comment: text + locale hint in, `{ label, score, lang }` and themes out. */
export function scoreComment(text: string, locale?: string): ScoredComment {
  const { label, score, lang, themes } = analyze(text, locale ? { locale } : {});
  return { sentiment: { label, score: Math.max(-1, Math.min(1, score)), lang }, themes };
}
