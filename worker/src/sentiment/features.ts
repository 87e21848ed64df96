// Hashed feature extraction shared by training and inference.
import { FNV_OFFSET, FNV_PRIME, hashString } from './hash.ts';
import { normalizeText } from './normalize.ts';
import { tokenize } from './tokens.ts';
import { wordPolarity } from './lexicon.ts';

export interface FeatureOptions {
  /** log2 of the number of hash buckets */
  hashBits: number;
  /** add unigrams with diacritics kept (the folded view is always on) */
  rawWords: boolean;
  bigrams: boolean;
  charMin: number;
  charMax: number;
  /** word prefixes of this length as a cheap stem for inflected languages (0 = off) */
  stemLength: number;
  /** "ne-"/"nie-" prefixed words also emit the negated stem */
  prefixNegation: boolean;
  lexicon: boolean;
  /**
   * tokens after a negator that are read as negated (tokens.ts; punctuation and "but"-words end the scope first); absent
   * = 3. An experiment setting (experiments.md row 126)
   */
  negationScope?: number;
}

export interface FeatureBlocks {
  /** folded tokens (negated words carry a leading "!") */
  tokens: string[];
  /** word, bigram, stem and lexicon buckets */
  words: number[];
  /** character n-gram buckets */
  chars: number[];
  /** words.length / chars.length after each token: token i owns words[wordEnds[i-1]..wordEnds[i]) */
  wordEnds: number[];
  charEnds: number[];
}

const SEED_WORD = 1,
  SEED_RAW = 2,
  SEED_BIGRAM = 3,
  SEED_CHAR = 4,
  SEED_STEM = 5,
  SEED_LEX = 6;

export function isPunctuation(token: string): boolean {
  return token.length === 1 && '!?.,;:'.includes(token);
}

/** Strip a verbal/adjectival negation prefix: "nefunguje" → "funguje", "niedobry" → "dobry". */
function negatedStem(word: string): string | null {
  if (word.length < 6) return null;
  if (word.startsWith('nie') && !word.startsWith('niek') && !word.startsWith('niem')) return word.slice(3);
  if (word.startsWith('ne') && !word.startsWith('nej') && !word.startsWith('neb') && !word.startsWith('nez'))
    return word.slice(2);
  return null;
}

/** Character n-grams of "^word$", hashed incrementally (no substring allocation). */
function pushCharNgrams(word: string, minN: number, maxN: number, mask: number, out: number[]): void {
  const length = word.length + 2;
  for (let start = 0; start < length; start++) {
    let hash = (FNV_OFFSET ^ SEED_CHAR) >>> 0;
    for (let n = 1; n <= maxN && start + n <= length; n++) {
      const index = start + n - 1;
      const code = index === 0 ? 94 : index === length - 1 ? 36 : word.charCodeAt(index - 1);
      hash = Math.imul(hash ^ code, FNV_PRIME);
      if (n >= minN) out.push((Math.imul(hash ^ n, FNV_PRIME) >>> 0) & mask);
    }
  }
}

/** Bucket indices (duplicates allowed) for one text, in two blocks that are normalised separately. */
export function extractFeatures(text: string, options: FeatureOptions): FeatureBlocks {
  const mask = (1 << options.hashBits) - 1;
  const out: number[] = [];
  const chars: number[] = [];
  const wordEnds: number[] = [];
  const charEnds: number[] = [];
  const tokens = tokenize(normalizeText(text), options.negationScope);
  const words = tokens.folded;
  let previous = '<s>';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    out.push(hashString(word, SEED_WORD) & mask);
    if (options.rawWords && tokens.raw[i] !== word) out.push(hashString(tokens.raw[i]!, SEED_RAW) & mask);
    if (options.bigrams) out.push(hashString(`${previous} ${word}`, SEED_BIGRAM) & mask);
    if (options.bigrams && i === words.length - 1) out.push(hashString(`${word} </s>`, SEED_BIGRAM) & mask);
    previous = word;
    if (!isPunctuation(word)) {
      const negated = word.charCodeAt(0) === 33;
      const bare = negated ? word.slice(1) : word;
      if (options.stemLength > 0 && bare.length > options.stemLength) {
        out.push(hashString((negated ? '!' : '') + bare.slice(0, options.stemLength), SEED_STEM) & mask);
      }
      if (options.prefixNegation) {
        const stem = negatedStem(bare);
        if (stem !== null) {
          out.push(hashString((negated ? '' : '!') + stem, SEED_WORD) & mask);
          if (options.stemLength > 0 && stem.length > options.stemLength) {
            out.push(hashString((negated ? '' : '!') + stem.slice(0, options.stemLength), SEED_STEM) & mask);
          }
        }
      }
      if (options.lexicon) {
        const polarity = wordPolarity(bare);
        if (polarity !== 0) out.push(hashString((negated ? 'not-' : '') + (polarity > 0 ? 'pos' : 'neg'), SEED_LEX) & mask);
      }
      if (options.charMax > 0) pushCharNgrams(bare, options.charMin, options.charMax, mask, chars);
    }
    wordEnds.push(out.length);
    charEnds.push(chars.length);
  }
  return { tokens: words, words: out, chars, wordEnds, charEnds };
}
