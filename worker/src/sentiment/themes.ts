// Theme (aspect) detection: keywords per language, matched on folded tokens with prefix rules for inflection.
import type { Theme } from './index.ts';
import { THEME_WORDS } from './theme-words.ts';

interface KeywordIndex {
  exact: Map<string, Theme>;
  prefixes: Map<string, Theme>;
}

function buildIndex(languages: ('en' | 'pl' | 'cs')[]): KeywordIndex {
  const index: KeywordIndex = { exact: new Map(), prefixes: new Map() };
  for (const language of languages) {
    for (const [theme, list] of Object.entries(THEME_WORDS[language]) as [Theme, string][]) {
      for (const entry of list.split(/\s+/)) {
        if (entry.endsWith('*')) index.prefixes.set(entry.slice(0, -1), theme);
        else if (entry) index.exact.set(entry, theme);
      }
    }
  }
  return index;
}

const INDEXES: Record<string, KeywordIndex> = {
  en: buildIndex(['en']),
  pl: buildIndex(['pl']),
  cs: buildIndex(['cs']),
  other: buildIndex(['en', 'pl', 'cs']),
};

const memo = new Map<string, Theme | null>();
const MEMO_LIMIT = 50000;

function themeOfWord(word: string, language: string, index: KeywordIndex): Theme | undefined {
  const key = `${language}:${word}`;
  let theme = memo.get(key);
  if (theme === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    theme = lookUp(word, index) ?? null;
    memo.set(key, theme);
  }
  return theme ?? undefined;
}

function lookUp(word: string, index: KeywordIndex): Theme | undefined {
  const hit = index.exact.get(word);
  if (hit !== undefined) return hit;
  for (let length = Math.min(word.length, 12); length >= 3; length--) {
    const prefixHit = index.prefixes.get(word.slice(0, length));
    if (prefixHit !== undefined) return prefixHit;
  }
  return undefined;
}

/** Each theme word in a list of folded tokens (negation marks allowed), with its token index. */
export function themeMentions(tokens: readonly string[], language: string): { index: number; theme: Theme }[] {
  if (!(language in INDEXES)) language = 'other';
  const index = INDEXES[language]!;
  const mentions: { index: number; theme: Theme }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const theme = themeOfWord(token.charCodeAt(0) === 33 ? token.slice(1) : token, language, index);
    if (theme !== undefined) mentions.push({ index: i, theme });
  }
  return mentions;
}

const CLAUSE_WORDS = new Set([
  'but',
  'however',
  'although',
  'though',
  'while',
  'whereas',
  'ale',
  'lecz',
  'jednak',
  'natomiast',
  'jenze',
  'avsak',
  'vsak',
  'zato',
]);

/** Clauses end at punctuation and at contrast words ("but", "ale", "jenže"…). Tokens are folded. */
export function isClauseBreak(token: string): boolean {
  return (token.length === 1 && '.,;:!?'.includes(token)) || CLAUSE_WORDS.has(token);
}

/** Index of the first token after the last contrast word ("but", "ale", "jenže"…), or -1 when there is none. */
export function contrastTail(tokens: readonly string[]): number {
  for (let i = tokens.length - 2; i >= 0; i--) if (CLAUSE_WORDS.has(tokens[i]!)) return i + 1;
  return -1;
}
