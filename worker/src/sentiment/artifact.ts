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
   * With `encoding: "text"` (dense tables only): one character per weight, char code − TEXT_ZERO = the int weight; or
   * those character codes as bytes (a split artifact's Data module, used in place).
   */
  data: string | Uint8Array;
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
   * each feature block's sum is divided by (block size)^lengthPower; absent = 0.5 (L2 normalisation). An experiment
   * setting (experiments.md row 125: long reviews' logits grow with √length under L2 normalisation)
   */
  lengthPower?: number;
  /**
   * per-language mixed rule (engine.ts mixedDecision), chosen on dev: a clause margin beyond ±`clause` is praise or a
   * complaint; a text with both is neutral unless its whole-text margin is at least `keep`. Absent: DEFAULT_MIXED.
   */
  mixed?: Record<string, { clause: number; keep: number }>;
  sentiment: Record<string, PackedLinear>;
  language: PackedLinear;
  /**
   * per-language star head (experiments.md rows 63–68): one weight per bucket, trained on the training data's star-rated
   * reviews to place a text on the 1★…5★ scale (an ordinal model: about −1 at 1★, 0 in the middle of 3★, 1 at 5★),
   * which the 3-class table, trained on 1–2★ / 3★ / 4–5★, cannot tell apart within a class. A range (text, clause) of
   * at least `minTokens` tokens adds `linear[c] × s` of its predicted s to class c's logit. Absent: the class table alone.
   */
  stars?: Record<string, StarHead>;
}

/** A one-column table (`bias[0]` is its intercept) and how its prediction enters the class logits. */
export interface StarHead extends PackedLinear {
  linear: number[];
  /** shorter ranges (most shop comments) keep the class table alone */
  minTokens: number;
}

/**
 * A table as stored in a split artifact: its `data` lives in a file of its own next to the JSON, one byte per weight
 * (the text encoding's character codes), which the worker imports as a Data module (model-commercial.ts). The runtime
 * hands a Data module over as an ArrayBuffer, which the engine uses in place: nothing is parsed or decoded at startup.
 * Parsing 2.4 MB of weights inline in the JSON was most of a cold start.
 */
export type StoredLinear = Omit<PackedLinear, 'data'> & { data?: string };

/** An artifact's JSON, with or without its weight tables inline. */
export interface StoredArtifact extends Omit<ModelArtifact, 'sentiment' | 'language' | 'stars'> {
  sentiment: Record<string, StoredLinear>;
  language: StoredLinear;
  stars?: Record<string, Omit<StarHead, 'data'> & { data?: string }>;
}

/** The name of a language's star-head table among an artifact's weight tables ("stars-pl"). */
export const starTableName = (language: string): string => `stars-${language}`;

/**
 * The artifact with each table's `data` taken from `tables` (keyed by language, and "language" for the language-ID
 * table): the text-encoded weights as a string, or their character codes as bytes.
 */
export function withWeightTables(
  stored: StoredArtifact,
  tables: Readonly<Record<string, string | ArrayBuffer | Uint8Array>>,
): ModelArtifact {
  const table = <T extends StoredLinear>(packed: T, name: string, columns = 3): T & PackedLinear => {
    const value = tables[name];
    const data = value instanceof ArrayBuffer ? new Uint8Array(value) : value;
    // A table is dense: 2^bits buckets × 3 classes (a star head: 1 column), one character (byte) each; anything else is not this table.
    const size = (1 << packed.bits) * columns;
    if (data === undefined || (typeof data === 'string' ? data.length : data.byteLength) !== size)
      throw new Error(`the weights of table "${name}" are missing or not ${size} long`);
    return { ...packed, data, encoding: 'text' };
  };
  const sentiment: Record<string, PackedLinear> = {};
  for (const [language, packed] of Object.entries(stored.sentiment)) sentiment[language] = table(packed, language);
  const artifact: ModelArtifact = { ...stored, sentiment, language: table(stored.language, 'language'), stars: undefined };
  if (stored.stars) {
    artifact.stars = {};
    for (const [language, head] of Object.entries(stored.stars))
      artifact.stars[language] = table(head, starTableName(language), 1);
  } else delete artifact.stars;
  return artifact;
}

/** The inverse of withWeightTables: the settings without `data`, and each table's text (every table must be text-encoded). */
export function splitWeightTables(artifact: ModelArtifact): { settings: StoredArtifact; texts: Record<string, string> } {
  const texts: Record<string, string> = {};
  const strip = <T extends PackedLinear>(packed: T, name: string): Omit<T, 'data'> => {
    if (packed.encoding !== 'text' || typeof packed.data !== 'string') throw new Error(`table "${name}" is not text-encoded`);
    texts[name] = packed.data;
    const { data: _data, ...rest } = packed;
    return rest;
  };
  const sentiment: Record<string, StoredLinear> = {};
  for (const [language, packed] of Object.entries(artifact.sentiment)) sentiment[language] = strip(packed, language);
  const settings: StoredArtifact = { ...artifact, sentiment, language: strip(artifact.language, 'language'), stars: undefined };
  if (artifact.stars) {
    settings.stars = {};
    for (const [language, head] of Object.entries(artifact.stars))
      settings.stars[language] = strip(head, starTableName(language));
  } else delete settings.stars;
  return { settings, texts };
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
  if (packed.encoding === 'text') {
    const weights = typeof packed.data === 'string' ? new TextEncoder().encode(packed.data) : packed.data;
    return { weights, zero: TEXT_ZERO, scale: packed.scale, bias: packed.bias };
  }
  if (typeof packed.data !== 'string') throw new Error('only text-encoded tables come as bytes');
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
