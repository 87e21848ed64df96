// npm run bench:sentiment: throughput, µs per review (p50/p99, median of 5 rounds) at 200 and 4000 characters, cold load, artifact size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const modelPath = join(root, 'worker', 'src', 'sentiment', 'model.json');

// Cold model load: parse the artifact (what workerd does when it evaluates the JSON module), decode the
// language-ID model and all three sentiment models, answer once per language. Code modules are loaded first:
// Node strips their types on import, which a wrangler bundle never does.
const { createAnalyzer } = await import('../worker/src/sentiment/engine.ts');
const { analyze } = await import('../worker/src/sentiment/index.ts');
const modelText = readFileSync(modelPath, 'utf8');
const coldStart = performance.now();
const coldAnalyzer = createAnalyzer(JSON.parse(modelText));
coldAnalyzer.analyze('cold start', { locale: 'en' });
const firstAnswerMs = performance.now() - coldStart;
for (const locale of ['pl', 'cs']) coldAnalyzer.analyze('cold start', { locale });
const coldLoadMs = performance.now() - coldStart;

const SAMPLES = [
  'Fast delivery but the quality is poor, the zip broke after two days and support never replied to my emails. Would not recommend 😡',
  'Przesyłka doszła szybko, ale jakość słaba: szwy się prują po pierwszym praniu, a obsługa nie odpisuje. Nie polecam tego sklepu.',
  'Doruceni bylo rychle a baleni v poradku, jen kvalita nic moc, zip praskl hned prvni den. Reklamace zatim bez odpovedi, skoda.',
];

function textOfLength(length: number, index: number): string {
  let text = '';
  while (text.length < length) text += SAMPLES[(index + text.length) % SAMPLES.length] + ' ';
  return text.slice(0, length);
}

function measure(length: number, iterations: number): { p50: number; p99: number; perSecond: number } {
  const texts = Array.from({ length: 64 }, (_, i) => textOfLength(length, i));
  const locales = ['en', 'pl', 'cs'];
  for (let i = 0; i < 2000; i++) analyze(texts[i % texts.length]!, { locale: locales[i % 3]! });
  const times = new Float64Array(iterations);
  const begin = performance.now();
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    analyze(texts[i % texts.length]!, { locale: locales[i % 3]! });
    times[i] = performance.now() - t0;
  }
  const elapsed = performance.now() - begin;
  times.sort();
  return { p50: times[Math.floor(iterations * 0.5)]! * 1000, p99: times[Math.floor(iterations * 0.99)]! * 1000, perSecond: (iterations / elapsed) * 1000 };
}

console.log(`cold model load: ${firstAnswerMs.toFixed(1)} ms to the first answer (parse artifact, decode language ID + one language), ` +
  `${coldLoadMs.toFixed(1)} ms with all three languages decoded`);
// A shared machine swings by half from one round to the next: report the median round, and the spread.
const ROUNDS = 5;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const [length, iterations] of [[200, 20000], [4000, 2000]] as const) {
  const rounds = Array.from({ length: ROUNDS }, () => measure(length, iterations));
  const p50s = rounds.map((r) => r.p50);
  console.log(`${length}-char comments (median of ${ROUNDS} rounds): ${Math.round(median(rounds.map((r) => r.perSecond)))} reviews/s, ` +
    `p50 ${median(p50s).toFixed(1)} µs, p99 ${median(rounds.map((r) => r.p99)).toFixed(1)} µs ` +
    `(p50 per round ${p50s.map((v) => v.toFixed(1)).join(' / ')})`);
}
for (const file of ['model.json', 'model-commercial.json']) {
  const bytes = readFileSync(join(root, 'worker', 'src', 'sentiment', file));
  console.log(`artifact ${file}: ${(bytes.length / 1024).toFixed(0)} KB raw, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KB gzipped`);
}
