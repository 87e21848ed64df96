// Dev-set experiments: node scripts/sentiment/experiment.ts en '{"charMax":5}' '{"epochs":5}'
import { extractFeatures, type FeatureOptions } from '../../worker/src/sentiment/features.ts';
import { LABELS, loadSplit, type Language } from './data.ts';
import { CLASS_COUNT, logits, naiveBayesRatios, toDoc, trainLogistic, type LogisticOptions } from './logistic.ts';
import { score } from './metrics.ts';

const language = (process.argv[2] ?? 'en') as Language;
const features: FeatureOptions = {
  hashBits: 18,
  rawWords: true,
  bigrams: true,
  charMin: 2,
  charMax: 5,
  stemLength: 5,
  prefixNegation: true,
  lexicon: true,
  ...JSON.parse(process.argv[3] ?? '{}'),
};
const training: LogisticOptions = {
  buckets: 1 << features.hashBits,
  epochs: 6,
  learningRate: 0.2,
  l2: 1e-6,
  seed: 7,
  wordWeight: 1,
  ...JSON.parse(process.argv[4] ?? '{}'),
};
const started = performance.now();
const train = loadSplit(language, 'train');
const dev = loadSplit(language, 'dev');
const counts = [0, 0, 0];
for (const e of train) counts[LABELS.indexOf(e.label)]!++;
const docs = train.map((e) => {
  const label = LABELS.indexOf(e.label);
  return { ...toDoc(extractFeatures(e.text, features)), label, weight: train.length / (CLASS_COUNT * counts[label]!) };
});
const nb = JSON.parse(process.argv[5] ?? 'null') as { smoothing: number; power: number } | null;
const model = trainLogistic(
  docs,
  nb ? { ...training, featureScale: naiveBayesRatios(docs, training.buckets, nb.smoothing, nb.power) } : training,
);
const out = new Float64Array(3);
const gold = dev.map((e) => LABELS.indexOf(e.label));
const predicted = dev.map((e) => {
  logits(model, toDoc(extractFeatures(e.text, features)), training.wordWeight, out);
  return out.indexOf(Math.max(...out));
});
const result = score(gold, predicted);
console.log(
  language,
  JSON.stringify(process.argv.slice(3)),
  'devF1',
  result.macroF1.toFixed(4),
  'f1',
  result.f1.map((f) => f.toFixed(3)).join('/'),
  `${((performance.now() - started) / 1000).toFixed(1)}s`,
);
// Class-offset tuning (what the trainer does on dev): shows the headroom.
const devLogits = dev.map((e) => {
  const o = new Float64Array(3);
  logits(model, toDoc(extractFeatures(e.text, features)), training.wordWeight, o);
  return o;
});
let best = { f1: 0, neutral: 0, positive: 0 };
for (let neutral = -1; neutral <= 1.001; neutral += 0.1)
  for (let positive = -1; positive <= 1.001; positive += 0.1) {
    const p = devLogits.map((o) => {
      const s = [o[0]!, o[1]! + neutral, o[2]! + positive];
      return s.indexOf(Math.max(...s));
    });
    const f = score(gold, p).macroF1;
    if (f > best.f1) best = { f1: f, neutral, positive };
  }
console.log('  tuned offsets', JSON.stringify(best));
