// Class offsets for macro-F1, tuned on the model's log-probabilities (train.ts; experiment-dev.ts for experiments).
import { score } from './metrics.ts';

export interface TuningSet {
  logits: number[][];
  gold: number[];
  /** rows under the artifact's `shortTokens` tokens, which take the short offsets */
  short: boolean[];
}

/** fewest texts of a length class (short or long) that may move that class's offsets from 0 */
export const MIN_TUNING_ROWS = 50;

export interface Offsets {
  long: number[];
  short: number[];
}

export function meanMacroF1(sets: TuningSet[], offsets: Offsets): number {
  let sum = 0;
  for (const set of sets) {
    const predicted = set.logits.map((o, i) => {
      const add = set.short[i] ? offsets.short : offsets.long;
      const s = [o[0]! + add[0]!, o[1]! + add[1]!, o[2]! + add[2]!];
      return s.indexOf(Math.max(...s));
    });
    sum += score(set.gold, predicted).macroF1;
  }
  return sum / sets.length;
}

/**
 * Class offsets that maximise the mean macro-F1 over the tuning sets, on a grid of `step` within ±`range` (negative
 * stays at 0): one pair for short texts and one for the rest, tuned in turn. The sets are the dataset dev split and
 * our shop development comments: the datasets' long reviews and the shop's short comments want different priors
 * (one pair tuned on both costs the dataset 2 points of dev F1; tuned on the dataset alone, "szybka dostawa" is neutral).
 */
export function tuneOffsets(sets: TuningSet[], step: number, range: number): { offsets: Offsets; before: number; after: number } {
  const before = meanMacroF1(sets, { long: [0, 0, 0], short: [0, 0, 0] });
  let best = { offsets: { long: [0, 0, 0], short: [0, 0, 0] }, f1: before };
  const steps = Math.round(range / step);
  const round = (v: number): number => Math.round(v * 100) / 100;
  // Without short rows the short pair changes nothing: one pass over the long pair is the whole search.
  const hasShort = sets.some((set) => set.short.includes(true));
  // A pair is moved only when the tuning sets hold at least MIN_TUNING_ROWS texts of its length: the default Czech model
  // has only our shop-dev comments to tune on, a handful of them long, and they had pushed its long pair to the edge of
  // the grid (neutral and positive −1.5), so that long product reviews read negative.
  const rows = (short: boolean): number => sets.reduce((n, set) => n + set.short.filter((s) => s === short).length, 0);
  const parts = (hasShort ? (['long', 'short', 'long', 'short'] as const) : (['long'] as const)).filter(
    (part) => rows(part === 'short') >= MIN_TUNING_ROWS,
  );
  for (const part of parts) {
    for (let n = -steps; n <= steps; n++) {
      for (let p = -steps; p <= steps; p++) {
        const offsets = { ...best.offsets, [part]: [0, round(n * step), round(p * step)] };
        const f1 = meanMacroF1(sets, offsets);
        if (f1 > best.f1 + 1e-9) best = { offsets, f1 };
      }
    }
  }
  return { offsets: best.offsets, before, after: best.f1 };
}
