// Per-shop correction over the shared model (issue #13 item 4): class offsets added to the model's log-probabilities,
// learnt from the shop's own comments that arrived with stars (1–2 negative, 3 neutral, 4–5 positive). A maximum a
// posteriori fit with a Gaussian prior around 0: with little history the offsets stay near 0 (the shared model), and
// they move only as far as the shop's own labels pull them. Pure and cheap: a few hundred gradient steps over three
// numbers, given each comment's class probabilities.

export interface RatedExample {
  /** the shared model's class probabilities [negative, neutral, positive] */
  probabilities: readonly number[];
  /** 0 negative, 1 neutral, 2 positive (from the stars) */
  gold: number;
}

export interface FitOptions {
  /** prior precision: how strongly the offsets are held at 0 (in units of one example's log-likelihood) */
  prior?: number;
  steps?: number;
  learningRate?: number;
}

const FLOOR = 1e-9;

/** The probabilities after adding `offsets` to the log-probabilities, renormalised. */
export function applyOffsets(probabilities: readonly number[], offsets: readonly number[]): number[] {
  const logits = probabilities.map((p, c) => Math.log(Math.max(p, FLOOR)) + (offsets[c] ?? 0));
  const max = Math.max(...logits);
  const exp = logits.map((v) => Math.exp(v - max));
  const total = exp.reduce((a, b) => a + b, 0);
  return exp.map((v) => v / total);
}

/**
 * Offsets [0, neutral, positive] (negative is the reference) maximising the class-balanced Σ w(gold) · log p(gold | offsets)
 * − prior/2 · |offsets|²,
 * by gradient ascent (the objective is concave, so plain steps converge).
 */
export function fitShopOffsets(examples: readonly RatedExample[], options: FitOptions = {}): number[] {
  const prior = options.prior ?? 20;
  const steps = options.steps ?? 300;
  const rate = options.learningRate ?? 1;
  const offsets = [0, 0, 0];
  if (examples.length === 0) return offsets;
  const logs = examples.map((e) => e.probabilities.map((p) => Math.log(Math.max(p, FLOOR))));
  const n = examples.length;
  // Class-balanced: every class present weighs the same in all (owners read macro figures, and 4–5★ dominate).
  const counts = [0, 0, 0];
  for (const e of examples) counts[e.gold]!++;
  const present = counts.filter((c) => c > 0).length;
  const weight = counts.map((c) => (c > 0 ? n / (present * c) : 0));
  for (let step = 0; step < steps; step++) {
    const gradient = [0, 0, 0];
    for (let i = 0; i < n; i++) {
      const logits = logs[i]!.map((v, c) => v + offsets[c]!);
      const max = Math.max(...logits);
      const exp = logits.map((v) => Math.exp(v - max));
      const total = exp[0]! + exp[1]! + exp[2]!;
      const w = weight[examples[i]!.gold]!;
      for (let c = 1; c < 3; c++) gradient[c]! += w * ((examples[i]!.gold === c ? 1 : 0) - exp[c]! / total);
    }
    for (let c = 1; c < 3; c++) offsets[c]! += (rate * (gradient[c]! - prior * offsets[c]!)) / (n + prior);
  }
  return offsets.map((v) => Math.round(v * 1000) / 1000);
}

/** The gold class of a star rating: 1–2 negative (0), 3 neutral (1), 4–5 positive (2). */
export function classOfRating(rating: number): number {
  return rating <= 2 ? 0 : rating === 3 ? 1 : 2;
}
