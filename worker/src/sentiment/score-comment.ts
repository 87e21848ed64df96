import type { Sentiment } from '../../../shared/schemas.ts';
import { analyze } from './index.ts';

/** The one place the worker scores a comment: text + locale hint in, `{ label, score, lang }` out. */
export function scoreComment(text: string, locale?: string): Sentiment {
  const { label, score, lang } = analyze(text, locale ? { locale } : {});
  return { label, score: Math.max(-1, Math.min(1, score)), lang };
}
