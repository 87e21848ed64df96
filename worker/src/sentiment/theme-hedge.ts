// The hedge rule of theme polarity: "a bit thin", "trochu drahé", "trochę za drogo" complain, though the hedge can pull
// the model's reading of a short clause to neutral or even positive. A hedge conceded in the same sentence ("colour
// slightly different but fine", "trochu jiná, ale jde to") is left to the model.
import type { Theme } from './index.ts';
import { CLAUSE_WORDS_SET, isClauseBreak } from './themes.ts';

/** Hedges said of a fault (folded): "a bit", "slightly", "trochu", "trochę", "nieco". */
const HEDGES = new Set([
  'slightly',
  'somewhat',
  'troche',
  'troszke',
  'troszeczke',
  'nieco',
  'odrobine',
  'ciut',
  'trochu',
  'trosku',
  'malinko',
  'malicko',
  'ponekud',
  'mirne',
]);
/** two-word hedges: "a bit", "a little" */
const HEDGE_PAIRS = new Set(['a|bit', 'a|little']);
/** A hedge before praise is no complaint: "slightly cheaper", "a bit better", "trochu lepší", "nieco taniej". */
const PRAISE_AFTER_HEDGE = /^(better|cheaper|nicer|lepsz|lepiej|tansz|taniej|ladniej|lepsi|lepe|levnejs|levnej|hezc)/;
const SENTENCE_ENDS = new Set(['.', '!', '?']);

/**
 * Whether the clause [from, to) of a text's folded tokens hedges a fault about `theme` that nothing later in its
 * sentence concedes. `themeAt`: the theme named at a token index, if any.
 */
export function hedgedComplaint(
  tokens: readonly string[],
  from: number,
  to: number,
  theme: Theme,
  themeAt: (index: number) => Theme | undefined,
): boolean {
  if (tokens[to] === '?') return false;
  let hedged = false;
  for (let i = from; i < to && !hedged; i++) {
    const word = tokens[i]!;
    const pair = (word === 'bit' || word === 'little') && i > from && HEDGE_PAIRS.has(`${tokens[i - 1]}|${word}`);
    if (!HEDGES.has(word) && !pair) continue;
    // "a bit of a bargain", "slightly cheaper", "trochu lepší": no fault
    const next = tokens[i + 1] ?? '';
    hedged = !(pair && next === 'of') && !tokens.slice(i + 1, Math.min(to, i + 4)).some((t) => PRAISE_AFTER_HEDGE.test(t));
  }
  if (!hedged) return false;
  // a concession: a later clause of the same sentence after "but"/"ale" that names no other theme ("but fine", "ale
  // może być", "but worth it")
  for (let i = to; i < tokens.length && !SENTENCE_ENDS.has(tokens[i]!); i++) {
    if (!CLAUSE_WORDS_SET.has(tokens[i]!)) continue;
    let end = i + 1;
    while (end < tokens.length && !isClauseBreak(tokens[end]!)) end++;
    let other = false;
    for (let j = i + 1; j < end; j++) {
      const named = themeAt(j);
      if (named !== undefined && named !== theme) other = true;
    }
    if (!other) return false;
  }
  return true;
}
