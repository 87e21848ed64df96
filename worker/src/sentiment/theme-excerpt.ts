// The part of a comment that is about a theme: the first clause that names it (the clause whose reading gave the
// theme its polarity in the engine: split at punctuation and contrast words, themes.ts), trimmed around the theme's
// words when long, with those words' places. Read on the comment as written, so the excerpt is the shopper's own text.
import type { Theme } from './index.ts';
import { foldDiacritics } from './normalize.ts';
import { isClauseBreak, themeMentions } from './themes.ts';

/** The tokenizer's words and punctuation (tokens.ts), found on the original text so that their places are known. */
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}'’]*|[!?.,;:]/gu;
/** A clause longer than this many tokens is cut to WINDOW tokens either side of the theme's first word. */
const LONG_CLAUSE = 18;
const WINDOW = 7;
/** A comment that names no theme word (the engine's "quality" of a polar comment) is quoted up to this many tokens. */
const WHOLE_LIMIT = 30;
const ELLIPSIS = '…';

export interface Excerpt {
  /** The shopper's words, "…" where some are left out. */
  text: string;
  /** The theme's words in `text`: UTF-16 offsets, start inclusive, end exclusive. */
  marks: { start: number; end: number }[];
}

interface Token {
  start: number;
  end: number;
  folded: string;
}

function tokensOf(comment: string): Token[] {
  return [...comment.matchAll(TOKEN)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    // As the engine reads a word: lower case, diacritics and apostrophes off, elongations shortened (normalize.ts).
    folded: foldDiacritics(match[0].toLowerCase())
      .replace(/['’]/g, '')
      .replace(/(\p{L})\1{2,}/gu, '$1$1'),
  }));
}

/** `comment` from token `first` to token `last` (inclusive), "…" where the comment goes on, the marks shifted. */
function cut(comment: string, tokens: Token[], first: number, last: number, marked: number[]): Excerpt {
  // A clause's own closing mark (".", "!", "?") is kept with it.
  const closing = tokens[last + 1];
  const end = closing && /^[.!?]$/.test(closing.folded) ? closing.end : tokens[last]!.end;
  const start = tokens[first]!.start;
  const before = comment.slice(0, start).trim() ? ELLIPSIS : '';
  const after = comment.slice(end).trim() ? ELLIPSIS : '';
  const shift = before.length - start;
  return {
    text: `${before}${comment.slice(start, end)}${after}`,
    marks: marked.map((index) => ({ start: tokens[index]!.start + shift, end: tokens[index]!.end + shift })),
  };
}

/**
 * The excerpt of `comment` about `theme` in `language` (the answer's detected one: en, pl, cs or other): the first
 * clause naming the theme, its theme words marked. Without any such word (a polar comment about the purchase as a
 * whole), the comment itself, shortened when long, with no mark.
 */
export function themeExcerpt(comment: string, theme: Theme, language: string): Excerpt {
  const tokens = tokensOf(comment);
  // Theme words are read in the whole text, as the engine reads them (a quality or damage word takes its context).
  const named = themeMentions(
    tokens.map((token) => token.folded),
    language,
  )
    .filter((mention) => mention.theme === theme)
    .map((mention) => mention.index);
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !isClauseBreak(tokens[i]!.folded)) continue;
    const clause = tokens.slice(from, i);
    const hits = named.filter((index) => index >= from && index < i);
    if (hits.length > 0) {
      const [first, last] =
        clause.length > LONG_CLAUSE ? [Math.max(from, hits[0]! - WINDOW), Math.min(i - 1, hits[0]! + WINDOW)] : [from, i - 1];
      return cut(
        comment,
        tokens,
        first,
        last,
        hits.filter((hit) => hit >= first && hit <= last),
      );
    }
    from = i + 1;
  }
  const trimmed = comment.trim();
  if (tokens.length <= WHOLE_LIMIT) return { text: trimmed, marks: [] };
  return cut(comment, tokens, 0, WHOLE_LIMIT - 1, []);
}
