// The pace rule of theme polarity: for a process (delivery, service, returns, website) how fast it went is the
// verdict. "checkout was a bit slow", "pomalá doprava", "czekałem tydzień" complain; "rychlá doprava" praises. The
// sentiment model reads a short clause as a whole and a hedge ("a bit", "trochu", "dość") can pull it to neutral or
// even positive; the words about pace decide the theme's polarity instead, with negation ("not fast", "nečekal jsem
// dlouho"), wishes ("could be quicker") and questions ("how long does a refund take?") taken into account.
import type { Theme } from './index.ts';
import { LONG_WORDS, MINIMIZERS, NOT_PACE_WORDS, PACE_WORDS, THAN_WORDS, WAIT_WORDS } from './theme-pace-words.ts';

/** Themes whose verdict is their pace. (A product that "broke quickly" or "dries fast" is left to the model.) */
export const PACE_THEMES: ReadonlySet<Theme> = new Set<Theme>(['delivery', 'service', 'returns', 'website']);

// Each word's kinds as bits, looked up once per word (a memo, as lexicon.ts and themes.ts keep).
const SLOW = 1,
  FAST = 2,
  COMPARATIVE = 4,
  WISH = 8,
  NOT_PACE = 16,
  WAIT = 32,
  LONG = 64,
  MINIMIZER = 128,
  THAN = 256;

const exact = new Map<string, number>();
const prefixes = new Map<string, number>();
for (const [kind, list] of [
  [SLOW, PACE_WORDS.slow],
  [FAST, PACE_WORDS.fast],
  [COMPARATIVE, PACE_WORDS.comparative],
  [WISH, PACE_WORDS.wish],
  [NOT_PACE, NOT_PACE_WORDS],
  [WAIT, WAIT_WORDS],
  [LONG, LONG_WORDS],
  [MINIMIZER, MINIMIZERS],
  [THAN, THAN_WORDS],
] as const) {
  for (const entry of list.split(/\s+/)) {
    if (!entry) continue;
    const map = entry.endsWith('*') ? prefixes : exact;
    const word = entry.endsWith('*') ? entry.slice(0, -1) : entry;
    map.set(word, (map.get(word) ?? 0) | kind);
  }
}
const ON_TIME = new Set(PACE_WORDS.onTime.split(/\s+/));

const memo = new Map<string, number>();
const MEMO_LIMIT = 50000;

function kindsOf(word: string): number {
  let kinds = memo.get(word);
  if (kinds === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    kinds = exact.get(word) ?? 0;
    for (let length = Math.min(word.length, 12); length >= 2; length--) kinds |= prefixes.get(word.slice(0, length)) ?? 0;
    memo.set(word, kinds);
  }
  return kinds;
}

interface Word {
  word: string;
  kinds: number;
  negated: boolean;
}

/** A folded token without its negation mark, its kinds, and whether it is negated ("!fast", Czech "nečekal"). */
function reading(token: string, language: string): Word {
  const negated = token.charCodeAt(0) === 33;
  const word = negated ? token.slice(1) : token;
  const kinds = kindsOf(word);
  // Czech negates a verb with a prefix: "nečekal" is "did not wait".
  if (kinds === 0 && language === 'cs' && word.length > 4 && word.startsWith('ne')) {
    const verb = kindsOf(word.slice(2));
    if (verb & WAIT) return { word: word.slice(2), kinds: verb, negated: !negated };
  }
  return { word, kinds, negated };
}

/** A pace word's polarity in a clause: −1 slow or waited long, +1 fast, 0 neither (with its index). */
export interface PaceCue {
  index: number;
  polarity: number;
}

/**
 * The pace words of one clause (folded tokens; negation marks allowed). `question`: the clause ends with "?", and a
 * question about pace ("jak dlouho trvá vrácení peněz?") is no verdict.
 */
export function paceCues(tokens: readonly string[], language: string, question = false): PaceCue[] {
  if (question) return [];
  const words = tokens.map((token) => reading(token, language));
  const wish = words.some((w) => w.kinds & WISH);
  const near = (i: number, kind: number, span: number) => words.slice(Math.max(0, i - span), i).some((w) => w.kinds & kind);
  // waits that can make a long span a complaint: not "than I expected" (Czech "než jsem čekal"), not "only waited"
  const waits: number[] = [];
  for (let i = 0; i < words.length; i++) if (words[i]!.kinds & WAIT && !near(i, THAN, 2) && !near(i, MINIMIZER, 1)) waits.push(i);
  const cues: PaceCue[] = [];
  for (let i = 0; i < words.length; i++) {
    const { word, kinds, negated } = words[i]!;
    if (i > 0 && ON_TIME.has(`${words[i - 1]!.word}|${word}`)) cues.push({ index: i, polarity: negated ? -1 : 1 });
    if (kinds === 0 || kinds & (NOT_PACE | WAIT)) continue;
    if (kinds & SLOW) cues.push({ index: i, polarity: negated ? 1 : -1 });
    else if (kinds & FAST) {
      const polarity = wish && kinds & COMPARATIVE ? -1 : 1;
      cues.push({ index: i, polarity: negated ? -polarity : polarity });
    } else if (kinds & LONG && waits.length > 0 && !near(i, MINIMIZER, 2)) {
      // "only a week", "jen týden": a span called short is no complaint (the minimizer check above)
      const wait = waits.reduce((a, b) => (Math.abs(b - i) < Math.abs(a - i) ? b : a));
      // "didn't take long", "nie czekałem długo": a wait denied is praise
      cues.push({ index: i, polarity: negated || words[wait]!.negated ? 1 : -1 });
    }
  }
  return cues;
}

/**
 * The polarity the pace words give each pace theme named in a clause: each pace word counts for the nearest pace-theme
 * mention ("the site is slow and delivery fast" has two). `mentions`: the clause's theme words by token index;
 * `question`: the clause ends with "?".
 */
export function pacePolarities(
  tokens: readonly string[],
  mentions: readonly { index: number; theme: Theme }[],
  language: string,
  question = false,
): Map<Theme, number> {
  const sums = new Map<Theme, number>();
  const paced = mentions.filter((m) => PACE_THEMES.has(m.theme));
  if (paced.length === 0) return sums;
  for (const cue of paceCues(tokens, language, question)) {
    let nearest = paced[0]!;
    for (const mention of paced) if (Math.abs(mention.index - cue.index) < Math.abs(nearest.index - cue.index)) nearest = mention;
    sums.set(nearest.theme, (sums.get(nearest.theme) ?? 0) + cue.polarity);
  }
  return sums;
}
