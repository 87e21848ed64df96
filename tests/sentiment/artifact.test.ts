import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  TEXT_ZERO,
  splitWeightTables,
  unpackLinear,
  withWeightTables,
  type StarHead,
  type StoredArtifact,
} from '../../worker/src/sentiment/artifact.ts';
import { createAnalyzer } from '../../worker/src/sentiment/engine.ts';
import * as COMMERCIAL from '../../worker/src/sentiment/model-commercial.ts';
import * as FULL from '../../worker/src/sentiment/model-full.ts';
import { ARTIFACT_DIR, readArtifact, type ArtifactFile } from '../../scripts/sentiment/artifact-files.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const TEXTS = readdirSync(fixtures)
  .filter((file) => file.endsWith('.jsonl'))
  .flatMap((file) =>
    readFileSync(join(fixtures, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );

const sameBytes = (a: Int8Array | Uint8Array, b: Int8Array | Uint8Array): boolean =>
  a.byteLength === b.byteLength &&
  Buffer.compare(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), new Uint8Array(b.buffer, b.byteOffset, b.byteLength)) ===
    0;

const ARTIFACTS = [
  { file: 'model-commercial.json', module: COMMERCIAL, name: 'commercial' },
  { file: 'model.json', module: FULL, name: 'full' },
] as const satisfies { file: ArtifactFile; module: typeof COMMERCIAL; name: string }[];

describe.each(ARTIFACTS)(
  'the $file artifact stored split (settings JSON + one Data module per weight table)',
  ({ file, module: { MODEL, MODEL_NAME }, name }) => {
    it('should say which artifact it is', () => {
      expect(MODEL_NAME).toBe(name);
    });

    it('should keep no weights in its JSON, so that a cold start parses only its settings', () => {
      const json = readFileSync(join(ARTIFACT_DIR, file), 'utf8');
      expect(json.length).toBeLessThan(4096);
      const stored = JSON.parse(json) as StoredArtifact;
      for (const table of [...Object.values(stored.sentiment), stored.language, ...Object.values(stored.stars ?? {})])
        expect(table.data).toBeUndefined();
    });

    it('should use the Data modules in place: the decoded tables are their bytes, with no copy and no decoding', () => {
      for (const table of [...Object.values(MODEL.sentiment), MODEL.language, ...Object.values(MODEL.stars ?? {})]) {
        expect(table.data).toBeInstanceOf(Uint8Array);
        const dense = unpackLinear(table);
        expect(dense.weights).toBe(table.data);
        expect(dense.zero).toBe(TEXT_ZERO);
      }
    });

    it('should decode to the same tables as the same weights inline as text (the artifact format before the split)', () => {
      const inline = readArtifact(file);
      for (const [language, table] of Object.entries(inline.sentiment)) {
        expect(typeof table.data).toBe('string');
        expect(sameBytes(unpackLinear(table).weights, unpackLinear(MODEL.sentiment[language]!).weights)).toBe(true);
      }
      expect(sameBytes(unpackLinear(inline.language).weights, unpackLinear(MODEL.language).weights)).toBe(true);
    });

    it('should score every fixture comment identically to the inline artifact, in every language and with no locale', () => {
      const split = createAnalyzer(MODEL);
      const inline = createAnalyzer(readArtifact(file));
      expect(TEXTS.length).toBeGreaterThan(1000);
      for (const text of TEXTS) {
        for (const locale of [undefined, 'en', 'pl', 'cs']) {
          const options = locale ? { locale } : {};
          expect(split.analyze(text, options)).toEqual(inline.analyze(text, options));
        }
        for (const language of ['en', 'pl', 'cs'])
          expect(split.probabilities(text, language)).toEqual(inline.probabilities(text, language));
      }
      // thousands of answers from two analyzers: ~3 s on an idle machine, over the 5 s default on a loaded one
    }, 60_000);

    it('should give back the artifact it was split from, and refuse a table of the wrong size', () => {
      const inline = readArtifact(file);
      const { settings, texts } = splitWeightTables(inline);
      expect(withWeightTables(settings, texts)).toEqual(inline);
      expect(() => withWeightTables(settings, { ...texts, pl: texts.pl!.slice(1) })).toThrow(/"pl"/);
      expect(() => withWeightTables(settings, { ...texts, language: new ArrayBuffer(8) })).toThrow(/"language"/);
      const { en: _en, ...withoutEnglish } = texts;
      expect(() => withWeightTables(settings, withoutEnglish)).toThrow(/"en"/);
    });
  },
);

describe('star heads (artifact.ts StarHead)', () => {
  /** a head whose every bucket weighs 0, so that its prediction s is its intercept */
  const constantHead = (s: number, minTokens: number): StarHead => ({
    bits: 18,
    scale: 1,
    bias: [s],
    count: 0,
    data: new Uint8Array(1 << 18).fill(TEXT_ZERO),
    encoding: 'text',
    linear: [-1, 0, 1],
    minTokens,
  });

  it('should come with the default artifact for the languages with star-rated training reviews (en, pl) and not with the opt-in one', () => {
    expect(Object.keys(COMMERCIAL.MODEL.stars ?? {}).sort()).toEqual(['en', 'pl']);
    expect('stars' in FULL.MODEL).toBe(false);
  });

  it('should add linear[c] × s to each class logit of a text of at least minTokens tokens, and leave shorter texts alone', () => {
    const plain = createAnalyzer({ ...COMMERCIAL.MODEL, stars: undefined });
    const shifted = createAnalyzer({ ...COMMERCIAL.MODEL, stars: { en: constantHead(0.5, 5) } });
    const logRatio = (p: number[], c: number): number => Math.log(p[c]! / p[0]!);
    const long = 'The fabric is soft and the colour is nice and it fits well.';
    const [p, q] = [plain.probabilities(long, 'en'), shifted.probabilities(long, 'en')];
    expect(logRatio(q, 2) - logRatio(p, 2)).toBeCloseTo(1, 6);
    expect(logRatio(q, 1) - logRatio(p, 1)).toBeCloseTo(0.5, 6);
    expect(shifted.probabilities('Nice fabric.', 'en')).toEqual(plain.probabilities('Nice fabric.', 'en'));
    expect(shifted.probabilities(long, 'pl')).toEqual(plain.probabilities(long, 'pl'));
  });

  it('should fold the feature buckets into a head with fewer buckets than the class table', () => {
    const everyBucket = (bits: number): StarHead => ({
      ...constantHead(0, 0),
      bits,
      data: new Uint8Array(1 << bits).fill(TEXT_ZERO + 1),
    });
    const text = 'The fabric is soft and the colour is nice and it fits well.';
    const full = createAnalyzer({ ...COMMERCIAL.MODEL, stars: { en: everyBucket(18) } }).probabilities(text, 'en');
    const folded = createAnalyzer({ ...COMMERCIAL.MODEL, stars: { en: everyBucket(12) } }).probabilities(text, 'en');
    expect(folded).toEqual(full);
    expect(full).not.toEqual(createAnalyzer({ ...COMMERCIAL.MODEL, stars: undefined }).probabilities(text, 'en'));
  });

  it('should refuse a star table of the wrong size', () => {
    const { settings, texts } = splitWeightTables(readArtifact('model-commercial.json'));
    expect(() => withWeightTables(settings, { ...texts, 'stars-pl': texts['stars-pl']!.slice(1) })).toThrow(/"stars-pl"/);
  });
});
