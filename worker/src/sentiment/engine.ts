// Builds analyze() from an artifact: language ID, sentiment model, themes with their own polarity.
import { unpackLinear, type DenseLinear, type ModelArtifact } from './artifact.ts';
import { extractFeatures, type FeatureBlocks, type FeatureOptions } from './features.ts';
import type { Analysis, SentimentLabel } from './index.ts';
import { detectLanguage } from './language.ts';
import { applyOffsets } from './shop-correction.ts';
import { hedgedComplaint } from './theme-hedge.ts';
import { type ClauseOpinion, clauseOpinion, factualSentence, TokenOpinions } from './theme-opinion.ts';
import { pacePolarities } from './theme-pace.ts';
import { contrastTail, isClauseBreak, readThemes } from './themes.ts';

const LABELS: SentimentLabel[] = ['negative', 'neutral', 'positive'];
/** Longer texts add little signal and only cost time. */
const MAX_CHARS = 4000;

const MIN_WORDS_FOR_QUALITY = 4;
/**
 * A clause with no opinion word ("the parcel came by DPD") gives its themes the model's reading only when the model is
 * at least this sure of it; otherwise they are neutral.
 */
const FACTUAL_CONFIDENCE = 0.8;

function wordCount(tokens: readonly string[]): number {
  let count = 0;
  // Emoji and emoticons are tokens too ("xemopos", "xemoneg", "xemoji"): they are not words.
  for (const token of tokens) if (/\p{L}/u.test(token) && !token.startsWith('xemo')) count++;
  return count;
}

/** Clause-level mixed reading (issue #13 item 3); the artifact's `mixed` settings override these per language. */
export const DEFAULT_MIXED = { clause: 0.5, keep: 0.6 };

/** What the mixed rule needs of a text: its overall class probabilities and each clause's p(positive) − p(negative). */
export interface ClauseReading {
  probabilities: number[];
  margins: number[];
}

/**
 * A text that praises in one clause and complains in another (each clause's p(positive) − p(negative) beyond
 * ±`clause`) is *mixed*; a mixed text is neutral unless the whole text still leans one way by at least `keep`.
 */
export function mixedDecision(
  reading: ClauseReading,
  settings: { clause: number; keep: number },
): { label: SentimentLabel; mixed: boolean } {
  const praise = reading.margins.some((m) => m >= settings.clause);
  const complaint = reading.margins.some((m) => m <= -settings.clause);
  const probs = reading.probabilities;
  const best = probs[0]! >= probs[1]! && probs[0]! >= probs[2]! ? 0 : probs[1]! >= probs[2]! ? 1 : 2;
  const mixed = praise && complaint;
  if (!mixed || Math.abs(probs[2]! - probs[0]!) >= settings.keep) return { label: LABELS[best]!, mixed };
  return { label: 'neutral', mixed };
}

export interface AnalyzeOptions {
  locale?: string;
  /**
   * a per-shop correction (shop-correction.ts): class offsets by language, added to the model's log-probabilities of
   * a text in that language before the label is chosen
   */
  offsets?: Readonly<Record<string, readonly number[]>>;
}

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** class probabilities [negative, neutral, positive] for one language's model */
  probabilities(text: string, language: string): number[];
  /** overall probabilities and clause margins, for tuning the mixed rule (scripts/sentiment/train.ts) */
  clauseReading(text: string, language: string): ClauseReading;
}

export function createAnalyzer(artifact: ModelArtifact): Analyzer {
  let languageModel: DenseLinear | undefined;
  const sentimentModels = new Map<string, DenseLinear>();
  const starModels = new Map<string, { model: DenseLinear; linear: number[]; minTokens: number } | null>();
  const featureOptions = new Map<string, FeatureOptions>();
  for (const [language, changes] of Object.entries(artifact.featuresByLanguage ?? {}))
    featureOptions.set(language, { ...artifact.features, ...changes });
  const featuresFor = (language: string): FeatureOptions => featureOptions.get(language) ?? artifact.features;
  const lengthPower = artifact.lengthPower;
  /** a block's sum is divided by this: √size (L2 normalisation) unless the artifact says otherwise */
  const norm = (count: number): number => (lengthPower === undefined ? Math.sqrt(count) : count ** lengthPower);

  function sentimentModel(language: string): DenseLinear {
    let model = sentimentModels.get(language);
    if (!model) {
      model = unpackLinear(artifact.sentiment[language]!);
      sentimentModels.set(language, model);
    }
    return model;
  }

  function starModel(language: string): { model: DenseLinear; linear: number[]; minTokens: number } | null {
    let head = starModels.get(language);
    if (head === undefined) {
      const packed = artifact.stars?.[language];
      head = packed ? { model: unpackLinear(packed), linear: packed.linear, minTokens: packed.minTokens } : null;
      starModels.set(language, head);
    }
    return head;
  }

  /** The star head's prediction (−1 = 1★ … 1 = 5★) from the same buckets as the class logits. */
  function starScore(
    model: DenseLinear,
    blocks: FeatureBlocks,
    wordStart: number,
    wordEnd: number,
    charStart: number,
    charEnd: number,
  ): number {
    const weights = model.weights;
    // a head may have fewer buckets than the class table: the feature buckets fold into it
    const mask = weights.length - 1;
    let words = 0;
    for (let i = wordStart; i < wordEnd; i++) words += weights[blocks.words[i]! & mask]!;
    let chars = 0;
    for (let i = charStart; i < charEnd; i++) chars += weights[blocks.chars[i]! & mask]!;
    const wordCount = wordEnd - wordStart;
    const charCount = charEnd - charStart;
    const wordPart = wordCount > 0 ? ((words - model.zero * wordCount) * artifact.wordWeight) / norm(wordCount) : 0;
    const charPart = charCount > 0 ? (chars - model.zero * charCount) / norm(charCount) : 0;
    return (wordPart + charPart) * model.scale + model.bias[0]!;
  }

  /** Class probabilities from the features of tokens [from, to). */
  function rangeProbabilities(blocks: FeatureBlocks, from: number, to: number, language: string): number[] {
    const model = sentimentModel(language);
    const weights = model.weights;
    const wordStart = from > 0 ? blocks.wordEnds[from - 1]! : 0;
    const wordEnd = to > 0 ? blocks.wordEnds[to - 1]! : 0;
    const charStart = from > 0 ? blocks.charEnds[from - 1]! : 0;
    const charEnd = to > 0 ? blocks.charEnds[to - 1]! : 0;
    let negative = 0,
      neutral = 0,
      positive = 0;
    for (let i = wordStart; i < wordEnd; i++) {
      const base = blocks.words[i]! * 3;
      negative += weights[base]!;
      neutral += weights[base + 1]!;
      positive += weights[base + 2]!;
    }
    const wordCount = wordEnd - wordStart;
    const wordScale = wordCount > 0 ? (artifact.wordWeight * model.scale) / norm(wordCount) : 0;
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
    const charScale = charCount > 0 ? model.scale / norm(charCount) : 0;
    const charZero = model.zero * charCount;
    const short = to - from < (artifact.shortTokens ?? 0);
    const offsets = (short ? artifact.shortOffsets?.[language] : undefined) ?? artifact.offsets[language] ?? [0, 0, 0];
    logits[0]! += (negative - charZero) * charScale + model.bias[0]! + offsets[0]!;
    logits[1]! += (neutral - charZero) * charScale + model.bias[1]! + offsets[1]!;
    logits[2]! += (positive - charZero) * charScale + model.bias[2]! + offsets[2]!;
    const stars = starModel(language);
    if (stars && to - from >= stars.minTokens) {
      const s = starScore(stars.model, blocks, wordStart, wordEnd, charStart, charEnd);
      logits[0]! += stars.linear[0]! * s;
      logits[1]! += stars.linear[1]! * s;
      logits[2]! += stars.linear[2]! * s;
    }
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
    const mixed = whole.map((p, c) =>
      Math.exp((1 - weight) * Math.log(Math.max(p, 1e-300)) + weight * Math.log(Math.max(after[c]!, 1e-300))),
    );
    const total = mixed[0]! + mixed[1]! + mixed[2]!;
    return mixed.map((p) => p / total);
  }

  function labelOf(probs: number[]): SentimentLabel {
    const best = probs[0]! >= probs[1]! && probs[0]! >= probs[2]! ? 0 : probs[1]! >= probs[2]! ? 1 : 2;
    return LABELS[best]!;
  }

  interface Clause {
    from: number;
    to: number;
    words: number;
    probabilities: number[];
  }

  /** Only clauses of two words or more count as praise or a complaint on their own. */
  const marginsOf = (clauses: Clause[]): number[] =>
    clauses.filter((c) => c.words >= 2).map((c) => c.probabilities[2]! - c.probabilities[0]!);

  /** Clauses (split at punctuation and "but"-words), each with its own class probabilities. */
  function clausesOf(blocks: FeatureBlocks, language: string): Clause[] {
    const clauses: Clause[] = [];
    const tokens = blocks.tokens;
    let clauseStart = 0;
    for (let i = 0; i <= tokens.length; i++) {
      if (i < tokens.length && !isClauseBreak(tokens[i]!)) continue;
      if (i > clauseStart) {
        clauses.push({
          from: clauseStart,
          to: i,
          words: wordCount(tokens.slice(clauseStart, i)),
          probabilities: rangeProbabilities(blocks, clauseStart, i, language),
        });
      }
      clauseStart = i + 1;
    }
    return clauses;
  }

  function mixedSettings(language: string): { clause: number; keep: number } {
    return artifact.mixed?.[language] ?? DEFAULT_MIXED;
  }

  function clauseReading(text: string, language: string): ClauseReading {
    const blocks = extractFeatures(text.slice(0, MAX_CHARS), featuresFor(language));
    return { probabilities: overallProbabilities(blocks, language), margins: marginsOf(clausesOf(blocks, language)) };
  }

  /**
   * Each clause that names a theme gives that theme its own polarity. A polar comment that names no theme at all is
   * about the product itself ("warm even below zero", "fell apart"): quality.
   */
  function themesWithPolarity(
    blocks: FeatureBlocks,
    clauses: Clause[],
    language: string,
    overall: SentimentLabel,
  ): Analysis['themes'] {
    const result: Analysis['themes'] = [];
    const tokens = blocks.tokens;
    // theme words are read in the whole text: a quality attribute or damage word takes its context (themes.ts)
    const read = readThemes(tokens, language);
    if (read.mentions.length === 0) return fallbackTheme(tokens, overall);
    const inClause = (m: { index: number }, clause: Clause) => m.index >= clause.from && m.index < clause.to;
    const themeAt = (index: number) => read.mentions.find((m) => m.index === index)?.theme;
    // each token's opinion word polarity, read once and only when a rule below needs it (theme-opinion.ts)
    let opinions: TokenOpinions | undefined;
    const opinionsOf = () => (opinions ??= new TokenOpinions(tokens, language));
    for (const clause of clauses) {
      if (!read.mentions.some((m) => inClause(m, clause))) continue;
      const mentions = read.mentions
        .filter((m) => inClause(m, clause))
        .map((m) => ({ index: m.index - clause.from, theme: m.theme }));
      const clauseTokens = tokens.slice(clause.from, clause.to);
      const label = labelOf(clause.probabilities);
      const question = tokens[clause.to] === '?';
      // Pace words decide a process theme's polarity: "checkout was a bit slow" complains whatever the hedge does to
      // the model's reading of the clause (theme-pace.ts).
      const pace = pacePolarities(clauseTokens, mentions, language, question);
      // Damage reported ("one wrap was torn", "klosz pęknięty") is a complaint about the theme it is read as, damage
      // denied ("nothing was broken", "bez uszkodzeń") praise.
      const damaged = question ? [] : read.complaints.filter((m) => inClause(m, clause)).map((m) => m.theme);
      const relieved =
        question || read.reliefs.length === 0 ? [] : read.reliefs.filter((m) => inClause(m, clause)).map((m) => m.theme);
      // the clause's opinion words, read only when a rule below needs them
      let opinion: ClauseOpinion | undefined;
      const opinionOf = () => (opinion ??= clauseOpinion(opinionsOf(), clause.from, clause.to));
      // A clause with no opinion word and no cue below, in a sentence of fact, is a fact ("the parcel came by DPD"):
      // neutral, unless the model is sure of its reading (theme-opinion.ts).
      const factual =
        pace.size === 0 &&
        damaged.length === 0 &&
        relieved.length === 0 &&
        Math.max(clause.probabilities[0]!, clause.probabilities[1]!, clause.probabilities[2]!) < FACTUAL_CONFIDENCE &&
        !opinionOf().polar &&
        factualSentence(tokens, opinionsOf(), clause.from, clause.to);
      const partLabels = mentions.length > 1 ? opposedParts(opinionOf().parts, mentions, clause.from) : undefined;
      for (const { index, theme } of mentions) {
        if (result.some((entry) => entry.theme === theme)) continue;
        const sum = pace.get(theme) ?? 0;
        const part = partLabels?.[opinionOf().parts.findIndex(([, to]) => index + clause.from < to)];
        let themeLabel: SentimentLabel =
          sum > 0
            ? 'positive'
            : sum < 0 || damaged.includes(theme)
              ? 'negative'
              : relieved.includes(theme) || (relieved.length > 0 && label === 'negative' && !opinionOf().complaint)
                ? 'positive'
                : part !== undefined && part !== 'neutral'
                  ? part
                  : factual
                    ? 'neutral'
                    : label;
        // A hedged fault ("a bit thin", "trochu drahé") complains whatever the hedge does to the model (theme-hedge.ts).
        if (themeLabel !== 'negative' && sum === 0 && hedgedComplaint(tokens, clause.from, clause.to, theme, themeAt))
          themeLabel = 'negative';
        result.push({ theme, label: themeLabel });
      }
    }
    return result.length === 0 ? fallbackTheme(tokens, overall) : result;
  }

  /**
   * The polarity of each "and" part of a clause when its themes are named in different parts and one part has praise
   * words while another has complaint words ("fast delivery and the quality is poor", "szybka dostawa i słaba
   * jakość"); otherwise undefined.
   */
  function opposedParts(
    parts: [number, number, number][],
    mentions: { index: number }[],
    offset: number,
  ): SentimentLabel[] | undefined {
    if (parts.length < 2) return undefined;
    const named = new Set(mentions.map((m) => parts.findIndex(([, to]) => m.index + offset < to)));
    if (named.size < 2) return undefined;
    const labels = parts.map(([, , sum]): SentimentLabel => (sum > 0 ? 'positive' : sum < 0 ? 'negative' : 'neutral'));
    return labels.includes('positive') && labels.includes('negative') ? labels : undefined;
  }

  /** A polar comment that names no theme is about the product; short verdicts ("Good.", "love it") are about the purchase. */
  function fallbackTheme(tokens: readonly string[], overall: SentimentLabel): Analysis['themes'] {
    return overall !== 'neutral' && wordCount(tokens) >= MIN_WORDS_FOR_QUALITY ? [{ theme: 'quality', label: overall }] : [];
  }

  function analyze(text: string, options?: AnalyzeOptions): Analysis {
    try {
      const input = (typeof text === 'string' ? text : String(text ?? '')).slice(0, MAX_CHARS);
      languageModel ??= unpackLinear(artifact.language);
      const lang = detectLanguage(input, options?.locale, languageModel);
      // "other" texts are scored with the English model: loanwords, emoji and emoticons still carry signal.
      const sentimentLanguage = lang === 'other' ? 'en' : lang;
      if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(input)) {
        return { label: 'neutral', score: 0, confidence: 0, lang, themes: [], mixed: false };
      }
      const blocks = extractFeatures(input, featuresFor(sentimentLanguage));
      const shopOffsets = options?.offsets?.[sentimentLanguage];
      const probs = shopOffsets
        ? applyOffsets(overallProbabilities(blocks, sentimentLanguage), shopOffsets)
        : overallProbabilities(blocks, sentimentLanguage);
      const score = Math.max(-1, Math.min(1, probs[2]! - probs[0]!));
      const clauses = clausesOf(blocks, sentimentLanguage);
      const { label, mixed } = mixedDecision(
        { probabilities: probs, margins: marginsOf(clauses) },
        mixedSettings(sentimentLanguage),
      );
      return {
        label,
        score: Math.round(score * 1000) / 1000,
        confidence: Math.round(Math.max(...probs) * 1000) / 1000,
        lang,
        themes: themesWithPolarity(blocks, clauses, lang, label),
        mixed,
      };
    } catch {
      return { label: 'neutral', score: 0, confidence: 0, lang: 'other', themes: [], mixed: false };
    }
  }

  return { analyze, probabilities, clauseReading };
}
