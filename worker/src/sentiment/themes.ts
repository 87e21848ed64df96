// Theme (aspect) detection: keywords per language, matched on folded tokens with prefix rules for inflection.
import type { Theme } from './index.ts';
import { LONG_WORDS, THAN_WORDS } from './theme-pace-words.ts';
import { DAMAGE_WORDS, INTACT_WORDS, NO_DAMAGE_BLOCKERS, QUALITY_ATTRIBUTES, THEME_WORDS } from './theme-words.ts';

/**
 * A theme word names its theme (0), or is a quality attribute (1), damage (2) or the absence of damage (3:
 * "undamaged", "nepoškozený") read in its context.
 */
const ANCHOR = 0,
  ATTRIBUTE = 1,
  DAMAGE = 2,
  INTACT = 3;

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
    add(INTACT_WORDS[language], { theme: 'quality', kind: INTACT });
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

/**
 * "and" splits a clause into parts that each say one thing: "arrived late and one wrap was torn". With the negation
 * mark too ("!a"): an "and" inside a negation scope is still "and" ("obal nebyl poškozený a zboží je v pořádku").
 */
const andWords = (...words: string[]): ReadonlySet<string> => new Set(words.flatMap((word) => [word, `!${word}`]));
const AND_WORDS: Record<string, ReadonlySet<string>> = {
  en: andWords('and', '&'),
  pl: andWords('i', 'oraz', 'a'),
  cs: andWords('a', 'i'),
  other: andWords('and', '&'),
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

/** Whether a folded token (negation mark allowed) is an "and" word of the language: the border of a clause's parts. */
export function isAndWord(token: string, language: string): boolean {
  return (AND_WORDS[language] ?? AND_WORDS.other!).has(token);
}

/**
 * Whether the token at `index` is negated for theme reading: marked "!" by the tokenizer, with no "and" between it and
 * its negator. A negation does not reach past "and": in "not late and broken" the damage is not denied.
 */
export function isNegated(tokens: readonly string[], index: number, language: string): boolean {
  for (let i = index; i >= 0 && tokens[i]!.charCodeAt(0) === 33; i--)
    if (i < index && isAndWord(tokens[i]!, language)) return false;
  return tokens[index]!.charCodeAt(0) === 33;
}

const BLOCKERS = NO_DAMAGE_BLOCKERS.split(/\s+/).filter(Boolean);

/**
 * Whether the negated damage word at `index` is damage denied ("nothing was broken", "no damage", "bez uszkodzeń",
 * "nic nebylo rozbité"), not a negated "believe" or "buy" whose scope reaches it ("can't believe it broke").
 */
function damageDenied(tokens: readonly string[], index: number): boolean {
  for (let i = index - 1; i >= 0 && tokens[i]!.charCodeAt(0) === 33; i--) {
    const word = tokens[i]!.slice(1);
    if (BLOCKERS.some((b) => (b.endsWith('*') ? word.startsWith(b.slice(0, -1)) : word === b))) return false;
  }
  return true;
}

/** A theme named at a token index. */
export interface ThemeMention {
  index: number;
  theme: Theme;
}

/**
 * The theme words of a text (folded tokens, negation marks allowed), the damage it reports ("torn", "rozbité",
 * "uszkodzone", not negated) as a complaint about the theme the damage is read as (packaging or quality), and the
 * damage it denies ("nothing was broken", "bez uszkodzeń", "nic nebylo rozbité", "undamaged") as praise of that theme.
 *
 * A quality attribute ("works", "size", "działa", "pohodlná", "zboží") counts only when no other theme word in its part
 * of the clause (clauses split further at "and") is what it describes: "tracking number works" is delivery, "vrácení
 * zboží" returns. Damage said of packaging, after a packaging word in the same sentence, or of the delivery ("arrived
 * broken", "przyszło uszkodzone") is damage in transit: packaging, not the product's quality.
 */
export function readThemes(
  tokens: readonly string[],
  language: string,
): { mentions: ThemeMention[]; complaints: ThemeMention[]; reliefs: ThemeMention[] } {
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
  const reliefs: ThemeMention[] = [];
  if (found.every((m) => m.kind === ANCHOR))
    return { mentions: found.map(({ index, theme }) => ({ index, theme })), complaints, reliefs };
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
    // damage alone in its part shares the subject of the part before: "arrived late and damaged", "pozdě a rozbitý"
    if (mention.kind >= DAMAGE && to - from === 1 && from > 1 && and.has(tokens[from - 1]!)) {
      from--;
      while (from > 0 && !isClauseBreak(tokens[from - 1]!) && !and.has(tokens[from - 1]!)) from--;
    }
    const anchors = found.filter((m) => m.kind === ANCHOR && m.index >= from && m.index < to).map((m) => m.theme);
    // the theme this word is read as (undefined: it only describes another theme's word) and, for damage, the theme
    // it complains about
    let theme: Theme | undefined = mention.theme;
    const damage = mention.kind === DAMAGE || mention.kind === INTACT;
    let damaged: Theme | undefined = damage ? 'quality' : undefined;
    if (anchors.includes('quality')) theme = 'quality';
    else if (anchors.length > 0) {
      theme = damage && anchors.includes('delivery') ? 'packaging' : undefined;
      if (damaged) damaged = anchors.includes('packaging') || anchors.includes('delivery') ? 'packaging' : undefined;
    } else if (damage) {
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
    if (damaged === undefined) continue;
    // damage denied is praise of its theme. A word of no damage is praise even in a negation scope: Czech and Polish
    // negate twice ("nic se nerozbilo", nothing broke).
    if (mention.kind === INTACT) reliefs.push({ index: mention.index, theme: damaged });
    else if (!isNegated(tokens, mention.index, language)) complaints.push({ index: mention.index, theme: damaged });
    else if (damageDenied(tokens, mention.index)) reliefs.push({ index: mention.index, theme: damaged });
  }
  return { mentions, complaints, reliefs };
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
