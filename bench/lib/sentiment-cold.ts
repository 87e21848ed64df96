// One cold start of the sentiment engine, run in a fresh process by bench/sentiment.ts (`node bench/lib/sentiment-cold.ts
// <artifact.json>`): what a new isolate does between having the worker's modules in memory and its first answer.
// Not timed: loading the code modules (Node strips their types on import, which a wrangler bundle never does) and
// reading the artifact's files into memory (the bundle's bytes). Timed: making the modules' values of those bytes (an
// inline artifact is a JSON module: a string, parsed whole; a split artifact's weight tables are Data modules, handed
// over as ArrayBuffers and used in place: workerd copies each Data module's bytes once when it resolves the module,
// `kj::heapArray` in src/workerd/server/workerd-api.c++, and so does this script), parsing the JSON, decoding the
// language-ID table and one language's table, and the first answer; then the other two languages. Prints one JSON
// line of milliseconds, wall and CPU (this thread's CPU time: on a shared machine the wall time of a 10 ms task swings
// with the load average).
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { withWeightTables, type ModelArtifact, type StoredArtifact } from '../../worker/src/sentiment/artifact.ts';
import { createAnalyzer } from '../../worker/src/sentiment/engine.ts';
import { tableNames } from '../../scripts/sentiment/artifact-files.ts';

const path = process.argv[2]!;
const jsonBytes = readFileSync(path);
const split = !jsonBytes.includes('"data":');
// the tables' names (not timed: the bundle knows them): each language's, the language-ID table and any star heads
const tables = split ? tableNames(JSON.parse(jsonBytes.toString('utf8')) as StoredArtifact) : [];
const tablePath = (table: string): string => join(dirname(path), `${basename(path, '.json')}.${table}.bin`);
const tableBytes = new Map(split ? tables.map((table) => [table, readFileSync(tablePath(table))]) : []);
const cpu = (): number => {
  const usage = process.threadCpuUsage();
  return (usage.user + usage.system) / 1000;
};

const cpu0 = cpu();
const wall0 = performance.now();
const stored = JSON.parse(jsonBytes.toString('utf8')) as StoredArtifact;
let artifact = stored as ModelArtifact;
if (split) {
  const data: Record<string, Uint8Array> = {};
  for (const [table, bytes] of tableBytes) data[table] = new Uint8Array(bytes);
  artifact = withWeightTables(stored, data);
}
const analyzer = createAnalyzer(artifact);
analyzer.analyze('cold start', { locale: 'en' });
const firstWall = performance.now() - wall0;
const firstCpu = cpu() - cpu0;
for (const locale of ['pl', 'cs']) analyzer.analyze('cold start', { locale });
console.log(JSON.stringify({ firstWall, firstCpu, allWall: performance.now() - wall0, allCpu: cpu() - cpu0 }));
