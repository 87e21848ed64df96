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
  /** base64: `count` varint bucket deltas, then `count` × 3 int8 weights; when every bucket is kept, only the weights */
  data: string;
}

export interface ModelArtifact {
  version: number;
  trainedOn: string;
  features: FeatureOptions;
  /** per-language changes to `features` (chosen on each language's dev split) */
  featuresByLanguage?: Record<string, Partial<FeatureOptions>>;
  wordWeight: number;
  /** per-language class offsets chosen on dev for macro-F1 */
  offsets: Record<string, number[]>;
  sentiment: Record<string, PackedLinear>;
  language: PackedLinear;
}

export interface DenseLinear {
  weights: Int8Array;
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
  const bytes = base64ToBytes(packed.data);
  const size = (1 << packed.bits) * 3;
  // Dense tables (every bucket kept) are stored as the raw int8 weights.
  if (packed.count === 1 << packed.bits) return { weights: new Int8Array(bytes.buffer, bytes.byteOffset, size), scale: packed.scale, bias: packed.bias };
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
  return { weights, scale: packed.scale, bias: packed.bias };
}
