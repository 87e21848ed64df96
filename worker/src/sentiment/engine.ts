// Builds analyze() from an artifact: language ID, sentiment model, themes with their own polarity.
import { unpackLinear, type DenseLinear, type ModelArtifact } from './artifact.ts';
import { extractFeatures, type FeatureBlocks, type FeatureOptions } from './features.ts';
import type { Analysis, SentimentLabel, Theme } from './index.ts';
import { detectLanguage } from './language.ts';
import { contrastTail, isClauseBreak, themesInTokens } from './themes.ts';

const LABELS: SentimentLabel[] = ['negative', 'neutral', 'positive'];
/** Longer texts add little signal and only cost time. */
const MAX_CHARS = 4000;

const MIN_WORDS_FOR_QUALITY = 4;

function wordCount(tokens: readonly string[]): number {
  let count = 0;
  // Emoji and emoticons are tokens too ("xemopos", "xemoneg", "xemoji"): they are not words.
  for (const token of tokens) if (/\p{L}/u.test(token) && !token.startsWith('xemo')) count++;
  return count;
}

export interface Analyzer {
  analyze(text: string, options?: { locale?: string }): Analysis;
  /** class probabilities [negative, neutral, positive] for one language's model */
  probabilities(text: string, language: string): number[];
}

export function createAnalyzer(artifact: ModelArtifact): Analyzer {
  let languageModel: DenseLinear | undefined;
  const sentimentModels = new Map<string, DenseLinear>();
  const featureOptions = new Map<string, FeatureOptions>();
  for (const [language, changes] of Object.entries(artifact.featuresByLanguage ?? {})) featureOptions.set(language, { ...artifact.features, ...changes });
  const featuresFor = (language: string): FeatureOptions => featureOptions.get(language) ?? artifact.features;

  function sentimentModel(language: string): DenseLinear {
    let model = sentimentModels.get(language);
    if (!model) {
      model = unpackLinear(artifact.sentiment[language]!);
      sentimentModels.set(language, model);
    }
    return model;
  }

  /** Class probabilities from the features of tokens [from, to). */
  function rangeProbabilities(blocks: FeatureBlocks, from: number, to: number, language: string): number[] {
    const model = sentimentModel(language);
    const weights = model.weights;
    const wordStart = from > 0 ? blocks.wordEnds[from - 1]! : 0;
    const wordEnd = to > 0 ? blocks.wordEnds[to - 1]! : 0;
    const charStart = from > 0 ? blocks.charEnds[from - 1]! : 0;
    const charEnd = to > 0 ? blocks.charEnds[to - 1]! : 0;
    let negative = 0, neutral = 0, positive = 0;
    for (let i = wordStart; i < wordEnd; i++) {
      const base = blocks.words[i]! * 3;
      negative += weights[base]!;
      neutral += weights[base + 1]!;
      positive += weights[base + 2]!;
    }
    const wordCount = wordEnd - wordStart;
    const wordScale = wordCount > 0 ? (artifact.wordWeight * model.scale) / Math.sqrt(wordCount) : 0;
    const wordZero = model.zero * wordCount;
    const logits = [(negative - wordZero) * wordScale, (neutral - wordZero) * wordScale, (positive - wordZero) * wordScale];
    negative = neutral = positive = 0;
    for (let i = charStart; i < charEnd; i++) {
      const base = blocks.chars[i]! * 3;
      negative += weights[base]!;
      neutral += weights[base + 1]!;
      positive += weights[base + 2]!;
    }
    const charCount = charEnd - charStart;
    const charScale = charCount > 0 ? model.scale / Math.sqrt(charCount) : 0;
    const charZero = model.zero * charCount;
    const short = to - from < (artifact.shortTokens ?? 0);
    const offsets = (short ? artifact.shortOffsets?.[language] : undefined) ?? artifact.offsets[language] ?? [0, 0, 0];
    logits[0]! += (negative - charZero) * charScale + model.bias[0]! + offsets[0]!;
    logits[1]! += (neutral - charZero) * charScale + model.bias[1]! + offsets[1]!;
    logits[2]! += (positive - charZero) * charScale + model.bias[2]! + offsets[2]!;
    const max = Math.max(logits[0]!, logits[1]!, logits[2]!);
    const exp = logits.map((v) => Math.exp(v - max));
    const total = exp[0]! + exp[1]! + exp[2]!;
    return exp.map((v) => v / total);
  }

  function probabilities(text: string, language: string): number[] {
    return overallProbabilities(extractFeatures(text, featuresFor(language)), language);
  }

  /** The whole text's class probabilities, leaning towards what follows the last "but" when there is one. */
  function overallProbabilities(blocks: FeatureBlocks, language: string): number[] {
    const whole = rangeProbabilities(blocks, 0, blocks.tokens.length, language);
    const weight = artifact.contrastWeight ?? 0;
    const tail = weight > 0 ? contrastTail(blocks.tokens) : -1;
    if (tail <= 0) return whole;
    const after = rangeProbabilities(blocks, tail, blocks.tokens.length, language);
    // A probability can underflow to 0 on very long texts: the floor keeps the logarithm finite.
    const mixed = whole.map((p, c) => Math.exp((1 - weight) * Math.log(Math.max(p, 1e-300)) + weight * Math.log(Math.max(after[c]!, 1e-300))));
    const total = mixed[0]! + mixed[1]! + mixed[2]!;
    return mixed.map((p) => p / total);
  }

  function labelOf(probs: number[]): SentimentLabel {
    const best = probs[0]! >= probs[1]! && probs[0]! >= probs[2]! ? 0 : probs[1]! >= probs[2]! ? 1 : 2;
    return LABELS[best]!;
  }

  /**
   * Each clause (split at punctuation and "but"-words) that names a theme gives that theme its own polarity. A polar
   * comment that names no theme at all is about the product itself ("warm even below zero", "fell apart"): quality.
   */
  function themesWithPolarity(blocks: FeatureBlocks, language: string, sentimentLanguage: string, overall: SentimentLabel): Analysis['themes'] {
    const result: Analysis['themes'] = [];
    const tokens = blocks.tokens;
    let clauseStart = 0;
    for (let i = 0; i <= tokens.length; i++) {
      if (i < tokens.length && !isClauseBreak(tokens[i]!)) continue;
      if (i > clauseStart) {
        const themes = themesInTokens(tokens.slice(clauseStart, i), language);
        if (themes.length > 0) {
          const label = labelOf(rangeProbabilities(blocks, clauseStart, i, sentimentLanguage));
          for (const theme of themes) {
            if (!result.some((entry) => entry.theme === theme)) result.push({ theme: theme as Theme, label });
          }
        }
      }
      clauseStart = i + 1;
    }
    // Short verdicts ("Good.", "love it", "never again") are about the purchase as a whole, not the product.
    if (result.length === 0 && overall !== 'neutral' && wordCount(tokens) >= MIN_WORDS_FOR_QUALITY) result.push({ theme: 'quality', label: overall });
    return result;
  }

  function analyze(text: string, options?: { locale?: string }): Analysis {
    try {
      const input = (typeof text === 'string' ? text : String(text ?? '')).slice(0, MAX_CHARS);
      languageModel ??= unpackLinear(artifact.language);
      const lang = detectLanguage(input, options?.locale, languageModel);
      // "other" texts are scored with the English model: loanwords, emoji and emoticons still carry signal.
      const sentimentLanguage = lang === 'other' ? 'en' : lang;
      if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(input)) {
        return { label: 'neutral', score: 0, confidence: 0, lang, themes: [] };
      }
      const blocks = extractFeatures(input, featuresFor(sentimentLanguage));
      const probs = overallProbabilities(blocks, sentimentLanguage);
      const score = Math.max(-1, Math.min(1, probs[2]! - probs[0]!));
      const label = labelOf(probs);
      return {
        label,
        score: Math.round(score * 1000) / 1000,
        confidence: Math.round(Math.max(...probs) * 1000) / 1000,
        lang,
        themes: themesWithPolarity(blocks, lang, sentimentLanguage, label),
      };
    } catch {
      return { label: 'neutral', score: 0, confidence: 0, lang: 'other', themes: [] };
    }
  }

  return { analyze, probabilities };
}
