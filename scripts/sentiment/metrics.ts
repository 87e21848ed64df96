// Accuracy, macro-F1, per-class F1 and confusion matrix for 3-class labels (indices 0..2).
export interface Scores {
  accuracy: number;
  macroF1: number;
  f1: number[];
  confusion: number[][];
}

export function score(gold: number[], predicted: number[], classes = 3): Scores {
  const confusion = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    confusion[gold[i]!]![predicted[i]!]!++;
    if (gold[i] === predicted[i]) correct++;
  }
  const f1 = confusion.map((row, c) => {
    const truePositive = row[c]!;
    const predictedCount = confusion.reduce((sum, r) => sum + r[c]!, 0);
    const goldCount = row.reduce((sum, v) => sum + v, 0);
    return truePositive === 0 ? 0 : (2 * truePositive) / (predictedCount + goldCount);
  });
  // Macro-F1 over classes present in gold or predictions (binary-only sets are not punished for "neutral").
  const present = f1.filter((_, c) => confusion[c]!.some((v) => v > 0) || confusion.some((r) => r[c]! > 0));
  const macroF1 = present.reduce((a, b) => a + b, 0) / Math.max(1, present.length);
  return { accuracy: gold.length ? correct / gold.length : 0, macroF1, f1, confusion };
}
