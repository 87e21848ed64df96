// npm run train:sentiment [-- --commercial-only]: trains the artifact from ../shared/sentiment-data (seeded, reproducible).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ModelArtifact } from '../../worker/src/sentiment/artifact.ts';
import { createAnalyzer } from '../../worker/src/sentiment/engine.ts';
import { extractFeatures, type FeatureOptions } from '../../worker/src/sentiment/features.ts';
import { LANGUAGE_HASH_BITS, languageFeatures } from '../../worker/src/sentiment/language-features.ts';
import { foldDiacritics } from '../../worker/src/sentiment/normalize.ts';
import { COMMERCIAL_SOURCES, LABELS, LANGUAGES, REPO_ROOT, loadSplit, type Example, type Language } from './data.ts';
import { CLASS_COUNT, logits, naiveBayesRatios, seededRandom, toDoc, trainLogistic, type LinearModel, type TrainingDoc } from './logistic.ts';
import { score } from './metrics.ts';
import { packLinear } from './pack.ts';
import * as settings from './settings.ts';
import { generateShopComments } from './shop-training.ts';

const commercialOnly = process.argv.includes('--commercial-only');
const started = performance.now();
const log: string[] = [];
const note = (line: string): void => {
  console.log(line);
  log.push(line);
};

function allowed(example: Example): boolean {
  return !commercialOnly || COMMERCIAL_SOURCES.has(example.source);
}

function toTrainingDocs(examples: Example[], features: FeatureOptions): TrainingDoc[] {
  const counts = [0, 0, 0];
  for (const e of examples) counts[LABELS.indexOf(e.label)]!++;
  return examples.map((e) => {
    const label = LABELS.indexOf(e.label);
    const balance = examples.length / (CLASS_COUNT * Math.max(1, counts[label]!));
    const weight = balance * (e.source === 'opinia-shop' ? settings.SHOP_WEIGHT : 1);
    return { ...toDoc(extractFeatures(e.text, features)), label, weight };
  });
}

function train(examples: Example[], features: FeatureOptions): LinearModel {
  const docs = toTrainingDocs(examples, features);
  const buckets = 1 << settings.FEATURES.hashBits;
  return trainLogistic(docs, {
    buckets, epochs: settings.EPOCHS, learningRate: settings.LEARNING_RATE, l2: settings.L2, seed: settings.SEED,
    wordWeight: settings.WORD_WEIGHT, featureScale: naiveBayesRatios(docs, buckets, settings.NB_SMOOTHING, settings.NB_POWER),
  });
}

/** Class offsets that maximise dev macro-F1 over a grid of `step` within ±`range` (negative stays at 0). */
function tuneOffsets(devLogits: number[][], dev: Example[], step: number, range: number): { offsets: number[]; before: number; after: number } {
  const gold = dev.map((e) => LABELS.indexOf(e.label));
  const predict = (n: number, p: number): number[] =>
    devLogits.map((o) => {
      const s = [o[0]!, o[1]! + n, o[2]! + p];
      return s.indexOf(Math.max(...s));
    });
  const before = score(gold, predict(0, 0)).macroF1;
  let best = { offsets: [0, 0, 0], f1: before };
  const steps = Math.round(range / step);
  for (let n = -steps; n <= steps; n++) {
    for (let p = -steps; p <= steps; p++) {
      const f1 = score(gold, predict(n * step, p * step)).macroF1;
      if (f1 > best.f1 + 1e-9) best = { offsets: [0, Math.round(n * step * 100) / 100, Math.round(p * step * 100) / 100], f1 };
    }
  }
  return { offsets: best.offsets, before, after: best.f1 };
}

function floatLogits(model: LinearModel, dev: Example[], features: FeatureOptions): number[][] {
  const out = new Float64Array(3);
  return dev.map((e) => {
    logits(model, toDoc(extractFeatures(e.text, features)), settings.WORD_WEIGHT, out);
    return [...out];
  });
}

/** Log-probabilities of the packed (int8) model without offsets: what analyze() adds the offsets to. */
function packedLogits(packed: ModelArtifact['sentiment'][string], language: Language, dev: Example[]): number[][] {
  const analyzer = createAnalyzer({ ...artifact, sentiment: { [language]: packed }, offsets: {} });  // featuresByLanguage is set before training
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
  sentiment: {},
  language: { bits: 0, scale: 1, bias: [0, 0, 0], count: 0, data: '' },
};
// Same shape, but holding the train-only models: its dev figures are honest estimates of the packed model.
const devArtifact: ModelArtifact = { ...artifact, sentiment: {}, offsets: {} };
const languageExamples = {} as Record<Language, Example[]>;
const sources = new Map<string, number>();

note(`# Sentiment training report${commercialOnly ? ' (commercial-only artifact)' : ''}`);
note('');
note('What was tried on the way to these settings, and what each step gave: experiments.md. Test figures: evaluation.md.');
note('');
note(`Settings: ${JSON.stringify({ ...settings })}`);
note('');
note('| lang | train rows | dev macro-F1 (float, no offsets) | dev macro-F1 (float, offsets) | dev macro-F1 (packed, offsets tuned on it) | offsets [neg,neu,pos] |');
note('|---|---:|---:|---:|---:|---|');
for (const language of LANGUAGES) {
  const shop = generateShopComments(language, settings.SHOP_COUNT, settings.SEED + LANGUAGES.indexOf(language));
  const trainRows = loadSplit(language, 'train').filter(allowed);
  const devRows = loadSplit(language, 'dev').filter(allowed);
  for (const e of [...trainRows, ...devRows]) sources.set(e.source, (sources.get(e.source) ?? 0) + 1);
  sources.set(`opinia-shop (${language}, generated)`, shop.length);
  const features = settings.featuresFor(language);
  const firstModel = train([...trainRows, ...shop], features);
  const packedFirst = packLinear(firstModel, settings.FEATURES.hashBits, settings.KEEP_BUCKETS, settings.QUANT_CLIP);
  const hasDev = devRows.length >= 200;
  const floatTuned = hasDev ? tuneOffsets(floatLogits(firstModel, devRows, features), devRows, 0.1, 1) : { offsets: [0, 0, 0], before: NaN, after: NaN };
  // The shipped offsets are tuned on the packed model, which is what analyze() runs.
  const tuned = hasDev ? tuneOffsets(packedLogits(packedFirst, language, devRows), devRows, settings.OFFSET_STEP, settings.OFFSET_RANGE) : floatTuned;
  note(`| ${language} | ${trainRows.length} + ${shop.length} shop | ${floatTuned.before.toFixed(4)} | ${floatTuned.after.toFixed(4)} | ${tuned.after.toFixed(4)} | ${tuned.offsets.join(', ')} |`);
  // Settings fixed: the shipped model also learns from the dev rows.
  devArtifact.sentiment[language] = packedFirst;
  devArtifact.offsets[language] = tuned.offsets;
  const finalModel = train([...trainRows, ...devRows, ...shop], features);
  artifact.sentiment[language] = packLinear(finalModel, settings.FEATURES.hashBits, settings.KEEP_BUCKETS, settings.QUANT_CLIP);
  artifact.offsets[language] = tuned.offsets;
  languageExamples[language] = [...trainRows, ...devRows, ...shop];
}
const languageModel = trainLogistic(languageTrainingDocs(languageExamples), {
  buckets: 1 << LANGUAGE_HASH_BITS, epochs: 3, learningRate: 0.1, l2: 1e-6, seed: settings.SEED, wordWeight: 1,
});
artifact.language = packLinear(languageModel, LANGUAGE_HASH_BITS, 12000);
artifact.trainedOn = [...sources.keys()].sort().join(', ');
devArtifact.language = artifact.language;

// Dev figures of the packed (int8, pruned) train-only models through the public analyze().
const analyzer = createAnalyzer(devArtifact);
note('');
note('Packed train-only models on dev (analyze() with the locale hint, offsets applied):');
for (const language of LANGUAGES) {
  const dev = loadSplit(language, 'dev').filter(allowed);
  if (dev.length === 0) continue;
  const gold = dev.map((e) => LABELS.indexOf(e.label));
  const predicted = dev.map((e) => LABELS.indexOf(analyzer.analyze(e.text, { locale: language }).label));
  note(`- ${language}: macro-F1 ${score(gold, predicted).macroF1.toFixed(4)}`);
}

const fileName = commercialOnly ? 'model-commercial.json' : 'model.json';
const body = JSON.stringify(artifact) + '\n';
const outPath = join(REPO_ROOT, 'worker', 'src', 'sentiment', fileName);
writeFileSync(outPath, body);
note('');
note(`Trained on: ${[...sources.entries()].map(([s, n]) => `${s} ${n}`).join('; ')}`);
note(`Artifact ${fileName}: ${(body.length / 1024).toFixed(0)} KB raw, ${(gzipSync(body).length / 1024).toFixed(0)} KB gzipped; ` +
  `kept buckets ${LANGUAGES.map((l) => `${l} ${artifact.sentiment[l]!.count}`).join(', ')}, language-ID ${artifact.language.count}`);
note(`Training time: ${((performance.now() - started) / 1000).toFixed(1)} s on ${(await import('node:os')).cpus().length} cores`);
writeFileSync(join(REPO_ROOT, 'worker', 'src', 'sentiment', commercialOnly ? 'training-report-commercial.md' : 'training-report.md'), log.join('\n') + '\n');
