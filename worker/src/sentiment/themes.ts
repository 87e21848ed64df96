// Theme (aspect) detection: keywords per language, matched on folded tokens with prefix rules for inflection.
import type { Theme } from './index.ts';
import { LONG_WORDS, THAN_WORDS } from './theme-pace-words.ts';
import { DAMAGE_WORDS, QUALITY_ATTRIBUTES, THEME_WORDS } from './theme-words.ts';

/** A theme word names its theme (0), or is a quality attribute (1) or damage (2) read in its context. */
const ANCHOR = 0,
  ATTRIBUTE = 1,
  DAMAGE = 2;

interface Keyword {
  theme: Theme;
  kind: number;
}

interface KeywordIndex {
  exact: Map<string, Keyword>;
  prefixes: Map<string, Keyword>;
}

function buildIndex(languages: ('en' | 'pl' | 'cs')[]): KeywordIndex {
  const index: KeywordIndex = { exact: new Map(), prefixes: new Map() };
  const add = (list: string, keyword: Keyword) => {
    for (const entry of list.split(/\s+/)) {
      if (entry.endsWith('*')) index.prefixes.set(entry.slice(0, -1), keyword);
      else if (entry) index.exact.set(entry, keyword);
    }
  };
  for (const language of languages) {
    for (const [theme, list] of Object.entries(THEME_WORDS[language]) as [Theme, string][]) add(list, { theme, kind: ANCHOR });
    add(QUALITY_ATTRIBUTES[language], { theme: 'quality', kind: ATTRIBUTE });
    add(DAMAGE_WORDS[language], { theme: 'quality', kind: DAMAGE });
  }
  return index;
}

const INDEXES: Record<string, KeywordIndex> = {
  en: buildIndex(['en']),
  pl: buildIndex(['pl']),
  cs: buildIndex(['cs']),
  other: buildIndex(['en', 'pl', 'cs']),
};

const memo = new Map<string, Keyword | null>();
const MEMO_LIMIT = 50000;

function keywordOf(word: string, language: string, index: KeywordIndex): Keyword | undefined {
  const key = `${language}:${word}`;
  let keyword = memo.get(key);
  if (keyword === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    keyword = lookUp(word, index) ?? null;
    memo.set(key, keyword);
  }
  return keyword ?? undefined;
}

function lookUp(word: string, index: KeywordIndex): Keyword | undefined {
  const hit = index.exact.get(word);
  if (hit !== undefined) return hit;
  for (let length = Math.min(word.length, 12); length >= 3; length--) {
    const prefixHit = index.prefixes.get(word.slice(0, length));
    if (prefixHit !== undefined) return prefixHit;
  }
  return undefined;
}

/** "and" splits a clause into parts that each say one thing: "arrived late and one wrap was torn". */
const AND_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(['and', '&']),
  pl: new Set(['i', 'oraz', 'a']),
  cs: new Set(['a', 'i']),
  other: new Set(['and', '&']),
};

/** Polish "trwała", "trwały" are "durable" or "lasted": next to a span ("trwała tydzień") they are the verb. */
const LASTED_LOOKALIKES = new Set(['trwala', 'trwaly']);
const SPANS = new Set(LONG_WORDS.split(/\s+/).filter((w) => w && !w.endsWith('*')));
const SPAN_PREFIXES = LONG_WORDS.split(/\s+/)
  .filter((w) => w.endsWith('*'))
  .map((w) => w.slice(0, -1));
const isSpan = (word: string) => SPANS.has(word) || /^\d/.test(word) || SPAN_PREFIXES.some((p) => word.startsWith(p));

const THAN = new Set(THAN_WORDS.split(/\s+/).filter(Boolean));
const EXPECTED = /^(cekal|czekal)/;

const bare = (token: string) => (token.charCodeAt(0) === 33 ? token.slice(1) : token);

/** A theme named at a token index. */
export interface ThemeMention {
  index: number;
  theme: Theme;
}

/**
 * The theme words of a text (folded tokens, negation marks allowed), and the damage it reports ("torn", "rozbité",
 * "uszkodzone", not negated) as a complaint about the theme the damage is read as: packaging or quality.
 *
 * A quality attribute ("works", "size", "działa", "pohodlná", "zboží") counts only when no other theme word in its part
 * of the clause (clauses split further at "and") is what it describes: "tracking number works" is delivery, "vrácení
 * zboží" returns. Damage said of packaging, after a packaging word in the same sentence, or of the delivery ("arrived
 * broken", "przyszło uszkodzone") is damage in transit: packaging, not the product's quality.
 */
export function readThemes(
  tokens: readonly string[],
  language: string,
): { mentions: ThemeMention[]; complaints: ThemeMention[] } {
  if (!(language in INDEXES)) language = 'other';
  const index = INDEXES[language]!;
  const found: { index: number; theme: Theme; kind: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = bare(tokens[i]!);
    const keyword = keywordOf(word, language, index);
    if (keyword === undefined) continue;
    // "lepší, než jsem čekal": "than I waited" is "than I expected", no delivery
    if (EXPECTED.test(word) && (THAN.has(tokens[i - 1]!) || THAN.has(tokens[i - 2]!))) continue;
    // "arrived safe and sound": no sound quality
    if (word === 'sound' && tokens[i - 1] === 'and' && tokens[i - 2] === 'safe') continue;
    found.push({ index: i, theme: keyword.theme, kind: keyword.kind });
  }
  const complaints: ThemeMention[] = [];
  if (found.every((m) => m.kind === ANCHOR)) return { mentions: found.map(({ index, theme }) => ({ index, theme })), complaints };
  const and = AND_WORDS[language]!;
  const mentions: ThemeMention[] = [];
  for (const mention of found) {
    if (mention.kind === ANCHOR) {
      mentions.push({ index: mention.index, theme: mention.theme });
      continue;
    }
    let from = mention.index;
    while (from > 0 && !isClauseBreak(tokens[from - 1]!) && !and.has(tokens[from - 1]!)) from--;
    let to = mention.index + 1;
    while (to < tokens.length && !isClauseBreak(tokens[to]!) && !and.has(tokens[to]!)) to++;
    const anchors = found.filter((m) => m.kind === ANCHOR && m.index >= from && m.index < to).map((m) => m.theme);
    // the theme this word is read as (undefined: it only describes another theme's word) and, for damage, the theme
    // it complains about
    let theme: Theme | undefined = mention.theme;
    let damaged: Theme | undefined = mention.kind === DAMAGE ? 'quality' : undefined;
    if (anchors.includes('quality')) theme = 'quality';
    else if (anchors.length > 0) {
      theme = mention.kind === DAMAGE && anchors.includes('delivery') ? 'packaging' : undefined;
      if (damaged) damaged = anchors.includes('packaging') || anchors.includes('delivery') ? 'packaging' : undefined;
    } else if (mention.kind === DAMAGE) {
      let sentence = mention.index;
      while (sentence > 0 && !SENTENCE_ENDS.has(tokens[sentence - 1]!) && !CLAUSE_WORDS_SET.has(tokens[sentence - 1]!))
        sentence--;
      if (found.some((m) => m.theme === 'packaging' && m.index >= sentence && m.index < mention.index)) {
        theme = undefined;
        damaged = 'packaging';
      }
    } else if (LASTED_LOOKALIKES.has(bare(tokens[mention.index]!)) && tokens.slice(from, to).some((t) => isSpan(bare(t))))
      theme = undefined;
    if (theme !== undefined) mentions.push({ index: mention.index, theme });
    if (damaged !== undefined && tokens[mention.index]!.charCodeAt(0) !== 33)
      complaints.push({ index: mention.index, theme: damaged });
  }
  return { mentions, complaints };
}

/** Each theme word of a text, with its token index (see readThemes). */
export function themeMentions(tokens: readonly string[], language: string): ThemeMention[] {
  return readThemes(tokens, language).mentions;
}

const SENTENCE_ENDS = new Set(['.', '!', '?']);

export const CLAUSE_WORDS_SET: ReadonlySet<string> = new Set([
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
  return (token.length === 1 && '.,;:!?'.includes(token)) || CLAUSE_WORDS_SET.has(token);
}

/** Index of the first token after the last contrast word ("but", "ale", "jenže"…), or -1 when there is none. */
export function contrastTail(tokens: readonly string[]): number {
  for (let i = tokens.length - 2; i >= 0; i--) if (CLAUSE_WORDS_SET.has(tokens[i]!)) return i + 1;
  return -1;
}
