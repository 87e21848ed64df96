// Quantises a float linear model to int8 and keeps only the buckets with the largest weights.
import { TEXT_ZERO, unpackLinear, type PackedLinear } from '../../worker/src/sentiment/artifact.ts';
import { CLASS_COUNT, type LinearModel } from './logistic.ts';

/** `clip` < 1 sets the int8 range from that quantile of the non-zero |weights| (larger ones saturate) instead of the maximum. */
export function packLinear(model: LinearModel, bits: number, keep: number, clip = 1, levels = 127): PackedLinear {
  const buckets = 1 << bits;
  let maxAbs = 0;
  for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  if (clip < 1) {
    const magnitudes = Float32Array.from(model.weights, Math.abs)
      .filter((w) => w > 0)
      .sort();
    maxAbs = magnitudes[Math.min(magnitudes.length - 1, Math.floor(magnitudes.length * clip))] ?? maxAbs;
  }
  const scale = maxAbs / levels || 1;
  const strength = new Float32Array(buckets);
  for (let b = 0; b < buckets; b++) {
    for (let c = 0; c < CLASS_COUNT; c++) strength[b] = Math.max(strength[b]!, Math.abs(model.weights[b * CLASS_COUNT + c]!));
  }
  const threshold = Math.max(scale * 0.5, [...strength].sort((a, b) => b - a)[Math.min(keep, buckets) - 1] ?? 0);
  let kept: number[] = [];
  for (let b = 0; b < buckets; b++) if (strength[b]! >= threshold && strength[b]! > 0) kept.push(b);
  // Dense storage (no bucket list, zero-copy load) once most buckets carry a weight.
  const dense = kept.length >= buckets / 2;
  if (dense) kept = Array.from({ length: buckets }, (_, b) => b);
  const quantised = (b: number, c: number): number =>
    Math.max(-levels, Math.min(levels, Math.round(model.weights[b * CLASS_COUNT + c]! / scale)));
  const bias = [...model.bias].map((v) => Math.round(v * 1e4) / 1e4);
  // Every table whose steps fit the text alphabet is stored dense as text, pruned buckets as weight 0: decoding is
  // one native TextEncoder.encode, while a sparse base64 table needs a JavaScript loop over every byte, which was
  // most of the default artifact's cold load (its en and cs tables are sparse). The runs of zeros cost little gzipped.
  if (levels <= TEXT_ZERO - 48) {
    const codes = new Uint8Array(buckets * CLASS_COUNT).fill(TEXT_ZERO);
    for (const b of kept) for (let c = 0; c < CLASS_COUNT; c++) codes[b * CLASS_COUNT + c] = TEXT_ZERO + quantised(b, c);
    return { bits, scale, bias, count: kept.length, data: Buffer.from(codes).toString('latin1'), encoding: 'text' };
  }
  const bytes: number[] = [];
  let previous = 0;
  for (const b of dense ? [] : kept) {
    let delta = b - previous;
    previous = b;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
  }
  for (const b of kept) {
    for (let c = 0; c < CLASS_COUNT; c++) bytes.push(quantised(b, c) & 0xff);
  }
  return { bits, scale, bias, count: kept.length, data: Buffer.from(bytes).toString('base64') };
}

/** The same weights as a text-encoded dense table (a table packed before text encoding covered sparse tables too). */
export function asTextTable(packed: PackedLinear): PackedLinear {
  if (packed.encoding === 'text') return packed;
  const dense = unpackLinear(packed);
  const codes = new Uint8Array(dense.weights.length);
  for (let i = 0; i < codes.length; i++) {
    const weight = dense.weights[i]! - dense.zero;
    if (Math.abs(weight) > TEXT_ZERO - 48) throw new Error(`weight ${weight} does not fit the text alphabet`);
    codes[i] = TEXT_ZERO + weight;
  }
  return { ...packed, data: Buffer.from(codes).toString('latin1'), encoding: 'text' };
}
