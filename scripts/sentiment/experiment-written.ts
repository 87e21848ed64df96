// Dev figures of the default (commercial-only) model of one language with an extra file of our own written comments at
// a few weights, through train.ts's path (train split + generated + hand-written comments, NB scaling, packing, offsets
// tuned as train.ts tunes them, the mixed rule chosen as tune-mixed.ts chooses it, analyze() with the locale hint).
// Prints, per weight, the real-review dev figures (macro-F1, neg-vs-pos accuracy, false alarms; evaluation only),
// commercial dev and shop-dev macro-F1. Where settings.STAR_HEADS has the language (pl, en), the star head is retrained
// on the same rows as train.ts trains it (the extra file among its unrated rows, at the head's `unrated` weight). Weight
// 0 = the training path without that file (where settings.COMMERCIAL_WRITTEN_FILES lists it, its rows are left out there).
// Before experiments.md row 59: SENTIMENT_COMMERCIAL_SHOP_COUNT='{}'. Reads dev only, never test.
// pl (rows 85-88): scripts/sentiment/experiment-written.ts pl scripts/sentiment/shop-written-reviews.pl.jsonl 0 0.5 1 2
// node --import ./bench/lib/data-modules.ts scripts/sentiment/experiment-written.ts cs scripts/sentiment/x.cs.jsonl 0 1 3 5
// Several files: comma-separated paths (one extra set). Rows with `rating` (the translated reviews, rows 90+) train a star
// head where SENTIMENT_STAR_HEADS lists the language (cs: '{…,"cs":{"weight":0.5,"unrated":0,"minTokens":10}}');
// EXPERIMENT_HEAD_EXTRA=1: the head learns from the extra rows at every weight, weight 0 included (a head without them
// in the class table). EXPERIMENT_HEAD_FILE=a.jsonl,b.jsonl: rated rows the head learns from besides (never the class
// table). A weight may carry a suffix for what the star head does with the extra rows (rows 100+): `r` = as loaded, and at
// weight 0 the head only (as EXPERIMENT_HEAD_EXTRA=1); `u` = their stars dropped (the head's unrated rows, at its `unrated`
// weight: en 0, so the 3-class table only); `n` = the head never sees them. No suffix: as loaded.
// en (rows 100+): experiment-written.ts en a.en.jsonl,b.en.jsonl 0 0r 0.5u 1u 2u 0.5 1 2
// EXPERIMENT_TUNE_FILE=a.jsonl,…: rows that join the offset tuning sets (never trained on; with
// EXPERIMENT_TUNE_MIXED=1 the mixed rule's sets too).
import type { ModelArtifact } from '../../worker/src/sentiment/artifact.ts';
import { createAnalyzer, mixedDecision } from '../../worker/src/sentiment/engine.ts';
import { extractFeatures } from '../../worker/src/sentiment/features.ts';
import { readArtifact } from './artifact-files.ts';
import {
  COMMERCIAL_SOURCES,
  LABELS,
  REAL_REVIEW_SOURCES,
  loadShopComments,
  loadSplit,
  type Example,
  type Language,
} from './data.ts';
import { LENGTH_POWER, classBalance, naiveBayesRatios, toDoc, trainLogistic } from './logistic.ts';
import { score } from './metrics.ts';
import { meanMacroF1, tuneOffsets, type TuningSet } from './offsets.ts';
import { packLinear } from './pack.ts';
import * as settings from './settings.ts';
import { loadShopFixture } from './shop-eval.ts';
import { shopTrainingComments, starHeadReviews, translatedReviews } from './shop-training.ts';
import { shippedStarHead } from './stars.ts';
import { KEEP_GRID, TOLERANCE } from './tune-mixed.ts';

const language = (process.argv[2] ?? 'cs') as Language;
const extraPath = process.argv[3]!;
const specs = process.argv.slice(4).map((spec) => ({
  weight: Number.parseFloat(spec),
  head: /[run]$/.test(spec) ? spec.slice(-1) : '',
}));
const EXTRA = 'experiment-extra';
/** EXPERIMENT_SEED=n: another training seed (seed noise) */
const seed = Number(process.env.EXPERIMENT_SEED ?? settings.SEED);
/**
 * EXPERIMENT_FEATURES='{"stemLength":4}': feature changes for this language on top of the shipped ones (the analyzer reads
 * them from the artifact's featuresByLanguage); EXPERIMENT_TRAIN='{"epochs":15,"l2":1e-5,"nbPower":0.5}': training settings
 */
const featureChanges = JSON.parse(process.env.EXPERIMENT_FEATURES ?? '{}') as Record<string, unknown>;
const features = { ...settings.featuresFor(language), ...featureChanges };
const trainChanges = JSON.parse(process.env.EXPERIMENT_TRAIN ?? '{}') as Record<string, number>;
/** EXPERIMENT_SHORT_TOKENS=n: the short-text class under n tokens (settings.SHORT_TOKENS) in tuning and in the analyzer */
const shortTokens = Number(process.env.EXPERIMENT_SHORT_TOKENS ?? settings.SHORT_TOKENS);
const commercial = (e: { source: string }): boolean => COMMERCIAL_SOURCES.has(e.source);
const trainRows = loadSplit(language, 'train').filter(commercial);
const dev = loadSplit(language, 'dev');
const devRows = dev.filter(commercial);
const realDev = dev.filter((e) => REAL_REVIEW_SOURCES[language].includes(e.source));
const realCommercial = realDev.filter(commercial);
const shopDev = loadShopFixture(language, 'shop-dev');
const allExtra = extraPath.split(',').flatMap((path) => loadShopComments(path, EXTRA));
const headExtra = process.env.EXPERIMENT_HEAD_EXTRA === '1';
/** the extra file's rows are left out of the training path's own comments, so weight 0 is the path without that file */
const extraTexts = new Set(allExtra.map((e) => e.text));
/**
 * EXPERIMENT_TUNE=all: the extra file is not trained on but joins the offset and mixed-rule tuning sets (a development set
 * of our own); =half: every second row is trained on, the others tune
 */
const tuneMode = process.env.EXPERIMENT_TUNE ?? 'none';
/** =quarter: every fourth row tunes (i % 4 === 3), the rest train */
const tunes = (i: number): boolean => (tuneMode === 'half' ? i % 2 === 1 : tuneMode === 'quarter' ? i % 4 === 3 : false);
const extra = tuneMode === 'all' ? [] : allExtra.filter((_e, i) => !tunes(i));
const filesOf = (paths: string | undefined, source: string): Example[] =>
  (paths ?? '')
    .split(',')
    .filter((path) => path !== '')
    .flatMap((path) => loadShopComments(path, source));
const extraTuning = [
  ...(tuneMode === 'all' ? allExtra : allExtra.filter((_e, i) => tunes(i))),
  ...filesOf(process.env.EXPERIMENT_TUNE_FILE, 'experiment-tuning'),
];
/** the shipped translated reviews that tune (settings.TRANSLATED_REVIEWS), as train.ts tunes on them, unless in the extra file */
const shippedTuning = translatedReviews(language, true).tuning.filter((e) => !extraTexts.has(e.text));
const tuneMixedToo = process.env.EXPERIMENT_TUNE_MIXED === '1';
/** EXPERIMENT_TUNE_LONG=1: only the tuning rows of ≥ settings.SHORT_TOKENS tokens (the short pair stays shop-dev's) */
if (process.env.EXPERIMENT_TUNE_LONG === '1')
  extraTuning.splice(
    0,
    extraTuning.length,
    ...extraTuning.filter((e) => extractFeatures(e.text, features).tokens.length >= settings.SHORT_TOKENS),
  );
// the shipped head-only reviews (settings.STAR_HEAD_FILES), as train.ts trains them, unless in the extra file
const headFile = [
  ...filesOf(process.env.EXPERIMENT_HEAD_FILE, 'experiment-head'),
  ...starHeadReviews(language, true).filter((e) => !extraTexts.has(e.text)),
];
const shipped = readArtifact('model-commercial.json');
const gold = (rows: { label: string }[]): number[] => rows.map((e) => LABELS.indexOf(e.label as (typeof LABELS)[number]));

/**
 * EXPERIMENT_TRAIN='{"realNeutralWeight":2}' (experiments.md row 123): the neutral (3★) rows of the language's real-review
 * sources weigh that much more in the 3-class table, on top of the class balance (which is over the whole language, so
 * Allegro's 3★ rows share the neutral class's weight with PolEmo's and our shop comments' neutral rows); the star head
 * ignores row weights. `neutralWeight` does the same for every neutral row.
 */
function neutralWeight(e: Example): number {
  if (e.label !== 'neutral') return 1;
  const real = REAL_REVIEW_SOURCES[language].includes(e.source) ? (trainChanges.realNeutralWeight ?? 1) : 1;
  return real * (trainChanges.neutralWeight ?? 1);
}

function sourceWeight(source: string, extraWeight: number): number {
  if (source === EXTRA) return extraWeight;
  if (source === 'opinia-shop-written')
    return Number(process.env.EXPERIMENT_WRITTEN_WEIGHT ?? settings.WRITTEN_WEIGHT[language] ?? 1);
  if (REAL_REVIEW_SOURCES[language].includes(source)) return settings.REAL_WEIGHT[language] ?? 1;
  return source === 'opinia-shop' ? settings.SHOP_WEIGHT : 1;
}

const ownRows: Example[] = [...trainRows, ...shopTrainingComments(language, true).filter((e) => !extraTexts.has(e.text))];
for (const { weight, head } of specs) {
  const started = performance.now();
  const unrated = extra.map(({ rating: _rating, ...e }) => e);
  const examples: Example[] = [...ownRows, ...(weight > 0 ? (head === 'u' || head === 'n' ? unrated : extra) : [])];
  const balance = classBalance(examples, settings.BALANCE_PER_SOURCE.includes(language));
  const docs = examples.map((e, i) => ({
    ...toDoc(extractFeatures(e.text, features)),
    label: LABELS.indexOf(e.label),
    weight: balance[i]! * (e.weight ?? sourceWeight(e.source, weight)) * neutralWeight(e),
  }));
  const buckets = 1 << features.hashBits;
  const model = trainLogistic(docs, {
    buckets,
    epochs: trainChanges.epochs ?? settings.EPOCHS,
    learningRate: trainChanges.learningRate ?? settings.learningRateFor(language, true),
    l2: trainChanges.l2 ?? settings.L2,
    seed,
    wordWeight: settings.WORD_WEIGHT,
    featureScale: naiveBayesRatios(
      docs,
      buckets,
      trainChanges.nbSmoothing ?? settings.NB_SMOOTHING,
      trainChanges.nbPower ?? settings.NB_POWER,
    ),
  });
  const packed = packLinear(model, features.hashBits, settings.KEEP_BUCKETS, settings.QUANT_CLIP, settings.QUANT_LEVELS);
  const base: ModelArtifact = {
    ...shipped,
    ...(LENGTH_POWER === undefined ? {} : { lengthPower: LENGTH_POWER }),
    shortTokens,
    sentiment: { ...shipped.sentiment, [language]: packed },
    featuresByLanguage: {
      ...shipped.featuresByLanguage,
      [language]: { ...shipped.featuresByLanguage?.[language], ...featureChanges },
    },
  };
  // the star head (settings.STAR_HEADS: pl, en) retrained on the same rows as train.ts does (unrated rows, the written
  // files among them, at its `unrated` weight), so the figures are those of a retrained artifact (experiments.md row 85)
  const headOnly = [...((headExtra || head === 'r') && !(weight > 0) ? extra : []), ...headFile];
  const inHead = head === 'n' ? ownRows.length : examples.length;
  const headRows = [...examples.slice(0, inHead), ...headOnly];
  const headDocs = [
    ...docs.slice(0, inHead),
    ...headOnly.map((e) => ({ ...toDoc(extractFeatures(e.text, features)), label: LABELS.indexOf(e.label), weight: 0 })),
  ];
  const starHead = shippedStarHead(language, headRows, headDocs, features.hashBits, seed);
  if (starHead) base.stars = { ...base.stars, [language]: starHead };
  const zero = createAnalyzer({
    ...base,
    offsets: { ...base.offsets, [language]: [0, 0, 0] },
    shortOffsets: { ...base.shortOffsets, [language]: [0, 0, 0] },
  });
  const tuningSet = (rows: { text: string; label: string }[]): TuningSet => ({
    logits: rows.map((e) => zero.probabilities(e.text, language).map(Math.log)),
    gold: gold(rows),
    short: rows.map((e) => extractFeatures(e.text, features).tokens.length < shortTokens),
  });
  const sets = [
    ...(devRows.length >= 200 ? [tuningSet(devRows)] : []),
    ...(realCommercial.length >= 200 ? [tuningSet(realCommercial)] : []),
    tuningSet(shopDev),
    ...(shippedTuning.length > 0 ? [tuningSet(shippedTuning)] : []),
    ...(extraTuning.length > 0 ? [tuningSet(extraTuning)] : []),
  ];
  const tuned = tuneOffsets(sets, settings.OFFSET_STEP, settings.OFFSET_RANGE);
  const artifact: ModelArtifact = {
    ...base,
    offsets: { ...base.offsets, [language]: tuned.offsets.long },
    shortOffsets: { ...base.shortOffsets, [language]: tuned.offsets.short },
  };
  // the mixed rule as tune-mixed.ts chooses it, for this language only
  const unmixed = createAnalyzer({ ...artifact, mixed: {} });
  const mixedSets = [
    ...(devRows.length >= 200 ? [devRows] : []),
    ...(realCommercial.length >= 200 ? [realCommercial] : []),
    shopDev,
    ...(shippedTuning.length > 0 ? [shippedTuning] : []),
    ...(tuneMixedToo && extraTuning.length > 0 ? [extraTuning] : []),
  ].map((rows) => ({ readings: rows.map((e) => unmixed.clauseReading(e.text, language)), gold: gold(rows) }));
  const scored = KEEP_GRID.map((keep) => ({
    keep,
    f1:
      mixedSets.reduce(
        (sum, set) =>
          sum +
          score(
            set.gold,
            set.readings.map((r) => LABELS.indexOf(mixedDecision(r, { clause: 0.5, keep }).label)),
          ).macroF1,
        0,
      ) / mixedSets.length,
  }));
  const top = Math.max(...scored.map((s) => s.f1));
  const keep = scored.filter((s) => s.f1 >= top - TOLERANCE).sort((a, b) => b.keep - a.keep)[0]!.keep;
  const analyzer = createAnalyzer({ ...artifact, mixed: { ...artifact.mixed, [language]: { clause: 0.5, keep } } });
  const read = (rows: { text: string }[]) => rows.map((e) => analyzer.analyze(e.text, { locale: language }));
  const real = read(realDev);
  const realScores = score(
    gold(realDev),
    real.map((a) => LABELS.indexOf(a.label)),
  );
  const polar = realDev.map((e, i) => [e.label, real[i]!] as const).filter(([g]) => g !== 'neutral');
  const nvp = polar.filter(([g, a]) => (g === 'negative' ? a.score < 0 : a.score > 0)).length / Math.max(1, polar.length);
  const positives = realDev.map((e, i) => [e.label, real[i]!] as const).filter(([g]) => g === 'positive');
  const falseAlarms = positives.filter(([, a]) => a.label === 'negative').length / Math.max(1, positives.length);
  // per real-review source (en: the commercial one is women's clothing = commercial dev) and false alarms per source
  const perSource = [...new Set(realDev.map((e) => e.source))]
    .map((source) => {
      const idx = realDev.map((e, i) => (e.source === source ? i : -1)).filter((i) => i >= 0);
      const f1 = score(
        idx.map((i) => gold([realDev[i]!])[0]!),
        idx.map((i) => LABELS.indexOf(real[i]!.label)),
      ).macroF1;
      const pol = idx.filter((i) => realDev[i]!.label !== 'neutral');
      const ok = pol.filter((i) => (realDev[i]!.label === 'negative' ? real[i]!.score < 0 : real[i]!.score > 0)).length;
      return `${source} ${f1.toFixed(4)} nvp ${(ok / Math.max(1, pol.length)).toFixed(3)}`;
    })
    .join('; ');
  const shopRead = read(shopDev);
  const devRead = read(devRows);
  const shop = score(
    gold(shopDev),
    shopRead.map((a) => LABELS.indexOf(a.label)),
  );
  const commercialDev = score(
    gold(devRows),
    devRead.map((a) => LABELS.indexOf(a.label)),
  );
  // real dev's even and odd rows (the keep rule asks for a gain on each half)
  const realGold = gold(realDev);
  const realLabels = real.map((a) => LABELS.indexOf(a.label));
  const half = (labels: number[], parity: number): number => {
    const idx = realDev.map((_e, i) => i).filter((i) => i % 2 === parity);
    return score(
      idx.map((i) => realGold[i]!),
      idx.map((i) => labels[i]!),
    ).macroF1;
  };
  // EXPERIMENT_BAND=1 (experiments.md row 124): a neutral band on the final score (p(positive) − p(negative)) for texts
  // of ≥ shortTokens tokens instead of the offsets' argmax and the mixed rule: lo < score < hi is neutral, else its side
  // (`band`), or only polar labels inside the band become neutral (`demote`). Fitted on the offsets' commercial tuning
  // sets (as it would ship), and cross-fitted on real dev's commercial rows (fitted on one half, read on the other)
  const bandLine = process.env.EXPERIMENT_BAND === '1' ? bandReport() : '';
  function bandReport(): string {
    const lengths = (rows: { text: string }[]): boolean[] =>
      rows.map((e) => extractFeatures(e.text, features).tokens.length >= shortTokens);
    const apply = (kind: string, analyses: { label: string; score: number }[], long: boolean[], lo: number, hi: number) =>
      analyses.map((a, i) => {
        const label = LABELS.indexOf(a.label as (typeof LABELS)[number]);
        if (!long[i]) return label;
        const inside = a.score > lo && a.score < hi;
        if (kind === 'demote') return inside && label !== 1 ? 1 : label;
        return inside ? 1 : a.score >= hi ? 2 : 0;
      });
    type BandSet = { analyses: { label: string; score: number }[]; long: boolean[]; gold: number[] };
    const fitBand = (kind: string, sets: BandSet[]): { lo: number; hi: number } => {
      let best = { lo: 0, hi: 0, f1: -1 };
      for (let a = -20; a <= 20; a++)
        for (let b = a; b <= 20; b++) {
          const lo = a / 20;
          const hi = b / 20;
          const f1 =
            sets.reduce((sum, set) => sum + score(set.gold, apply(kind, set.analyses, set.long, lo, hi)).macroF1, 0) /
            sets.length;
          if (f1 > best.f1 + 1e-9) best = { lo, hi, f1 };
        }
      return best;
    };
    const realLong = lengths(realDev);
    const tuningSets: BandSet[] = [
      ...(devRows.length >= 200 ? [{ analyses: devRead, long: lengths(devRows), gold: gold(devRows) }] : []),
      ...(realCommercial.length >= 200
        ? [{ analyses: read(realCommercial), long: lengths(realCommercial), gold: gold(realCommercial) }]
        : []),
      { analyses: shopRead, long: lengths(shopDev), gold: gold(shopDev) },
    ];
    const halfSet = (parity: number): BandSet => {
      const idx = realDev.map((_e, i) => i).filter((i) => i % 2 === parity && commercial(realDev[i]!));
      return { analyses: idx.map((i) => real[i]!), long: idx.map((i) => realLong[i]!), gold: idx.map((i) => realGold[i]!) };
    };
    return ['band', 'demote']
      .map((kind) => {
        const shipped = fitBand(kind, tuningSets);
        const labels = apply(kind, real, realLong, shipped.lo, shipped.hi);
        const fa = realDev.filter((e, i) => e.label === 'positive' && labels[i] === 0).length / Math.max(1, positives.length);
        const devF1 = score(gold(devRows), apply(kind, devRead, lengths(devRows), shipped.lo, shipped.hi)).macroF1;
        const fromOdd = fitBand(kind, [halfSet(1)]);
        const fromEven = fitBand(kind, [halfSet(0)]);
        const crossEven = half(apply(kind, real, realLong, fromOdd.lo, fromOdd.hi), 0);
        const crossOdd = half(apply(kind, real, realLong, fromEven.lo, fromEven.hi), 1);
        return (
          `; ${kind} [${shipped.lo}, ${shipped.hi}] real dev ${score(realGold, labels).macroF1.toFixed(4)} ` +
          `(even ${half(labels, 0).toFixed(4)}, odd ${half(labels, 1).toFixed(4)}), FA ${(100 * fa).toFixed(1)} %, ` +
          `commercial dev ${devF1.toFixed(4)}; cross-fitted even ${crossEven.toFixed(4)} [${fromOdd.lo}, ${fromOdd.hi}], ` +
          `odd ${crossOdd.toFixed(4)} [${fromEven.lo}, ${fromEven.hi}]`
        );
      })
      .join('');
  }
  // set A (shop-comments: optimistic, the phrase bank was written while its errors were read), for information
  const setAComments = loadShopFixture(language, 'shop-comments');
  const setA = score(
    gold(setAComments),
    read(setAComments).map((a) => LABELS.indexOf(a.label)),
  );
  console.log(
    `${language} seed ${seed} extra weight ${weight}${head} (${weight > 0 ? extra.length : 0} rows, ${extraTuning.length} tuning${starHead ? `, star head a ${starHead.linear[2]} from ${starHead.minTokens} tokens on ${headRows.filter((e) => e.rating).length} rated rows` : ''}): real dev macro-F1 ${realScores.macroF1.toFixed(4)} (even ${half(realLabels, 0).toFixed(4)}, odd ${half(realLabels, 1).toFixed(4)}) ` +
      `(F1 ${realScores.f1.map((f) => f.toFixed(3)).join('/')}), nvp ${nvp.toFixed(3)}, FA ${(100 * falseAlarms).toFixed(1)} %, ` +
      `commercial dev ${commercialDev.macroF1.toFixed(4)}, shop-dev ${shop.macroF1.toFixed(4)}, set A ${setA.macroF1.toFixed(4)}, offsets ${tuned.offsets.long.join(',')} / ${tuned.offsets.short.join(',')} (tuning mean ` +
      `${meanMacroF1(sets, tuned.offsets).toFixed(4)}), keep ${keep}, ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
      `real dev confusion ${JSON.stringify(realScores.confusion)}; per source: ${perSource}${bandLine}`,
  );
}
