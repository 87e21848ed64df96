// Sentiment entry point used by the worker. Pure, synchronous, never throws.
// STAND-IN: a tiny word list until the multilingual engine (its own issue) replaces it.
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

const POSITIVE = /\b(good|great|excellent|love|fast|perfect|super|dobr|świetn|swietn|szybk|polecam|dobř|skvěl|skvel|rychl|doporuč)/i;
const NEGATIVE = /\b(bad|poor|slow|broken|terrible|late|awful|zł|zl[ae]|wolno|słab|slab|nie polecam|špatn|spatn|pomal|rozbit|nedoporuč)/i;

export function analyze(text: string, options: { locale?: string } = {}): Analysis {
  const lang = (options.locale ?? 'en').slice(0, 2).toLowerCase();
  const positive = POSITIVE.test(text) ? 1 : 0;
  const negative = NEGATIVE.test(text) ? 1 : 0;
  const score = positive - negative;
  const label: SentimentLabel = score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
  return { label, score, confidence: 0.5, lang: ['en', 'pl', 'cs'].includes(lang) ? lang : 'other', themes: [] };
}
