// Hashed feature extraction shared by training and inference.
import { hashString } from './hash.ts';
import { normalizeText } from './normalize.ts';
import { tokenize } from './tokens.ts';
import { lexiconHits } from './lexicon.ts';

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
}

const SEED_WORD = 1, SEED_RAW = 2, SEED_BIGRAM = 3, SEED_CHAR = 4, SEED_STEM = 5, SEED_LEX = 6;

function isPunctuation(token: string): boolean {
  return token.length === 1 && '!?.,;:'.includes(token);
}

/** Strip a verbal/adjectival negation prefix: "nefunguje" → "funguje", "niedobry" → "dobry". */
function negatedStem(word: string): string | null {
  if (word.length < 6) return null;
  if (word.startsWith('nie') && !word.startsWith('niek') && !word.startsWith('niem')) return word.slice(3);
  if (word.startsWith('ne') && !word.startsWith('nej') && !word.startsWith('neb') && !word.startsWith('nez')) return word.slice(2);
  return null;
}

export interface FeatureBlocks {
  /** word, bigram, stem and lexicon buckets */
  words: number[];
  /** character n-gram buckets */
  chars: number[];
}

/** Bucket indices (duplicates allowed) for one text, in two blocks that are normalised separately. */
export function extractFeatures(text: string, options: FeatureOptions): FeatureBlocks {
  const mask = (1 << options.hashBits) - 1;
  const out: number[] = [];
  const chars: number[] = [];
  const tokens = tokenize(normalizeText(text));
  const words = tokens.folded;
  let previous = '<s>';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    out.push(hashString(word, SEED_WORD) & mask);
    if (options.rawWords && tokens.raw[i] !== word) out.push(hashString(tokens.raw[i]!, SEED_RAW) & mask);
    if (options.bigrams) out.push(hashString(previous + ' ' + word, SEED_BIGRAM) & mask);
    previous = word;
    if (isPunctuation(word)) continue;
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
    if (options.charMax > 0) {
      const padded = '^' + bare + '$';
      for (let n = options.charMin; n <= options.charMax; n++) {
        for (let start = 0; start + n <= padded.length; start++) {
          chars.push(hashString(padded.substr(start, n), SEED_CHAR + n * 16) & mask);
        }
      }
    }
  }
  if (words.length > 0) out.push(hashString(previous + ' </s>', SEED_BIGRAM) & mask);
  if (options.lexicon) {
    for (const hit of lexiconHits(words)) out.push(hashString(hit, SEED_LEX) & mask);
  }
  return { words: out, chars };
}
