// The trained artifact's shape and its decoding into dense int8 weight tables.
import type { FeatureOptions } from './features.ts';

export interface PackedLinear {
  /** log2 of the bucket count */
  bits: number;
  /** int8 weight × scale = float weight */
  scale: number;
  bias: number[];
  /** how many buckets are kept */
  count: number;
  /**
   * base64: `count` varint bucket deltas, then `count` × 3 int8 weights; when every bucket is kept, only the weights.
   * With `encoding: "text"` (dense tables only): one character per weight, char code − TEXT_ZERO = the int weight.
   */
  data: string;
  encoding?: 'base64' | 'text';
}

/** Char code of weight 0 in text-encoded tables: weights −31…31 are the characters "0"…"n" (TextEncoder decodes them natively). */
export const TEXT_ZERO = 79;

export interface ModelArtifact {
  version: number;
  trainedOn: string;
  features: FeatureOptions;
  /** per-language changes to `features` (chosen on each language's dev split) */
  featuresByLanguage?: Record<string, Partial<FeatureOptions>>;
  wordWeight: number;
  /** per-language class offsets chosen on dev for macro-F1 */
  offsets: Record<string, number[]>;
  /** offsets for texts and clauses of fewer than `shortTokens` tokens (shop comments), where the dataset's priors mislead */
  shortOffsets?: Record<string, number[]>;
  shortTokens?: number;
  /**
   * weight of the part after the last "but"-word in the overall label ("fast delivery but the shoes fell apart" is a
   * complaint): the class probabilities are whole^(1−w) × tail^w, renormalised; 0 or absent = whole text only
   */
  contrastWeight?: number;
  /**
   * per-language mixed rule (engine.ts mixedDecision), chosen on dev: a clause margin beyond ±`clause` is praise or a
   * complaint; a text with both is neutral unless its whole-text margin is at least `keep`. Absent: DEFAULT_MIXED.
   */
  mixed?: Record<string, { clause: number; keep: number }>;
  sentiment: Record<string, PackedLinear>;
  language: PackedLinear;
}

export interface DenseLinear {
  /** stored weights: the int weight is `weights[i] − zero` */
  weights: Int8Array | Uint8Array;
  zero: number;
  scale: number;
  bias: number[];
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function unpackLinear(packed: PackedLinear): DenseLinear {
  // Text tables decode in one native call, with no per-weight JavaScript loop: that is most of a cold start.
  if (packed.encoding === 'text')
    return { weights: new TextEncoder().encode(packed.data), zero: TEXT_ZERO, scale: packed.scale, bias: packed.bias };
  const bytes = base64ToBytes(packed.data);
  const size = (1 << packed.bits) * 3;
  // Dense tables (every bucket kept) are stored as the raw int8 weights.
  if (packed.count === 1 << packed.bits)
    return { weights: new Int8Array(bytes.buffer, bytes.byteOffset, size), zero: 0, scale: packed.scale, bias: packed.bias };
  const weights = new Int8Array(size);
  const buckets = new Uint32Array(packed.count);
  let offset = 0;
  let bucket = 0;
  for (let i = 0; i < packed.count; i++) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[offset++]!;
      delta |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    bucket += delta;
    buckets[i] = bucket;
  }
  const values = new Int8Array(bytes.buffer, bytes.byteOffset + offset, packed.count * 3);
  for (let i = 0; i < packed.count; i++) {
    const base = buckets[i]! * 3;
    weights[base] = values[i * 3]!;
    weights[base + 1] = values[i * 3 + 1]!;
    weights[base + 2] = values[i * 3 + 2]!;
  }
  return { weights, zero: 0, scale: packed.scale, bias: packed.bias };
}
