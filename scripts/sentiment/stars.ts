// The star head (artifact.ts StarHead; experiments.md rows 63–68): an ordinal model over the same hashed features as
// the 3-class table, trained on the training data's star-rated reviews, packed like the class tables.
import { TEXT_ZERO, type StarHead } from '../../worker/src/sentiment/artifact.ts';
import { LABELS, type Example } from './data.ts';
import { blockScales, seededRandom, type TrainingDoc } from './logistic.ts';
import * as settings from './settings.ts';

export interface StarHeadOptions {
  /** the head's own bucket count (a power of two, at most the class table's): feature buckets are folded into it */
  buckets: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  wordWeight: number;
  /**
   * weight of a row without stars (shop comments, PolEmo): its class says only which side of 2|3★ and 3|4★ it lies
   * on; 0 = rated rows only
   */
  unrated: number;
}

export interface FloatStarHead {
  weights: Float32Array;
  bias: number;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * Cumulative-link ("stars > k" for k = 1…4, one shared score and four thresholds) logistic regression, SGD with
 * AdaGrad steps over the class model's blocks. The score is then rescaled so that the middle of the 3★ band is 0 and
 * half the span from the 1|2★ to the 4|5★ threshold is 1: about −1 at 1★ and 1 at 5★.
 */
export function trainStarHead(
  rows: Pick<Example, 'label' | 'rating'>[],
  docs: { features: Uint32Array; wordCount: number }[],
  options: StarHeadOptions,
): FloatStarHead {
  const used = rows.map((_, i) => i).filter((i) => rows[i]!.rating || options.unrated > 0);
  const mask = options.buckets - 1;
  const weights = new Float32Array(options.buckets);
  const squared = new Float32Array(options.buckets).fill(1e-6);
  const thresholds = [-1.5, -0.5, 0.5, 1.5];
  const thresholdSquared = [1e-6, 1e-6, 1e-6, 1e-6];
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = used.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [used[i], used[j]] = [used[j]!, used[i]!];
    }
    for (const index of used) {
      const doc = docs[index]!;
      const stars = rows[index]!.rating ?? null;
      const label = LABELS.indexOf(rows[index]!.label);
      const weight = stars ? 1 : options.unrated;
      const [wordScale, charScale] = blockScales(doc.wordCount, doc.features.length, options.wordWeight);
      let s = 0;
      for (let f = 0; f < doc.features.length; f++)
        s += weights[doc.features[f]! & mask]! * (f < doc.wordCount ? wordScale : charScale);
      let gradient = 0;
      for (let k = 0; k < 4; k++) {
        // above threshold k: more than k + 1 stars; a row without stars knows only the 2|3★ and 3|4★ sides
        if (!stars && (k === 0 || k === 3)) continue;
        const above = stars ? stars > k + 1 : k === 1 ? label >= 1 : label === 2;
        const g = (sigmoid(s - thresholds[k]!) - (above ? 1 : 0)) * weight;
        gradient += g;
        thresholdSquared[k]! += g * g;
        thresholds[k]! += (options.learningRate * g) / Math.sqrt(thresholdSquared[k]!);
      }
      for (let f = 0; f < doc.features.length; f++) {
        const b = doc.features[f]! & mask;
        const g = gradient * (f < doc.wordCount ? wordScale : charScale) + options.l2 * weights[b]!;
        squared[b]! += g * g;
        weights[b]! -= (options.learningRate * g) / Math.sqrt(squared[b]!);
      }
    }
  }
  const middle = (thresholds[1]! + thresholds[2]!) / 2;
  const half = (thresholds[3]! - thresholds[0]!) / 2;
  for (let b = 0; b < options.buckets; b++) weights[b]! /= half;
  return { weights, bias: -middle / half };
}

/** The head as a text-encoded one-column table: ±`levels` steps, range from the `clip` quantile of |w| (pack.ts). */
export function packStarHead(
  head: FloatStarHead,
  bits: number,
  clip: number,
  levels: number,
  linear: number[],
  minTokens: number,
): StarHead {
  const buckets = 1 << bits;
  const magnitudes = Float32Array.from(head.weights, Math.abs)
    .filter((w) => w > 0)
    .sort();
  const scale = (magnitudes[Math.min(magnitudes.length - 1, Math.floor(magnitudes.length * clip))] ?? 1) / levels || 1;
  const codes = new Uint8Array(buckets);
  let count = 0;
  for (let b = 0; b < buckets; b++) {
    const step = Math.max(-levels, Math.min(levels, Math.round(head.weights[b]! / scale)));
    codes[b] = TEXT_ZERO + step;
    if (step !== 0) count++;
  }
  return {
    bits,
    scale,
    bias: [Math.round(head.bias * 1e4) / 1e4],
    count,
    data: Buffer.from(codes).toString('latin1'),
    encoding: 'text',
    linear,
    minTokens,
  };
}

/**
 * The shipped star head of a language (settings.STAR_HEADS), trained on the same rows and docs as its class table and
 * packed: train.ts and the experiments build it the same way. Undefined where the language has no head or no stars.
 */
export function shippedStarHead(
  language: string,
  examples: Example[],
  docs: TrainingDoc[],
  bits: number,
  seed: number,
): StarHead | undefined {
  const starHead = settings.STAR_HEADS[language];
  if (!starHead || !examples.some((e) => e.rating)) return undefined;
  const head = trainStarHead(examples, docs, {
    buckets: 1 << bits,
    epochs: settings.EPOCHS,
    learningRate: settings.LEARNING_RATE,
    l2: settings.L2,
    seed,
    wordWeight: settings.WORD_WEIGHT,
    unrated: starHead.unrated,
  });
  return packStarHead(
    head,
    bits,
    settings.QUANT_CLIP,
    settings.QUANT_LEVELS,
    [-starHead.weight, 0, starHead.weight],
    starHead.minTokens,
  );
}
