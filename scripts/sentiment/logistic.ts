// Multinomial logistic regression over hashed sparse features, trained by seeded SGD with AdaGrad steps.
export const CLASS_COUNT = 3;

export interface TrainingDoc {
  /** word-block buckets followed by char-block buckets */
  features: Uint32Array;
  /** how many of `features` belong to the word block */
  wordCount: number;
  label: number;
  weight: number;
  /**
   * soft target over the classes instead of the one-hot `label` (2★ and 4★ reviews lean towards neutral: see
   * settings.SOFT_STARS); absent = one-hot
   */
  target?: readonly number[];
}

export interface LogisticOptions {
  buckets: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  wordWeight: number;
  /** return the average of all SGD iterates instead of the last one */
  average?: boolean;
  /** per-bucket, per-class feature scaling (NB log-count ratios); folded into the returned weights */
  featureScale?: Float32Array;
  /** learning rate × lrDecay^epoch (default 1: AdaGrad alone) */
  lrDecay?: number;
}

export interface LinearModel {
  weights: Float32Array;
  bias: Float32Array;
}

/** Deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * SENTIMENT_LENGTH_POWER=p (experiments only, experiments.md row 125): each block's sum is divided by its size^p instead of
 * √size; the artifact's `lengthPower` tells the engine to do the same
 */
export const LENGTH_POWER: number | undefined =
  process.env.SENTIMENT_LENGTH_POWER === undefined ? undefined : Number(process.env.SENTIMENT_LENGTH_POWER);
const norm = (count: number): number => (LENGTH_POWER === undefined ? Math.sqrt(count) : count ** LENGTH_POWER);

/** Each block is L2-normalised on its own, then weighted (words get `wordWeight`, chars 1). */
export function blockScales(wordCount: number, total: number, wordWeight: number): [number, number] {
  const charCount = total - wordCount;
  return [wordCount > 0 ? wordWeight / norm(wordCount) : 0, charCount > 0 ? 1 / norm(charCount) : 0];
}

export function logits(
  model: LinearModel,
  doc: { features: Uint32Array; wordCount: number },
  wordWeight: number,
  out: Float64Array,
): void {
  const [wordScale, charScale] = blockScales(doc.wordCount, doc.features.length, wordWeight);
  for (let c = 0; c < CLASS_COUNT; c++) out[c] = model.bias[c]!;
  for (let i = 0; i < doc.features.length; i++) {
    const base = doc.features[i]! * CLASS_COUNT;
    const scale = i < doc.wordCount ? wordScale : charScale;
    for (let c = 0; c < CLASS_COUNT; c++) out[c]! += model.weights[base + c]! * scale;
  }
}

function scaledLogits(
  model: LinearModel,
  doc: { features: Uint32Array; wordCount: number },
  wordWeight: number,
  featureScale: Float32Array,
  out: Float64Array,
): void {
  const [wordScale, charScale] = blockScales(doc.wordCount, doc.features.length, wordWeight);
  for (let c = 0; c < CLASS_COUNT; c++) out[c] = model.bias[c]!;
  for (let i = 0; i < doc.features.length; i++) {
    const base = doc.features[i]! * CLASS_COUNT;
    const scale = i < doc.wordCount ? wordScale : charScale;
    for (let c = 0; c < CLASS_COUNT; c++) out[c]! += model.weights[base + c]! * featureScale[base + c]! * scale;
  }
}

/** NB-SVM style log-count ratios per bucket and class (one class against the rest), from binary presence. */
export function naiveBayesRatios(docs: TrainingDoc[], buckets: number, smoothing: number, power: number): Float32Array {
  const counts = new Float64Array(buckets * CLASS_COUNT);
  const totals = new Float64Array(CLASS_COUNT);
  const seen = new Set<number>();
  for (const doc of docs) {
    seen.clear();
    for (const f of doc.features) seen.add(f);
    for (const f of seen) counts[f * CLASS_COUNT + doc.label]! += doc.weight;
  }
  for (let b = 0; b < buckets; b++) for (let c = 0; c < CLASS_COUNT; c++) totals[c]! += counts[b * CLASS_COUNT + c]! + smoothing;
  const grand = totals[0]! + totals[1]! + totals[2]!;
  const ratios = new Float32Array(buckets * CLASS_COUNT);
  for (let b = 0; b < buckets; b++) {
    let all = 0;
    for (let c = 0; c < CLASS_COUNT; c++) all += counts[b * CLASS_COUNT + c]! + smoothing;
    for (let c = 0; c < CLASS_COUNT; c++) {
      const inClass = (counts[b * CLASS_COUNT + c]! + smoothing) / totals[c]!;
      const rest = (all - counts[b * CLASS_COUNT + c]! - smoothing) / (grand - totals[c]!);
      ratios[b * CLASS_COUNT + c] = Math.abs(Math.log(inClass / rest)) ** power;
    }
  }
  return ratios;
}

/**
 * Per-row weights that give every class the same total weight, over all rows or within each source (`perSource`),
 * so that one large skewed source does not set the class balance of the others.
 */
export function classBalance(rows: { label: string; source: string }[], perSource: boolean): number[] {
  const counts = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const group = perSource ? row.source : '';
    const byLabel = counts.get(group) ?? new Map<string, number>();
    byLabel.set(row.label, (byLabel.get(row.label) ?? 0) + 1);
    counts.set(group, byLabel);
  }
  return rows.map((row) => {
    const byLabel = counts.get(perSource ? row.source : '')!;
    let total = 0;
    for (const n of byLabel.values()) total += n;
    return total / (byLabel.size * byLabel.get(row.label)!);
  });
}

export function toDoc(blocks: { words: number[]; chars: number[] }): { features: Uint32Array; wordCount: number } {
  const features = new Uint32Array(blocks.words.length + blocks.chars.length);
  features.set(blocks.words, 0);
  features.set(blocks.chars, blocks.words.length);
  return { features, wordCount: blocks.words.length };
}

export function trainLogistic(docs: TrainingDoc[], options: LogisticOptions): LinearModel {
  const size = options.buckets * CLASS_COUNT;
  const model: LinearModel = { weights: new Float32Array(size), bias: new Float32Array(CLASS_COUNT) };
  const squaredGradients = new Float32Array(size).fill(1e-6);
  const biasSquared = new Float64Array(CLASS_COUNT).fill(1e-6);
  const random = seededRandom(options.seed);
  const order = docs.map((_, i) => i);
  const scores = new Float64Array(CLASS_COUNT);
  const gradient = new Float64Array(CLASS_COUNT);
  // Lazy averaging: average = w − u / t, where u accumulates t × every update.
  const weighted = options.average ? new Float32Array(size) : undefined;
  const weightedBias = new Float64Array(CLASS_COUNT);
  let step = 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const learningRate = options.learningRate * (options.lrDecay ?? 1) ** epoch;
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const doc = docs[index]!;
      if (options.featureScale) scaledLogits(model, doc, options.wordWeight, options.featureScale, scores);
      else logits(model, doc, options.wordWeight, scores);
      let max = -Infinity;
      for (let c = 0; c < CLASS_COUNT; c++) max = Math.max(max, scores[c]!);
      let total = 0;
      for (let c = 0; c < CLASS_COUNT; c++) total += scores[c] = Math.exp(scores[c]! - max);
      for (let c = 0; c < CLASS_COUNT; c++) {
        gradient[c] = (scores[c]! / total - (doc.target ? doc.target[c]! : c === doc.label ? 1 : 0)) * doc.weight;
        biasSquared[c]! += gradient[c]! ** 2;
        const biasUpdate = (learningRate * gradient[c]!) / Math.sqrt(biasSquared[c]!);
        model.bias[c]! -= biasUpdate;
        weightedBias[c]! -= step * biasUpdate;
      }
      const [wordScale, charScale] = blockScales(doc.wordCount, doc.features.length, options.wordWeight);
      for (let f = 0; f < doc.features.length; f++) {
        const scale = f < doc.wordCount ? wordScale : charScale;
        const base = doc.features[f]! * CLASS_COUNT;
        for (let c = 0; c < CLASS_COUNT; c++) {
          const k = base + c;
          const g = gradient[c]! * scale * (options.featureScale ? options.featureScale[k]! : 1) + options.l2 * model.weights[k]!;
          squaredGradients[k]! += g * g;
          const update = (learningRate * g) / Math.sqrt(squaredGradients[k]!);
          model.weights[k]! -= update;
          if (weighted) weighted[k]! -= step * update;
        }
      }
      step++;
    }
  }
  if (weighted) {
    for (let k = 0; k < size; k++) model.weights[k]! -= weighted[k]! / step;
    for (let c = 0; c < CLASS_COUNT; c++) model.bias[c]! -= weightedBias[c]! / step;
  }
  if (options.featureScale) for (let k = 0; k < size; k++) model.weights[k]! *= options.featureScale[k]!;
  return model;
}
