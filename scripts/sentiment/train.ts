// npm run train:sentiment [-- --commercial-only]: trains the artifact from ../shared/sentiment-data (seeded, reproducible).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ModelArtifact } from '../../worker/src/sentiment/artifact.ts';
import { createAnalyzer } from '../../worker/src/sentiment/engine.ts';
import { extractFeatures, type FeatureOptions } from '../../worker/src/sentiment/features.ts';
import { LANGUAGE_HASH_BITS, languageFeatures } from '../../worker/src/sentiment/language-features.ts';
import { foldDiacritics } from '../../worker/src/sentiment/normalize.ts';
import {
  COMMERCIAL_SOURCES,
  LABELS,
  LANGUAGES,
  REAL_REVIEW_SOURCES,
  REPO_ROOT,
  loadSplit,
  type Example,
  type Language,
} from './data.ts';
import {
  classBalance,
  logits,
  naiveBayesRatios,
  seededRandom,
  toDoc,
  trainLogistic,
  type LinearModel,
  type TrainingDoc,
} from './logistic.ts';
import { score } from './metrics.ts';
import { meanMacroF1, tuneOffsets, type TuningSet } from './offsets.ts';
import { loadShopFixture } from './shop-eval.ts';
import { packLinear } from './pack.ts';
import { writeArtifact } from './artifact-files.ts';
import { tuneMixed } from './tune-mixed.ts';
import * as settings from './settings.ts';
import { shopTrainingComments, starHeadReviews, translatedReviews, writtenShopComments } from './shop-training.ts';
import { shippedStarHead } from './stars.ts';

const commercialOnly = process.argv.includes('--commercial-only');
/** `--dry-run`: train and print the dev figures, write nothing (for experiments with the SENTIMENT_* settings). */
const dryRun = process.argv.includes('--dry-run');
const started = performance.now();
const log: string[] = [];
const note = (line: string): void => {
  console.log(line);
  log.push(line);
};

function allowed(example: Example): boolean {
  return !commercialOnly || COMMERCIAL_SOURCES.has(example.source);
}

function toTrainingDocs(examples: Example[], features: FeatureOptions, language: Language): TrainingDoc[] {
  const balance = classBalance(examples, settings.BALANCE_PER_SOURCE.includes(language));
  return examples.map((e, i) => {
    const label = LABELS.indexOf(e.label);
    const weight = balance[i]! * (e.weight ?? sourceWeight(e.source, language));
    return { ...toDoc(extractFeatures(e.text, features)), label, weight };
  });
}

function sourceWeight(source: string, language: Language): number {
  if (source === 'opinia-shop-written') return settings.WRITTEN_WEIGHT[language] ?? 1;
  if (REAL_REVIEW_SOURCES[language].includes(source)) return settings.REAL_WEIGHT[language] ?? 1;
  return source === 'opinia-shop' ? settings.SHOP_WEIGHT : 1;
}

function train(docs: TrainingDoc[], features: FeatureOptions, language: Language): LinearModel {
  const buckets = 1 << features.hashBits;
  return trainLogistic(docs, {
    buckets,
    epochs: settings.EPOCHS,
    learningRate: settings.learningRateFor(language, commercialOnly),
    l2: settings.L2,
    seed: settings.SEED,
    wordWeight: settings.WORD_WEIGHT,
    featureScale: naiveBayesRatios(docs, buckets, settings.NB_SMOOTHING, settings.NB_POWER),
  });
}

const goldOf = (rows: { label: string }[]): number[] => rows.map((e) => LABELS.indexOf(e.label as (typeof LABELS)[number]));

function floatLogits(model: LinearModel, dev: { text: string }[], features: FeatureOptions): number[][] {
  const out = new Float64Array(3);
  return dev.map((e) => {
    logits(model, toDoc(extractFeatures(e.text, features)), settings.WORD_WEIGHT, out);
    return [...out];
  });
}

/** Log-probabilities of the packed (int8) model without offsets: what analyze() adds the offsets to. */
function packedLogits(packed: ModelArtifact['sentiment'][string], language: Language, dev: { text: string }[]): number[][] {
  const analyzer = createAnalyzer({ ...artifact, sentiment: { [language]: packed }, offsets: {}, shortOffsets: {} }); // featuresByLanguage is set before training
  return dev.map((e) => analyzer.probabilities(e.text, language).map(Math.log));
}

function languageTrainingDocs(byLanguage: Record<Language, Example[]>): TrainingDoc[] {
  const random = seededRandom(settings.SEED);
  const docs: TrainingDoc[] = [];
  LANGUAGES.forEach((language, label) => {
    const texts = byLanguage[language].map((e) => e.text);
    for (let i = texts.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [texts[i], texts[j]] = [texts[j]!, texts[i]!];
    }
    for (const original of texts.slice(0, 8000)) {
      let text = random() < 0.5 ? foldDiacritics(original) : original;
      if (random() < 0.5 && text.length > 40) {
        const start = Math.floor(random() * (text.length - 30));
        text = text.slice(start, start + 20 + Math.floor(random() * 60));
      }
      const features = Uint32Array.from(languageFeatures(text));
      docs.push({ features, wordCount: 0, label, weight: 1 });
    }
  });
  return docs;
}

const artifact: ModelArtifact = {
  version: 1,
  trainedOn: '',
  features: settings.FEATURES,
  featuresByLanguage: settings.FEATURE_CHANGES,
  wordWeight: settings.WORD_WEIGHT,
  offsets: {},
  shortOffsets: {},
  shortTokens: settings.SHORT_TOKENS,
  contrastWeight: settings.CONTRAST_WEIGHT,
  sentiment: {},
  language: { bits: 0, scale: 1, bias: [0, 0, 0], count: 0, data: '' },
};
const languageExamples = {} as Record<Language, Example[]>;
const sources = new Map<string, number>();

note(`# Sentiment training report${commercialOnly ? ' (commercial-only artifact)' : ''}`);
note('');
note('What was tried on the way to these settings, and what each step gave: experiments.md. Test figures: evaluation.md.');
note('');
note(`Settings: ${JSON.stringify({ ...settings })}`);
note('');
note(
  '| lang | train rows | dev macro-F1 (float, no offsets) | dev macro-F1 (float, offsets for dev alone) | dev macro-F1 (packed, shipped offsets) | real-review dev macro-F1 (packed, shipped offsets) | shop-dev macro-F1 (packed, shipped offsets) | offsets [neg,neu,pos] long / short, tuned on dev + real-review dev + shop-dev (+ the translated reviews that tune, settings.TRANSLATED_REVIEWS) |',
);
note('|---|---:|---:|---:|---:|---:|---:|---|');
for (const language of LANGUAGES) {
  const shop = shopTrainingComments(language, commercialOnly);
  // The train split only: dev chooses the settings and the offsets, test is read once, by eval.ts.
  const trainRows = loadSplit(language, 'train').filter(allowed);
  const devRows = loadSplit(language, 'dev').filter(allowed);
  for (const e of trainRows) sources.set(e.source, (sources.get(e.source) ?? 0) + 1);
  const written = writtenShopComments(language, commercialOnly).length;
  // the translated reviews (settings.TRANSLATED_REVIEWS): some trained on, the others tune the offsets below
  const translated = translatedReviews(language, commercialOnly);
  const generated = shop.length - written - translated.train.length;
  sources.set(`opinia-shop (${language}: ${generated} generated, ${written} hand-written)`, generated + written);
  if (translated.train.length > 0)
    sources.set(
      `opinia-translated (${language}: ${translated.train.length} trained, ${translated.tuning.length} tuning)`,
      translated.train.length,
    );
  const features = settings.featuresFor(language);
  const examples = [...trainRows, ...shop];
  const docs = toTrainingDocs(examples, features, language);
  const model = train(docs, features, language);
  const packed = packLinear(model, features.hashBits, settings.KEEP_BUCKETS, settings.QUANT_CLIP, settings.QUANT_LEVELS);
  // The star head (languages whose training data has star-rated reviews) is in place before the offsets are tuned. It also
  // learns from our star-rated reviews of settings.STAR_HEAD_FILES, which the class table never sees.
  const headOnly = starHeadReviews(language, commercialOnly);
  const headOnlyDocs = headOnly.map((e) => ({
    ...toDoc(extractFeatures(e.text, features)),
    label: LABELS.indexOf(e.label),
    weight: 0,
  }));
  if (headOnly.length > 0)
    sources.set(`opinia-shop-written-reviews (${language}: ${headOnly.length} star head only)`, headOnly.length);
  const starHead = shippedStarHead(
    language,
    [...examples, ...headOnly],
    [...docs, ...headOnlyDocs],
    features.hashBits,
    settings.SEED,
  );
  if (starHead) (artifact.stars ??= {})[language] = starHead;
  const hasDev = devRows.length >= 200;
  const tuningSet = (rows: { text: string; label: string }[], logits: number[][]): TuningSet => ({
    logits,
    gold: goldOf(rows),
    short: rows.map((e) => extractFeatures(e.text, features).tokens.length < settings.SHORT_TOKENS),
  });
  const floatTuned = hasDev
    ? tuneOffsets(
        [{ logits: floatLogits(model, devRows, features), gold: goldOf(devRows), short: devRows.map(() => false) }],
        0.1,
        1,
      )
    : { offsets: { long: [0, 0, 0], short: [0, 0, 0] }, before: NaN, after: NaN };
  // The shipped offsets are tuned on the packed model, which is what analyze() runs: on the dev split, its real
  // reviews on their own (so that the many tweets and posts do not set the reviews' priors) and our shop comments.
  const shopDev = loadShopFixture(language, 'shop-dev');
  const realDev = devRows.filter((e) => REAL_REVIEW_SOURCES[language].includes(e.source));
  const devSet = tuningSet(devRows, packedLogits(packed, language, devRows));
  const realSet = tuningSet(realDev, packedLogits(packed, language, realDev));
  const shopSet = tuningSet(shopDev, packedLogits(packed, language, shopDev));
  const sets = [
    ...(hasDev ? [devSet] : []),
    ...(realDev.length >= 200 ? [realSet] : []),
    shopSet,
    ...(translated.tuning.length > 0 ? [tuningSet(translated.tuning, packedLogits(packed, language, translated.tuning))] : []),
  ];
  const tuned = tuneOffsets(sets, settings.OFFSET_STEP, settings.OFFSET_RANGE);
  const devF1 = hasDev ? meanMacroF1([devSet], tuned.offsets).toFixed(4) : '–';
  const realF1 = realDev.length > 0 ? meanMacroF1([realSet], tuned.offsets).toFixed(4) : '–';
  note(
    `| ${language} | ${trainRows.length} + ${shop.length} shop | ${floatTuned.before.toFixed(4)} | ${floatTuned.after.toFixed(4)} | ${devF1} | ${realF1} | ` +
      `${meanMacroF1([shopSet], tuned.offsets).toFixed(4)} | ${tuned.offsets.long.join(', ')} / ${tuned.offsets.short.join(', ')} |`,
  );
  artifact.sentiment[language] = packed;
  artifact.offsets[language] = tuned.offsets.long;
  artifact.shortOffsets![language] = tuned.offsets.short;
  languageExamples[language] = [...trainRows, ...shop];
}
const languageModel = trainLogistic(languageTrainingDocs(languageExamples), {
  buckets: 1 << LANGUAGE_HASH_BITS,
  epochs: 3,
  learningRate: 0.1,
  l2: 1e-6,
  seed: settings.SEED,
  wordWeight: 1,
});
// ±31 steps like the sentiment tables, so it is text-encoded too (one native decode at cold start; dev language ID
// 99.77 % at ±31 vs 99.76 % at ±127, re-quantising the previous table)
artifact.language = packLinear(languageModel, LANGUAGE_HASH_BITS, 12000, 1, settings.QUANT_LEVELS);
artifact.trainedOn = [...sources.keys()].sort().join(', ');
// Dev figures of the packed (int8, pruned) train-only models through the public analyze().
const analyzer = createAnalyzer(artifact);
note('');
note(
  'The shipped (train-only, packed) models on dev through analyze() with the locale hint, offsets applied; real reviews: ' +
    'every real-review source of the dev split, commercial or not (evaluation only):',
);
for (const language of LANGUAGES) {
  const f1 = (rows: Example[]): string =>
    rows.length === 0
      ? '–'
      : score(
          rows.map((e) => LABELS.indexOf(e.label)),
          rows.map((e) => LABELS.indexOf(analyzer.analyze(e.text, { locale: language }).label)),
        ).macroF1.toFixed(4);
  const dev = loadSplit(language, 'dev');
  const real = dev.filter((e) => REAL_REVIEW_SOURCES[language].includes(e.source));
  const perSource = REAL_REVIEW_SOURCES[language]
    .map((source) => `${source} ${f1(real.filter((e) => e.source === source))}`)
    .join(', ');
  note(
    `- ${language}: dev macro-F1 ${f1(dev.filter(allowed))} (its ${commercialOnly ? 'commercial ' : ''}rows), real reviews ${f1(real)} (${perSource})`,
  );
}

note('');
note('Mixed rule (tune-mixed.ts), chosen on dev:');
artifact.mixed = tuneMixed(artifact, commercialOnly, note);

if (dryRun) process.exit(0);
const fileName = commercialOnly ? 'model-commercial.json' : 'model.json';
// The default artifact is stored split: settings JSON + one Text module per weight table (artifact-files.ts).
const written = writeArtifact(fileName, artifact);
const rawBytes = written.reduce((sum, file) => sum + file.bytes.length, 0);
const gzBytes = written.reduce((sum, file) => sum + gzipSync(file.bytes).length, 0);
note('');
note(`Trained on: ${[...sources.entries()].map(([s, n]) => `${s} ${n}`).join('; ')}`);
note(
  `Artifact ${fileName}${written.length > 1 ? ` + ${written.length - 1} weight tables` : ''}: ${(rawBytes / 1024).toFixed(0)} KB raw, ${(gzBytes / 1024).toFixed(0)} KB gzipped; ` +
    `kept buckets ${LANGUAGES.map((l) => `${l} ${artifact.sentiment[l]!.count}`).join(', ')}, language-ID ${artifact.language.count}` +
    `; star heads ${
      Object.entries(artifact.stars ?? {})
        .map(
          ([l, head]) => `${l} (${head.count} non-zero buckets, linear ${head.linear.join('/')}, from ${head.minTokens} tokens)`,
        )
        .join(', ') || 'none'
    }`,
);
note(`Training time: ${((performance.now() - started) / 1000).toFixed(1)} s on ${(await import('node:os')).cpus().length} cores`);
writeFileSync(
  join(REPO_ROOT, 'worker', 'src', 'sentiment', commercialOnly ? 'training-report-commercial.md' : 'training-report.md'),
  `${log.join('\n')}\n`,
);
