// What a clause says, by the shop lexicon, for theme polarity: whether it holds any opinion at all ("the parcel came
// by DPD" holds none, whatever the rest of the comment says), and the polarity of each of its "and" parts ("fast
// delivery and the quality is poor", "szybka dostawa i słaba jakość": one praises, one complains).
import { wordPolarity } from './lexicon.ts';
import { isAndWord, isNegated } from './themes.ts';

/**
 * Mild praise the shop lexicon leaves out, as the model reads it mostly neutral: "the price is fair", "cena
 * w porządku", "cena je fér". It is praise next to a complaint joined by "and" (folded).
 */
const MILD_PRAISE = new Set(
  `fair reasonable decent fine ok okay
  porzadku przyzwoita przyzwoity przyzwoite przyzwoicie rozsadna rozsadny rozsadne rozsadnie uczciwa uczciwy uczciwe
  uczciwie fer ferova ferovy ferove poradku slusna slusny slusne slusnou rozumna rozumny rozumne`.split(/\s+/),
);
/** The polarity of an "and" word: the border of a clause's parts. */
const AND = 2;
const UNREAD = 127;

/**
 * Each token's opinion, read when first asked for: +1 praise, −1 complaint (the shop lexicon, emoji, mild praise; a
 * negated word flipped, but a negation does not reach past "and": "not late and great"), 0 none, AND for an "and"
 * word. Folded tokens (tokens.ts).
 */
export class TokenOpinions {
  private readonly tokens: readonly string[];
  private readonly language: string;
  private readonly opinions: Int8Array;

  constructor(tokens: readonly string[], language: string) {
    this.tokens = tokens;
    this.language = language;
    this.opinions = new Int8Array(tokens.length).fill(UNREAD);
  }

  at(index: number): number {
    let opinion = this.opinions[index]!;
    if (opinion === UNREAD) {
      opinion = this.read(index);
      this.opinions[index] = opinion;
    }
    return opinion;
  }

  private read(index: number): number {
    const token = this.tokens[index]!;
    if (isAndWord(token, this.language)) return AND;
    if (token === 'xemopos') return 1;
    if (token === 'xemoneg') return -1;
    const marked = token.charCodeAt(0) === 33;
    const word = marked ? token.slice(1) : token;
    const polarity = wordPolarity(word) || (MILD_PRAISE.has(word) ? 1 : 0);
    return polarity !== 0 && isNegated(this.tokens, index, this.language) ? -polarity : polarity;
  }
}

/** A clause's opinion words. */
export interface ClauseOpinion {
  /** any polar word or emoji in the clause */
  polar: boolean;
  /** any complaint word in the clause (a negated praise word counts: "not good") */
  complaint: boolean;
  /** the clause's "and" parts, [first token, end, sum of their words' polarity] */
  parts: [number, number, number][];
}

/** The opinion of the clause [from, to) of a text. */
export function clauseOpinion(opinions: TokenOpinions, from: number, to: number): ClauseOpinion {
  let polar = false,
    complaint = false;
  const parts: [number, number, number][] = [];
  let partStart = from,
    sum = 0;
  for (let i = from; i <= to; i++) {
    const opinion = i === to ? AND : opinions.at(i);
    if (opinion === AND) {
      parts.push([partStart, i, sum]);
      partStart = i + 1;
      sum = 0;
    } else if (opinion !== 0) {
      polar = true;
      if (opinion < 0) complaint = true;
      sum += opinion;
    }
  }
  return { polar, complaint, parts };
}

const SENTENCE_ENDS = new Set(['.', '!', '?']);
/** A sentence of fewer words is a verdict on the whole comment ("Impressed.", "Useless.", "Zklamání."), not on a thing. */
const MIN_WORDS_ABOUT_A_THING = 3;

/**
 * Whether the sentence around [from, to) holds no opinion word while another sentence of the text, about something
 * (three words or more), does: "Ordered on Monday, the parcel came by DPD. The jacket is awful." The comment's
 * opinion is about something else. (A short verdict, "…on my doorstep Tuesday morning. Impressed.", is about it all.)
 */
export function factualSentence(tokens: readonly string[], opinions: TokenOpinions, from: number, to: number): boolean {
  let start = from;
  while (start > 0 && !SENTENCE_ENDS.has(tokens[start - 1]!)) start--;
  let end = to;
  while (end < tokens.length && !SENTENCE_ENDS.has(tokens[end]!)) end++;
  const polarAt = (i: number) => {
    const opinion = opinions.at(i);
    return opinion === 1 || opinion === -1;
  };
  for (let i = start; i < end; i++) if (polarAt(i)) return false;
  let elsewhere = false;
  let words = 0,
    polar = false;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || SENTENCE_ENDS.has(tokens[i]!)) {
      if (polar && words < MIN_WORDS_ABOUT_A_THING) return false;
      if (polar) elsewhere = true;
      words = 0;
      polar = false;
      continue;
    }
    if (i >= start && i < end) continue;
    const token = tokens[i]!;
    // tokens are words or single punctuation marks (tokens.ts); emoji are not words
    if (token.length > 1 ? !token.startsWith('xemo') : !'.,;:!?'.includes(token)) words++;
    if (!polar && polarAt(i)) polar = true;
  }
  return elsewhere;
}
