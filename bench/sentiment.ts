// npm run bench:sentiment: throughput, µs per review (p50/p99, median of 5 rounds) at 200 and 4000 characters, cold load,
// artifact sizes, and the worker bundle (wrangler deploy --dry-run, offline) with the default and the opt-in artifact.
// Targets (issue #13): ≤ 50 µs p50 per 200 characters, ≤ 1 ms p50 per 4,000, cold load ≤ 20 ms, both artifacts ≤ 2 MB gz
// together, worker bundle ≤ 2.5 MB gz.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runWrangler } from '../scripts/lib/wrangler.ts';

const root = join(import.meta.dirname, '..');
// The worker's default artifact (worker/src/sentiment/index.ts); the opt-in one is measured for its size and cold load too.
const modelPath = join(root, 'worker', 'src', 'sentiment', 'model-commercial.json');

// Cold model load: parse the artifact (what workerd does when it evaluates the JSON module), decode the
// language-ID model and all three sentiment models, answer once per language. Code modules are loaded first:
// Node strips their types on import, which a wrangler bundle never does.
const { createAnalyzer } = await import('../worker/src/sentiment/engine.ts');
const { analyze } = await import('../worker/src/sentiment/index.ts');
const modelText = readFileSync(modelPath, 'utf8');
// CPU time as well as wall time: on a shared machine the wall time of a 20 ms task swings with the load average.
const coldCpu = process.cpuUsage();
const coldStart = performance.now();
const coldAnalyzer = createAnalyzer(JSON.parse(modelText));
coldAnalyzer.analyze('cold start', { locale: 'en' });
const firstAnswerMs = performance.now() - coldStart;
for (const locale of ['pl', 'cs']) coldAnalyzer.analyze('cold start', { locale });
const coldLoadMs = performance.now() - coldStart;
const coldCpuUsage = process.cpuUsage(coldCpu);
const coldCpuMs = (coldCpuUsage.user + coldCpuUsage.system) / 1000;

const SAMPLES = [
  'Fast delivery but the quality is poor, the zip broke after two days and support never replied to my emails. Would not recommend 😡',
  'Przesyłka doszła szybko, ale jakość słaba: szwy się prują po pierwszym praniu, a obsługa nie odpisuje. Nie polecam tego sklepu.',
  'Doruceni bylo rychle a baleni v poradku, jen kvalita nic moc, zip praskl hned prvni den. Reklamace zatim bez odpovedi, skoda.',
];

function textOfLength(length: number, index: number): string {
  let text = '';
  while (text.length < length) text += `${SAMPLES[(index + text.length) % SAMPLES.length]} `;
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
  return {
    p50: times[Math.floor(iterations * 0.5)]! * 1000,
    p99: times[Math.floor(iterations * 0.99)]! * 1000,
    perSecond: (iterations / elapsed) * 1000,
  };
}

console.log(
  `cold model load: ${firstAnswerMs.toFixed(1)} ms to the first answer (parse artifact, decode language ID + one language), ` +
    `${coldLoadMs.toFixed(1)} ms with all three languages decoded (CPU time ${coldCpuMs.toFixed(1)} ms; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`,
);
// A shared machine swings by half from one round to the next: report the median round, and the spread.
const ROUNDS = 5;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const [length, iterations] of [
  [200, 20000],
  [4000, 2000],
] as const) {
  const rounds = Array.from({ length: ROUNDS }, () => measure(length, iterations));
  const p50s = rounds.map((r) => r.p50);
  console.log(
    `${length}-char comments (median of ${ROUNDS} rounds): ${Math.round(median(rounds.map((r) => r.perSecond)))} reviews/s, ` +
      `p50 ${median(p50s).toFixed(1)} µs, p99 ${median(rounds.map((r) => r.p99)).toFixed(1)} µs ` +
      `(p50 per round ${p50s.map((v) => v.toFixed(1)).join(' / ')})`,
  );
}
let artifactsGz = 0;
for (const file of ['model-commercial.json', 'model.json']) {
  const bytes = readFileSync(join(root, 'worker', 'src', 'sentiment', file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  artifactsGz += gz;
  const start = performance.now();
  const analyzer = createAnalyzer(JSON.parse(bytes.toString('utf8')));
  for (const locale of ['en', 'pl', 'cs']) analyzer.analyze('cold start', { locale });
  console.log(
    `artifact ${file}${file === 'model.json' ? ' (opt-in)' : ' (default)'}: ${(bytes.length / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzipped, ` +
      `cold load ${(performance.now() - start).toFixed(1)} ms (warm code)`,
  );
}
console.log(`both artifacts: ${(artifactsGz / 1024 / 1024).toFixed(2)} MB gzipped (budget 2 MB)`);
for (const [name, extra] of [
  ['default', []],
  ['opt-in full-model', ['--define', 'OPINIA_SENTIMENT_MODEL:"full"']],
] as const) {
  const outdir = mkdtempSync(join(tmpdir(), 'opinia-bench-bundle-'));
  try {
    await runWrangler(['deploy', '--dry-run', '--outdir', outdir, ...extra]);
    const bundle = readFileSync(join(outdir, 'index.js'));
    console.log(
      `worker bundle, ${name} build: ${(bundle.length / 1024 / 1024).toFixed(2)} MB raw, ${(gzipSync(bundle).length / 1024 / 1024).toFixed(2)} MB gzipped (budget 2.5 MB)`,
    );
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
