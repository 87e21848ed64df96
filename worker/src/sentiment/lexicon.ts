// Shop-domain lexicon: polarity hits per word, with negation (words marked "!" by the tokenizer) flipping them.
import { NEGATIVE_WORDS, POSITIVE_WORDS } from './lexicon-words.ts';

const exact = new Map<string, number>();
const prefixes = new Map<string, number>();
const MIN_PREFIX = 3;
const MAX_PREFIX = 12;

function addWords(list: string, polarity: number): void {
  for (const entry of list.split(/\s+/)) {
    if (!entry) continue;
    if (entry.endsWith('*')) prefixes.set(entry.slice(0, -1), polarity);
    else exact.set(entry, polarity);
  }
}
addWords(POSITIVE_WORDS, 1);
addWords(NEGATIVE_WORDS, -1);

// Memo of recent look-ups: the prefix scan allocates up to ten substrings per word.
const memo = new Map<string, number>();
const MEMO_LIMIT = 50000;

/** +1, −1 or 0 for one folded word (without the negation mark). */
export function wordPolarity(word: string): number {
  let polarity = memo.get(word);
  if (polarity === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    polarity = lookUp(word);
    memo.set(word, polarity);
  }
  return polarity;
}

function lookUp(word: string): number {
  const hit = exact.get(word);
  if (hit !== undefined) return hit;
  for (let length = Math.min(word.length, MAX_PREFIX); length >= MIN_PREFIX; length--) {
    const prefixHit = prefixes.get(word.slice(0, length));
    if (prefixHit !== undefined) return prefixHit;
  }
  return 0;
}
