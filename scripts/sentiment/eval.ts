// npm run eval:sentiment [-- --split dev] [-- --write]: test-split figures for both artifacts and the baselines, shop comments, themes, language ID.
import { createAnalyzer, type Analyzer } from '../../worker/src/sentiment/engine.ts';
import type { ModelArtifact } from '../../worker/src/sentiment/artifact.ts';
import MODEL from '../../worker/src/sentiment/model.json' with { type: 'json' };
import COMMERCIAL_MODEL from '../../worker/src/sentiment/model-commercial.json' with { type: 'json' };
import type { Analysis, SentimentLabel } from '../../worker/src/sentiment/index.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASELINES } from './baselines.ts';
import { LABELS, LANGUAGES, loadSplit, REPO_ROOT, type Example, type Language } from './data.ts';
import { score, type Scores } from './metrics.ts';
import { loadShopFixture, SHOP_SETS, shopSentimentScores, themeScores, THEMES, type ShopSet } from './shop-eval.ts';

const output: string[] = [];
/** Every line goes to stdout; with --write the whole report also replaces worker/src/sentiment/evaluation.md. */
function print(text: string): void {
  console.log(text);
  output.push(text);
}
const splitArg = process.argv.indexOf('--split');
const split = (splitArg > 0 ? process.argv[splitArg + 1] : 'test') as 'dev' | 'test';
/** Answers are memoised per text and locale: the per-source, theme and shop tables reuse them. */
function memoised(analyzer: Analyzer): Pick<Analyzer, 'analyze'> {
  const answers = new Map<string, Analysis>();
  return {
    analyze(text, options) {
      const key = (options?.locale ?? '') + '\u0000' + text;
      let answer = answers.get(key);
      if (!answer) answers.set(key, (answer = analyzer.analyze(text, options)));
      return answer;
    },
  };
}

const ENGINES: { name: string; analyzer: Pick<Analyzer, 'analyze'> }[] = [
  { name: 'Opinia engine (full artifact)', analyzer: memoised(createAnalyzer(MODEL as ModelArtifact)) },
  { name: 'Opinia engine (commercial-only artifact)', analyzer: memoised(createAnalyzer(COMMERCIAL_MODEL as ModelArtifact)) },
];
const PUBLISHED: Record<Language, string> = {
  en: 'issue reference (same test split): majority 0.24, AFINN 0.56, VADER 0.55, multilang 0.55, sklearn TF-IDF+LR 0.78; shop comments: sklearn 0.48, lexicons 0.50',
  pl: 'issue reference: majority 0.21, multilang 0.39, sklearn 0.77; shop comments: sklearn 0.58, lexicons 0.56. KLEJ leaderboard (hidden test, other metric): HerBERT base AR 87.7, PolEmo-IN acc 90.9',
  cs: 'issue reference: majority 0.19, multilang 0.44, sklearn 0.73; shop comments: sklearn 0.58, lexicons 0.37. No published figures on these splits',
};

const SHOP_SET_NAMES: Record<ShopSet, string> = {
  'shop-comments': 'set A (first session; its errors were read while building the engine, so optimistic)',
  'shop-dev': 'set B (independent writer; development set for the hand-written training comments)',
  'shop-holdout': 'set C (independent writer; held out, scored only for the final figures)',
};

const fmt = (v: number): string => v.toFixed(3);

function row(name: string, s: Scores, withConfusion: boolean): string {
  const confusion = withConfusion ? ` | ${s.confusion.map((r) => r.join(' ')).join(' / ')}` : ' | ';
  return `| ${name} | ${fmt(s.accuracy)} | ${fmt(s.macroF1)} | ${s.f1.map(fmt).join(' / ')}${confusion} |`;
}

function evaluate(examples: { text: string; label: SentimentLabel }[], predict: (text: string) => SentimentLabel): Scores {
  return score(examples.map((e) => LABELS.indexOf(e.label)), examples.map((e) => LABELS.indexOf(predict(e.text))));
}

function majorityLabel(language: Language): SentimentLabel {
  const counts = new Map<SentimentLabel, number>();
  for (const e of loadSplit(language, 'train')) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

print(`# Sentiment evaluation on the ${split} split\n`);
print('Macro-F1 over the classes present; per-class F1 is negative / neutral / positive; confusion rows are gold neg/neu/pos, columns predicted.\n');
for (const language of LANGUAGES) {
  const examples: Example[] = loadSplit(language, split);
  const majority = majorityLabel(language);
  print(`## ${language} (${examples.length} ${split} texts)\n`);
  print('| system | accuracy | macro-F1 | F1 neg / neu / pos | confusion |');
  print('|---|---:|---:|---|---|');
  for (const engine of ENGINES) {
    print(row(engine.name, evaluate(examples, (t) => engine.analyzer.analyze(t, { locale: language }).label), true));
  }
  print(row(`majority class (${majority})`, evaluate(examples, () => majority), true));
  for (const baseline of BASELINES.filter((b) => b.languages.includes(language))) {
    print(row(baseline.name, evaluate(examples, (t) => baseline.predict(t, language)), true));
  }
  print(`\nReference: ${PUBLISHED[language]}\n`);
  print('Per source (full artifact): ' + [...new Set(examples.map((e) => e.source))].map((source) => {
    const subset = examples.filter((e) => e.source === source);
    return `${source} ${fmt(evaluate(subset, (t) => ENGINES[0]!.analyzer.analyze(t, { locale: language }).label).macroF1)} (n=${subset.length})`;
  }).join('; ') + '\n');

  for (const set of SHOP_SETS) {
    const shop = loadShopFixture(language, set);
    print(`Shop comments, ${SHOP_SET_NAMES[set]} (tests/sentiment/fixtures/${set}.${language}.jsonl, ${shop.length} comments, not trained on):\n`);
    print('| system | accuracy | macro-F1 | F1 neg / neu / pos | confusion |');
    print('|---|---:|---:|---|---|');
    for (const engine of ENGINES) {
      print(row(engine.name, shopSentimentScores(shop, (t) => engine.analyzer.analyze(t, { locale: language })), true));
    }
    print(row(`majority class (${majority})`, evaluate(shop, () => majority), true));
    for (const baseline of BASELINES.filter((b) => b.languages.includes(language))) {
      print(row(baseline.name, evaluate(shop, (t) => baseline.predict(t, language)), true));
    }
    const themes = themeScores(shop, (t) => ENGINES[0]!.analyzer.analyze(t, { locale: language }));
    print(`\nThemes (full artifact): precision ${fmt(themes.precision)}, recall ${fmt(themes.recall)}, polarity right on ${fmt(themes.polarityAccuracy)} of the found themes`);
    print(THEMES.map((t) => `${t} P ${fmt(themes.perTheme[t]!.precision)} R ${fmt(themes.perTheme[t]!.recall)} (n=${themes.perTheme[t]!.support})`).join('; ') + '\n');
  }
}

// ---- real star-rated shop reviews (issue #13) -------------------------------------------------------------------

/** Sources of real reviews written on shop or booking sites with the customer's stars (mall.cz: the shop's own classes). */
const REAL_REVIEW_SOURCES: Record<Language, string[]> = {
  en: ['womens-clothing-ecommerce', 'flipkart-headphones', 'tripadvisor-hotels-2k'],
  pl: ['klej-allegro-reviews'],
  cs: ['mallcz-products'],
};
/** Sources added on 2026-12-02: the earlier splits are the files without them. */
const ADDED_2026_12_02 = new Set(['womens-clothing-ecommerce', 'flipkart-headphones', 'mallcz-products']);

interface Predicted {
  label: SentimentLabel;
  /** sign says negative (< 0) or positive (> 0) when forced to choose; 0 = no choice */
  polarity: number;
}

function realReviewRow(name: string, gold: SentimentLabel[], predicted: Predicted[]): string {
  const s = score(gold.map((g) => LABELS.indexOf(g)), predicted.map((p) => LABELS.indexOf(p.label)));
  const polar = gold.map((g, i) => [g, predicted[i]!] as const).filter(([g]) => g !== 'neutral');
  const negVsPos = polar.filter(([g, p]) => (g === 'negative' ? p.polarity < 0 : p.polarity > 0)).length / Math.max(1, polar.length);
  const negatives = gold.filter((g) => g === 'negative').length;
  const negRecall = gold.filter((g, i) => g === 'negative' && predicted[i]!.label === 'negative').length / Math.max(1, negatives);
  const positives = gold.filter((g) => g === 'positive').length;
  const falseAlarms = gold.filter((g, i) => g === 'positive' && predicted[i]!.label === 'negative').length / Math.max(1, positives);
  return `| ${name} | ${fmt(s.macroF1)} | ${fmt(s.accuracy)} | ${s.f1.map(fmt).join(' / ')} | ${fmt(negVsPos)} | ${fmt(negRecall)} | ${(100 * falseAlarms).toFixed(1)} % |`;
}

print('## Real star-rated shop reviews (issue #13)\n');
print('Gold: 1–2★ negative, 3★ neutral, 4–5★ positive (mall.cz: the shop\'s own classes). Neg-vs-pos accuracy: on gold negative and positive reviews, the engine forced to choose (sign of its score); for the baselines a neutral answer counts as wrong. False alarms: share of 4–5★ (gold positive) reviews labelled negative.\n');
for (const language of LANGUAGES) {
  const examples = loadSplit(language, split).filter((e) => REAL_REVIEW_SOURCES[language].includes(e.source));
  print(`### ${language}: ${REAL_REVIEW_SOURCES[language].join(', ')} (${examples.length} ${split} reviews)\n`);
  print('| system | macro-F1 | accuracy | F1 neg / neu / pos | neg-vs-pos accuracy | negative recall | false alarms on 4–5★ |');
  print('|---|---:|---:|---|---:|---:|---:|');
  const gold = examples.map((e) => e.label);
  for (const engine of ENGINES) {
    print(realReviewRow(engine.name, gold, examples.map((e) => {
      const a = engine.analyzer.analyze(e.text, { locale: language });
      return { label: a.label, polarity: Math.sign(a.score) };
    })));
  }
  for (const baseline of BASELINES.filter((b) => b.languages.includes(language))) {
    print(realReviewRow(baseline.name, gold, examples.map((e) => {
      const label = baseline.predict(e.text, language);
      return { label, polarity: label === 'negative' ? -1 : label === 'positive' ? 1 : 0 };
    })));
  }
  for (const source of REAL_REVIEW_SOURCES[language]) {
    const subset = examples.filter((e) => e.source === source);
    print(realReviewRow(`${ENGINES[0]!.name}, ${source} only (n=${subset.length})`, subset.map((e) => e.label), subset.map((e) => {
      const a = ENGINES[0]!.analyzer.analyze(e.text, { locale: language });
      return { label: a.label, polarity: Math.sign(a.score) };
    })));
  }
  print('');
}

print('## The earlier test split (without the sources added on 2026-12-02), macro-F1\n');
for (const language of LANGUAGES) {
  const examples = loadSplit(language, split).filter((e) => !ADDED_2026_12_02.has(e.source));
  print(`- ${language} (${examples.length}): ` + ENGINES.map((engine) => `${engine.name} ${fmt(evaluate(examples, (t) => engine.analyzer.analyze(t, { locale: language }).label).macroF1)}`).join('; '));
}
print('');

print('## Language identification (texts of 20+ characters)\n');
for (const engine of ENGINES) {
  const parts: string[] = [];
  let right = 0, total = 0;
  for (const language of LANGUAGES) {
    const texts = loadSplit(language, split).filter((e) => e.text.length >= 20);
    const correct = texts.filter((e) => engine.analyzer.analyze(e.text).lang === language).length;
    right += correct;
    total += texts.length;
    parts.push(`${language} ${(100 * correct / texts.length).toFixed(2)} % of ${texts.length}`);
  }
  print(`- ${engine.name}, no locale hint: ${(100 * right / total).toFixed(2)} % (${parts.join(', ')})`);
}

if (process.argv.includes('--write')) {
  writeFileSync(join(REPO_ROOT, 'worker', 'src', 'sentiment', split === 'test' ? 'evaluation.md' : `evaluation-${split}.md`), output.join('\n') + '\n');
}
