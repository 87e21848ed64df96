// Dev-set experiments on the shipped training path (train + generated shop comments, NB scaling, packing, analyze()).
// node scripts/sentiment/experiment-dev.ts en '{"charMax":5}' '[{"epochs":12},{"classPower":0.5}]'
// Features are extracted once per run; each element of the variant list is trained and scored in turn.
import { createAnalyzer } from '../../worker/src/sentiment/engine.ts';
import type { ModelArtifact } from '../../worker/src/sentiment/artifact.ts';
import { extractFeatures, type FeatureOptions } from '../../worker/src/sentiment/features.ts';
import { readArtifact } from './artifact-files.ts';
import { LABELS, loadSplit, readJsonl, type Language } from './data.ts';
import { classBalance, logits, naiveBayesRatios, toDoc, trainLogistic, type LinearModel, type TrainingDoc } from './logistic.ts';
import { score } from './metrics.ts';
import { tuneOffsets } from './offsets.ts';
import { packLinear } from './pack.ts';
import * as settings from './settings.ts';
import { shopTrainingComments } from './shop-training.ts';
import { shopSentimentScores, type ShopComment } from './shop-eval.ts';

interface Variant {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  wordWeight?: number;
  seed?: number;
  nbSmoothing?: number;
  nbPower?: number;
  classPower?: number;
  clip?: number;
  levels?: number /** per-source row weights */;
  sourceWeights?: Record<string, number>;
  /** weight of the hand-written shop comments (default: like the generated ones) */ writtenWeight?: number;
  /** class balance within each source (default: settings.BALANCE_PER_SOURCE) */ sourceBalance?: boolean;
  shopWeight?: number;
  lrDecay?: number;
  bag?: number;
  fineOffsets?: boolean;
  /** 2-pass: train rows whose gold-label probability under the first model is below this are down-weighted by denoiseWeight */ denoise?: number;
  denoiseWeight?: number;
  /** fold in a plain (no NB) model with this weight */ mixPlain?: number;
  /** fold in word-only + char-only NB models (their logits summed) with this weight */ mixViews?: number;
}

const language = (process.argv[2] ?? 'en') as Language;
const features: FeatureOptions = { ...settings.featuresFor(language), ...JSON.parse(process.argv[3] ?? '{}') };
const variants = JSON.parse(process.argv[4] ?? '[{}]') as Variant[];
const started = performance.now();
const shop = shopTrainingComments(language);
const train = [...loadSplit(language, 'train'), ...shop];
const dev = loadSplit(language, 'dev');
const balances = new Map([false, true].map((perSource) => [perSource, classBalance(train, perSource)]));
const extracted = train.map((e) => toDoc(extractFeatures(e.text, features)));
const devDocs = dev.map((e) => toDoc(extractFeatures(e.text, features)));
const gold = dev.map((e) => LABELS.indexOf(e.label));
const buckets = 1 << features.hashBits;
console.log(
  `${language} features ${JSON.stringify(process.argv[3] ?? '{}')} extracted in ${((performance.now() - started) / 1000).toFixed(1)}s`,
);

/** Offsets on a 0.1 grid within ±1 (one pair for all texts), as train.ts tunes the float model's. */
function tune(devLogits: number[][]): { f1: number; offsets: number[] } {
  const tuned = tuneOffsets([{ logits: devLogits, gold, short: devLogits.map(() => false) }], 0.1, 1);
  return { f1: tuned.after, offsets: tuned.offsets.long };
}

for (const variant of variants) {
  const t0 = performance.now();
  const classPower = variant.classPower ?? 1;
  const shopWeight = variant.shopWeight ?? settings.SHOP_WEIGHT;
  const docs: TrainingDoc[] = train.map((e, i) => {
    const label = LABELS.indexOf(e.label);
    const balance = balances.get(variant.sourceBalance ?? settings.BALANCE_PER_SOURCE.includes(language))![i]! ** classPower;
    const weight =
      e.source === 'opinia-shop-written'
        ? (variant.writtenWeight ?? settings.WRITTEN_WEIGHT[language]!)
        : e.source === 'opinia-shop'
          ? shopWeight
          : (variant.sourceWeights?.[e.source] ?? 1);
    return { ...extracted[i]!, label, weight: balance * weight };
  });
  const wordWeight = variant.wordWeight ?? settings.WORD_WEIGHT;
  const featureScale = naiveBayesRatios(
    docs,
    buckets,
    variant.nbSmoothing ?? settings.NB_SMOOTHING,
    variant.nbPower ?? settings.NB_POWER,
  );
  if (variant.denoise) {
    const first = trainLogistic(docs, {
      buckets,
      epochs: variant.epochs ?? settings.EPOCHS,
      learningRate: variant.learningRate ?? settings.LEARNING_RATE,
      l2: variant.l2 ?? settings.L2,
      seed: variant.seed ?? settings.SEED,
      wordWeight,
      featureScale,
    });
    const o = new Float64Array(3);
    let dropped = 0;
    for (const d of docs) {
      logits(first, d, wordWeight, o);
      const max = Math.max(...o);
      const total = Math.exp(o[0]! - max) + Math.exp(o[1]! - max) + Math.exp(o[2]! - max);
      if (Math.exp(o[d.label]! - max) / total < variant.denoise) {
        d.weight *= variant.denoiseWeight ?? 0;
        dropped++;
      }
    }
    console.log(`  denoise: ${dropped} of ${docs.length} rows down-weighted`);
  }
  const models: LinearModel[] = [];
  for (let k = 0; k < (variant.bag ?? 1); k++)
    models.push(
      trainLogistic(docs, {
        buckets,
        epochs: variant.epochs ?? settings.EPOCHS,
        learningRate: variant.learningRate ?? settings.LEARNING_RATE,
        l2: variant.l2 ?? settings.L2,
        seed: (variant.seed ?? settings.SEED) + k,
        wordWeight,
        lrDecay: variant.lrDecay,
        featureScale,
      }),
    );
  const model = models[0]!;
  for (const other of models.slice(1)) {
    for (let i = 0; i < model.weights.length; i++) model.weights[i]! += other.weights[i]!;
    for (let c = 0; c < 3; c++) model.bias[c]! += other.bias[c]!;
  }
  for (let i = 0; i < model.weights.length; i++) model.weights[i]! /= models.length;
  for (let c = 0; c < 3; c++) model.bias[c]! /= models.length;
  const base = {
    buckets,
    epochs: variant.epochs ?? settings.EPOCHS,
    learningRate: variant.learningRate ?? settings.LEARNING_RATE,
    l2: variant.l2 ?? settings.L2,
    seed: variant.seed ?? settings.SEED,
    wordWeight,
  };
  const addScaled = (other: LinearModel, weight: number): void => {
    for (let i = 0; i < model.weights.length; i++) model.weights[i]! += weight * other.weights[i]!;
    for (let c = 0; c < 3; c++) model.bias[c]! += weight * other.bias[c]!;
  };
  const scaleModel = (weight: number): void => {
    for (let i = 0; i < model.weights.length; i++) model.weights[i]! *= weight;
    for (let c = 0; c < 3; c++) model.bias[c]! *= weight;
  };
  if (variant.mixPlain) {
    scaleModel(1 - variant.mixPlain);
    addScaled(trainLogistic(docs, base), variant.mixPlain);
  }
  if (variant.mixViews) {
    const wordDocs = docs.map((d) => ({ ...d, features: d.features.subarray(0, d.wordCount) }));
    const charDocs = docs.map((d) => ({ ...d, features: d.features.subarray(d.wordCount), wordCount: 0 }));
    const wordModel = trainLogistic(wordDocs, {
      ...base,
      featureScale: naiveBayesRatios(wordDocs, buckets, variant.nbSmoothing ?? settings.NB_SMOOTHING, 1),
    });
    const charModel = trainLogistic(charDocs, {
      ...base,
      featureScale: naiveBayesRatios(charDocs, buckets, variant.nbSmoothing ?? settings.NB_SMOOTHING, 1),
    });
    scaleModel(1 - variant.mixViews);
    addScaled(wordModel, variant.mixViews);
    addScaled(charModel, variant.mixViews);
  }
  const out = new Float64Array(3);
  const devLogits = devDocs.map((d) => {
    logits(model, d, wordWeight, out);
    return [...out];
  });
  const plain = score(
    gold,
    devLogits.map((o) => o.indexOf(Math.max(...o))),
  ).macroF1;
  const tuned = tune(devLogits);
  const shipped = readArtifact('model.json');
  const artifact: ModelArtifact = {
    ...shipped,
    features,
    featuresByLanguage: { [language]: features },
    wordWeight,
    sentiment: {
      ...shipped.sentiment,
      [language]: packLinear(
        model,
        features.hashBits,
        settings.KEEP_BUCKETS,
        variant.clip ?? settings.QUANT_CLIP,
        variant.levels ?? settings.QUANT_LEVELS,
      ),
    },
    offsets: { ...shipped.offsets, [language]: tuned.offsets },
  };
  if (variant.fineOffsets) {
    // Offsets tuned on the packed model's own log-probabilities, on a finer grid.
    const zero = createAnalyzer({ ...artifact, offsets: { ...shipped.offsets, [language]: [0, 0, 0] } });
    // With SHOP_DEV set, like train.ts: the mean macro-F1 of the dataset dev split and the shop development comments.
    const shopDev = process.env.SHOP_DEV ? (readJsonl(process.env.SHOP_DEV.replace('<lang>', language)) as ShopComment[]) : [];
    const sets = [
      { rows: dev, gold },
      ...(shopDev.length ? [{ rows: shopDev, gold: shopDev.map((c) => LABELS.indexOf(c.label)) }] : []),
    ].map((set) => ({ gold: set.gold, logits: set.rows.map((e) => zero.probabilities(e.text, language).map(Math.log)) }));
    const tuned = tuneOffsets(
      sets.map((set) => ({ ...set, short: set.logits.map(() => false) })),
      0.05,
      1.5,
    );
    const best = { f1: tuned.after, offsets: tuned.offsets.long };
    artifact.offsets[language] = best.offsets;
    console.log(`  fine offsets ${JSON.stringify(best)}`);
  }
  const analyzer = createAnalyzer(artifact);
  const predicted = dev.map((e) => LABELS.indexOf(analyzer.analyze(e.text, { locale: language }).label));
  const packed = score(gold, predicted);
  const gz = (await import('node:zlib')).gzipSync(JSON.stringify(artifact.sentiment[language])).length;
  console.log(
    `${language} ${JSON.stringify(variant)} gz ${(gz / 1024).toFixed(0)}KB float ${plain.toFixed(4)} offsets ${tuned.f1.toFixed(4)} ${JSON.stringify(tuned.offsets)} ` +
      `PACKED ${packed.macroF1.toFixed(4)} f1 ${packed.f1.map((f) => f.toFixed(3)).join('/')} ${((performance.now() - t0) / 1000).toFixed(1)}s`,
  );
  if (process.env.SHOP_DEV) {
    // A shop-comment set used as a development set (never one that is reported as held out).
    const comments = readJsonl(process.env.SHOP_DEV.replace('<lang>', language)) as ShopComment[];
    const shopScores = shopSentimentScores(comments, (text) => analyzer.analyze(text, { locale: language }));
    console.log(
      `  shop-dev macro-F1 ${shopScores.macroF1.toFixed(4)} f1 ${shopScores.f1.map((f) => f.toFixed(2)).join('/')} ${JSON.stringify(shopScores.confusion)}`,
    );
  }
  if (process.env.PER_SOURCE) {
    for (const source of new Set(dev.map((e) => e.source))) {
      const rows = dev.map((_e, i) => i).filter((i) => dev[i]!.source === source);
      const s = score(
        rows.map((i) => gold[i]!),
        rows.map((i) => predicted[i]!),
      );
      console.log(
        `  ${source} ${rows.length} ${s.macroF1.toFixed(3)} f1 ${s.f1.map((f) => f.toFixed(2)).join('/')} ${JSON.stringify(s.confusion)}`,
      );
    }
  }
  if (process.env.DUMP_ERRORS) {
    for (let i = 0; i < dev.length; i++)
      if (gold[i] !== predicted[i] && dev[i]!.source === process.env.DUMP_ERRORS)
        console.log(`  ERR gold ${LABELS[gold[i]!]} got ${LABELS[predicted[i]!]}: ${dev[i]!.text.slice(0, 160)}`);
  }
}
