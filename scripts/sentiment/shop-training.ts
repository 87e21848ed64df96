// Generates seeded shop-domain training comments from our own phrase bank (never from the evaluation fixtures).
import { foldDiacritics } from '../../worker/src/sentiment/normalize.ts';
import type { SentimentLabel } from '../../worker/src/sentiment/index.ts';
import { seededRandom } from './logistic.ts';
import { NEGATIVE_TAILS, NEUTRAL_TAILS, PHRASES, POSITIVE_TAILS } from './shop-phrases.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, loadShopComments, REPO_ROOT, type Example, type Language } from './data.ts';
import * as settings from './settings.ts';

/**
 * Hand-written shop comments for training (scripts/sentiment/shop-written.<lang>.jsonl), never the evaluation sets. The
 * default (commercial-only) artifact also learns from the files in settings.COMMERCIAL_WRITTEN_FILES, each row at its
 * file's weight.
 */
export function writtenShopComments(language: Language, commercialOnly = false): Example[] {
  // shop-written-reviews.<lang>.jsonl: longer product reviews (issue #13, session 4), for a language without commercially
  // usable real reviews (cs), where the short shop comments alone leave long product talk to chance
  // shop-written-reviews-3.cs.jsonl: 240 more written for Opinia in session 5 (understated complaints, descriptive neutral
  // reviews); not trained on: they cost shop-dev 1.2–1.6 points (experiments.md row 62)
  // shop-written-reviews.en.jsonl: kept, not trained on (settings.WRITTEN_UNTRAINED; experiments.md rows 78–80)
  const files: [string, number | undefined][] = [
    ['shop-written', undefined],
    ['shop-written-reviews', undefined],
    ...(commercialOnly ? Object.entries(settings.COMMERCIAL_WRITTEN_FILES) : []),
  ];
  return files.flatMap(([name, weight]) => {
    if (settings.WRITTEN_UNTRAINED[name]?.includes(language)) return [];
    const path = join(REPO_ROOT, 'scripts', 'sentiment', `${name}.${language}.jsonl`);
    if (!existsSync(path)) return [];
    return loadShopComments(path, 'opinia-shop-written').map((e) => (weight === undefined ? e : { ...e, weight }));
  });
}

/**
 * The translated reviews of a language for the default (commercial-only) artifact (settings.TRANSLATED_REVIEWS): the rows
 * it trains on, each at the file's weight, and every `tuneEvery`-th row, which joins the offset tuning sets instead.
 * Rows keep their stars, so where settings.STAR_HEADS has the language its star head learns from them as rated rows.
 */
export function translatedReviews(language: Language, commercialOnly = false): { train: Example[]; tuning: Example[] } {
  const setting = settings.TRANSLATED_REVIEWS[language];
  const path = setting && join(REPO_ROOT, 'scripts', 'sentiment', `${setting.file}.${language}.jsonl`);
  if (!commercialOnly || !setting || !existsSync(path!)) return { train: [], tuning: [] };
  const rows = loadShopComments(path!, 'opinia-translated');
  // tuneEvery 0: every row is trained on
  const tunes = (i: number): boolean => setting.tuneEvery > 0 && i % setting.tuneEvery === setting.tuneEvery - 1;
  return {
    train: rows.filter((_e, i) => !tunes(i)).map((e) => ({ ...e, weight: setting.weight })),
    tuning: rows.filter((_e, i) => tunes(i)),
  };
}

/**
 * Star-rated reviews of our own that only the star head learns from (settings.STAR_HEAD_FILES), default artifact only: rows
 * with their stars, never class-table rows.
 */
export function starHeadReviews(language: Language, commercialOnly = false): Example[] {
  if (!commercialOnly) return [];
  return (settings.STAR_HEAD_FILES[language] ?? []).flatMap((name) =>
    loadShopComments(join(REPO_ROOT, 'scripts', 'sentiment', `${name}.${language}.jsonl`), 'opinia-shop-written-reviews'),
  );
}

/** All shop-domain training comments of a language: the generated ones, the hand-written ones and the translated ones. */
export function shopTrainingComments(language: Language, commercialOnly = false): Example[] {
  const count = settings.shopCountFor(language, commercialOnly);
  const generated = generateShopComments(language, count, settings.SEED + LANGUAGES.indexOf(language));
  return [...generated, ...writtenShopComments(language, commercialOnly), ...translatedReviews(language, commercialOnly).train];
}

export function generateShopComments(language: Language, count: number, seed: number): Example[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const bank = PHRASES[language];
  const polar = (label: SentimentLabel): string[] => (label === 'positive' ? bank.positive : bank.negative);
  const tail = (label: SentimentLabel): string =>
    pick(label === 'positive' ? POSITIVE_TAILS : label === 'negative' ? NEGATIVE_TAILS : NEUTRAL_TAILS);
  const examples: Example[] = [];
  for (let i = 0; i < count; i++) {
    const shape = random();
    let text: string;
    let label: SentimentLabel;
    if (shape < 0.25) {
      label = pick(['positive', 'negative', 'neutral'] as const);
      text = pick(label === 'neutral' ? bank.neutral : polar(label)) + tail(label);
    } else if (shape < 0.5) {
      label = random() < 0.5 ? 'positive' : 'negative';
      const join = pick(bank.and);
      text = pick(polar(label)) + (join === ',' ? ', ' : ` ${join} `) + pick(polar(label)) + tail(label);
    } else if (shape < 0.75) {
      // Mixed aspects: the clause after "but" carries the overall verdict.
      label = random() < 0.5 ? 'positive' : 'negative';
      const first = label === 'positive' ? 'negative' : 'positive';
      text = `${pick(polar(first))}, ${pick(bank.but)} ${pick(polar(label))}${tail(label)}`;
    } else if (shape < 0.87) {
      label = 'neutral';
      text = random() < 0.5 ? pick(bank.neutral) + tail(label) : `${pick(bank.neutral)}, ${pick(bank.neutral)}${tail(label)}`;
    } else if (shape < 0.93) {
      label = 'negative';
      text = pick(bank.negative) + pick(['. ', ', ', '... ']) + pick(bank.sarcastic) + pick(['', ' 🙄', '.', '!', ' 🙃']);
    } else {
      label = random() < 0.5 ? 'positive' : 'negative';
      text = `${pick(bank.neutral)}, ${pick(polar(label))}${tail(label)}`;
    }
    if (random() < 0.5) text = foldDiacritics(text);
    if (random() < 0.3) text = text.charAt(0).toUpperCase() + text.slice(1);
    examples.push({ text, label, source: 'opinia-shop' });
  }
  return examples;
}
