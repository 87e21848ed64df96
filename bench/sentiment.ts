// npm run bench:sentiment: throughput, µs per review (p50/p99, median of 5 rounds) at 200 and 4000 characters, cold load,
// artifact sizes, and the worker bundle (wrangler deploy --dry-run, offline) with the default and the opt-in artifact.
// Targets (issue #13): ≤ 50 µs p50 per 200 characters, ≤ 1 ms p50 per 4,000, cold load ≤ 20 ms, both artifacts ≤ 2 MB gz
// together, worker bundle ≤ 2.5 MB gz.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createAnalyzer } from '../worker/src/sentiment/engine.ts';
import { artifactPaths, ARTIFACT_DIR, readArtifact } from '../scripts/sentiment/artifact-files.ts';
import { runWrangler } from '../scripts/lib/wrangler.ts';

const root = join(import.meta.dirname, '..');
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// Cold model load, in a fresh process per start (bench/lib/sentiment-cold.ts says what it times): the median of
// COLD_STARTS starts, wall and CPU time, for each artifact (weights in Data modules, used in place) and, for
// comparison, the default artifact's weights inline in one 2.4 MB JSON module (the format before session 4).
const COLD_STARTS = 7;
function coldLoad(path: string): string {
  const runs = Array.from({ length: COLD_STARTS }, () => {
    const child = spawnSync(process.execPath, [join(root, 'bench', 'lib', 'sentiment-cold.ts'), path], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`cold start failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as { firstWall: number; firstCpu: number; allWall: number; allCpu: number };
  });
  const ms = (key: keyof (typeof runs)[number]): string => median(runs.map((run) => run[key])).toFixed(1);
  return (
    `${ms('firstWall')} ms wall / ${ms('firstCpu')} ms CPU to the first answer (language ID + one language), ` +
    `${ms('allWall')} / ${ms('allCpu')} ms with all three languages`
  );
}
const inlineDir = mkdtempSync(join(tmpdir(), 'opinia-bench-inline-'));
const inlinePath = join(inlineDir, 'model-commercial-inline.json');
writeFileSync(inlinePath, `${JSON.stringify(readArtifact('model-commercial.json'))}\n`);
for (const [name, path] of [
  ['default model-commercial.json', join(ARTIFACT_DIR, 'model-commercial.json')],
  ['opt-in model.json', join(ARTIFACT_DIR, 'model.json')],
  ['default weights inline in one JSON (the format before)', inlinePath],
] as const) {
  const load = loadavg()[0]!.toFixed(1);
  console.log(
    `cold model load, ${name} (median of ${COLD_STARTS} fresh processes): ${coldLoad(path)} (load average ${load} on ${cpus().length} cores)`,
  );
}
rmSync(inlineDir, { recursive: true, force: true });

// Throughput: the worker's default artifact (worker/src/sentiment/index.ts), read from its files.
const { analyze } = createAnalyzer(readArtifact('model-commercial.json'));

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

// A shared machine swings by half from one round to the next: report the median round, and the spread.
const ROUNDS = 5;
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
for (const file of ['model-commercial.json', 'model.json'] as const) {
  const paths = artifactPaths(file);
  let raw = 0;
  let gz = 0;
  for (const path of paths) {
    const bytes = readFileSync(path);
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  artifactsGz += gz;
  console.log(
    `artifact ${file} (${file === 'model.json' ? 'opt-in' : 'default'}, + ${paths.length - 1} weight tables): ` +
      `${(raw / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzipped`,
  );
}
console.log(`both artifacts: ${(artifactsGz / 1024 / 1024).toFixed(2)} MB gzipped (budget 2 MB)`);
for (const [name, extra] of [
  ['default', []],
  ['opt-in full-model', ['--alias', './model-commercial.ts:./worker/src/sentiment/model-full.ts']],
] as const) {
  const outdir = mkdtempSync(join(tmpdir(), 'opinia-bench-bundle-'));
  try {
    await runWrangler(['deploy', '--dry-run', '--outdir', outdir, ...extra]);
    // Every uploaded module: index.js and the Data modules of the artifact's weight tables.
    let raw = 0;
    let gz = 0;
    for (const file of readdirSync(outdir).filter((f) => !f.endsWith('.map') && f !== 'README.md')) {
      const bytes = readFileSync(join(outdir, file));
      raw += bytes.length;
      gz += gzipSync(bytes).length;
    }
    console.log(
      `worker bundle, ${name} build: ${(raw / 1024 / 1024).toFixed(2)} MB raw, ${(gz / 1024 / 1024).toFixed(2)} MB gzipped (budget 2.5 MB)`,
    );
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
