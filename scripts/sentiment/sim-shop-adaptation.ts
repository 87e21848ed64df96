// npm run sim:shop-adaptation: does a per-shop correction (worker/src/sentiment/shop-correction.ts) learnt from a
// shop's own star-rated comments beat the shared model on that shop's later comments? Each real-review source is one
// shop; its rows (dev then test splits, in file order, as a stand-in for time: none of them was trained on) are split
// into the older 80 % (history) and the newer 20 % (scored). For each history size h, the correction is fitted on h
// comments of the history (up to five disjoint windows, the most recent first, averaged) and the newer 20 % are scored
// with and without it. Prints macro-F1 of the shared model, the gain by history size, and the smallest history from
// which the mean gain stays at least one point. Nothing is tuned here: the prior is fixed in shop-correction.ts.
import { createAnalyzer, type Analyzer } from '../../worker/src/sentiment/engine.ts';
import { readArtifact } from './artifact-files.ts';
import { applyOffsets, classOfRating, fitShopOffsets, type RatedExample } from '../../worker/src/sentiment/shop-correction.ts';
import { LABELS, readJsonl, DATA_DIR, type Language } from './data.ts';
import { score } from './metrics.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

interface Row {
  text: string;
  label: string;
  rating: number | null;
  source: string;
}

const SHOPS: { language: Language; source: string; note?: string }[] = [
  { language: 'en', source: 'womens-clothing-ecommerce' },
  { language: 'en', source: 'flipkart-headphones' },
  { language: 'en', source: 'tripadvisor-hotels-2k' },
  { language: 'pl', source: 'klej-allegro-reviews' },
  { language: 'cs', source: 'mallcz-products', note: 'the shop’s own classes stand in for stars' },
];
export const HISTORY_SIZES = [25, 50, 100, 200, 400, 800];
const WINDOWS = 5;
/** A gain "pays" when it is at least one point of macro-F1. */
const PAYS = 0.01;

function rowsOf(language: Language, source: string): Row[] {
  const out: Row[] = [];
  for (const split of ['dev', 'test']) {
    const plain = join(DATA_DIR, language, `${split}.jsonl`);
    const path = existsSync(plain) ? plain : `${plain}.gz`;
    out.push(...(readJsonl(path) as Row[]).filter((row) => row.source === source));
  }
  return out;
}

const goldOf = (row: Row): number =>
  row.rating !== null ? classOfRating(row.rating) : LABELS.indexOf(row.label as (typeof LABELS)[number]);
const argmax = (p: readonly number[]): number => p.indexOf(Math.max(...p));
const fmt = (v: number): string => v.toFixed(3);
const signed = (v: number): string => (v >= 0 ? '+' : '') + v.toFixed(3);

function simulate(analyzer: Analyzer, name: string): void {
  console.log(`\n## ${name}\n`);
  const gains = new Map<number, number[]>();
  const header = ['shop', 'history / scored', 'shared macro-F1', ...HISTORY_SIZES.map((h) => `h=${h}`), 'all history'];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`);
  for (const shop of SHOPS) {
    const rows = rowsOf(shop.language, shop.source);
    const examples: RatedExample[] = rows.map((row) => ({
      probabilities: analyzer.probabilities(row.text, shop.language),
      gold: goldOf(row),
    }));
    const cut = Math.floor(examples.length * 0.8);
    const history = examples.slice(0, cut);
    const scored = examples.slice(cut);
    const gold = scored.map((e) => e.gold);
    const shared = score(
      gold,
      scored.map((e) => argmax(e.probabilities)),
    ).macroF1;
    const adaptedF1 = (offsets: number[]) =>
      score(
        gold,
        scored.map((e) => argmax(applyOffsets(e.probabilities, offsets))),
      ).macroF1;
    const cells: string[] = [];
    for (const h of [...HISTORY_SIZES, history.length]) {
      if (h > history.length) {
        cells.push('–');
        continue;
      }
      const windows: number[] = [];
      for (let w = 0; w < WINDOWS && (w + 1) * h <= history.length; w++) {
        windows.push(adaptedF1(fitShopOffsets(history.slice(history.length - (w + 1) * h, history.length - w * h))) - shared);
      }
      const gain = windows.reduce((a, b) => a + b, 0) / windows.length;
      cells.push(signed(gain));
      if (HISTORY_SIZES.includes(h)) gains.set(h, [...(gains.get(h) ?? []), gain]);
    }
    const label = `${shop.language} ${shop.source}${shop.note ? ` (${shop.note})` : ''}`;
    console.log(`| ${label} | ${history.length} / ${scored.length} | ${fmt(shared)} | ${cells.join(' | ')} |`);
  }
  const means = HISTORY_SIZES.map((h) => {
    const list = gains.get(h) ?? [];
    return list.length ? list.reduce((a, b) => a + b, 0) / list.length : NaN;
  });
  console.log(
    `| **mean gain over the shops that have h** | | | ${means.map((m) => (Number.isNaN(m) ? '–' : signed(m))).join(' | ')} | |`,
  );
  const pays = HISTORY_SIZES.find((_, i) => means.slice(i).every((m) => Number.isNaN(m) || m >= PAYS));
  console.log(
    `\nMinimum history from which the mean gain stays at least +${PAYS} macro-F1: ${pays === undefined ? 'none on the grid' : `${pays} rated comments`}.`,
  );
}

console.log(
  '# Per-shop adaptation, simulated on real reviews (older 80 % history, newer 20 % scored; gain = adapted − shared macro-F1)',
);
simulate(createAnalyzer(readArtifact('model.json')), 'Full artifact (model.json)');
simulate(createAnalyzer(readArtifact('model-commercial.json')), 'Commercial-only artifact (model-commercial.json)');
