// Training settings, chosen on the dev splits (see worker/src/sentiment/training-report.md).
import type { FeatureOptions } from '../../worker/src/sentiment/features.ts';

export const FEATURES: FeatureOptions = {
  hashBits: Number(process.env.SENTIMENT_HASH_BITS ?? 17), rawWords: true, bigrams: true, charMin: 2, charMax: 5, stemLength: 5, prefixNegation: true, lexicon: true,
};
/** per-language changes to FEATURES: char n-grams up to 4 for en and cs (dev: cs +0.4 pt, en +0.1 pt over 4 seeds; pl −0.45 pt, so pl keeps 5) */
export const FEATURE_CHANGES: Record<string, Partial<FeatureOptions>> = { en: { charMax: 4 }, cs: { charMax: 4 } };
export function featuresFor(language: string): FeatureOptions {
  return { ...FEATURES, ...FEATURE_CHANGES[language] };
}
export const WORD_WEIGHT = 0.6;
export const EPOCHS = 10;
export const LEARNING_RATE = 0.1;
export const L2 = 1e-6;
export const SEED = 7;
/** generated shop comments per language, and their weight relative to one dataset row */
export const SHOP_COUNT = Number(process.env.SENTIMENT_SHOP_COUNT ?? 3000);
export const SHOP_WEIGHT = Number(process.env.SENTIMENT_SHOP_WEIGHT ?? 1);
/** buckets kept per language after pruning (the rest are zero) */
export const KEEP_BUCKETS = Number(process.env.SENTIMENT_KEEP_BUCKETS ?? 131072);
/** NB-SVM feature scaling: log-count ratio smoothing and exponent */
export const NB_SMOOTHING = 1;
export const NB_POWER = 1;
/** int8 range from this quantile of the non-zero |weights| (the largest few saturate) instead of the maximum */
export const QUANT_CLIP = Number(process.env.SENTIMENT_QUANT_CLIP ?? 0.9999);
/** class-offset grid (step, ± range), tuned on the packed train-only model's dev log-probabilities */
export const OFFSET_STEP = 0.05;
export const OFFSET_RANGE = 1.5;
