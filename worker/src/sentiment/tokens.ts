// Tokenisation with negation scope for English, Polish and Czech.
import { foldDiacritics } from './normalize.ts';

const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}'’]*|[!?.,;:]/gu;

const NEGATORS = new Set([
  // en (folded, apostrophes kept or dropped)
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'without',
  'hardly',
  'cannot',
  'aint',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'cant',
  'couldnt',
  'wont',
  'wouldnt',
  'shouldnt',
  'havent',
  'hasnt',
  'hadnt',
  'nope',
  'zero',
  // pl
  'nie',
  'ani',
  'bez',
  'nigdy',
  'zaden',
  'zadna',
  'zadne',
  'zadnych',
  'zadnego',
  'brak',
  'nic',
  'niczego',
  // cs
  'ne',
  'nikdy',
  'zadny',
  'zadna',
  'zadne',
  'zadnou',
  'neni',
  'nejsou',
  'nebyl',
  'nebyla',
  'nebylo',
  'nemam',
  'nema',
  'nemame',
  'zadnej',
  'nula',
  'nulova',
]);

const SCOPE_BREAKERS = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  'but',
  'however',
  'although',
  'ale',
  'jednak',
  'lecz',
  'ale',
  'vsak',
  'avsak',
  'ackoliv',
  'chociaz',
]);

const NEGATION_SCOPE = 3;

export interface Tokens {
  /** lower-cased tokens with diacritics */
  raw: string[];
  /** diacritic-folded tokens; negated words carry a leading "!" */
  folded: string[];
}

function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't") || word.endsWith('n’t');
}

export function tokenize(normalized: string, negationScope: number = NEGATION_SCOPE): Tokens {
  const raw = normalized.match(TOKEN) ?? [];
  const folded: string[] = new Array(raw.length);
  let scope = 0;
  for (let i = 0; i < raw.length; i++) {
    const word = foldDiacritics(raw[i]!).replace(/['’]/g, '');
    if (SCOPE_BREAKERS.has(word)) scope = 0;
    folded[i] = scope > 0 ? `!${word}` : word;
    if (scope > 0) scope--;
    if (isNegator(word) || isNegator(raw[i]!)) scope = negationScope;
  }
  return { raw, folded };
}
