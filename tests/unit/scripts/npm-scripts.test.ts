// package.json's scripts that run a Node program: the worker imports its sentiment weight tables as Data modules
// (*.bin, worker/src/sentiment/model-commercial.ts), which Node cannot load by itself. A script whose program reaches
// one must load bench/lib/data-modules.ts first, or it stops at "Unknown file extension .bin" — as `npm start` and
// `npm run lint:openapi` did on a fresh clone when the tables became Data modules.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const HOOK = '--import ./bench/lib/data-modules.ts';
// Every quoted relative path to a module, not only `from '…'`: lint-openapi.ts imports the app through a variable.
const IMPORTS = /['"](\.{1,2}\/[^'"\s]+\.(?:ts|tsx|mjs|js|bin))['"]/g;

/** Whether the module at `file` (relative imports followed, once each) imports a .bin Data module. */
function reachesDataModule(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORTS)) {
    const target = resolve(dirname(file), specifier!);
    if (target.endsWith('.bin')) return true;
    if (existsSync(target) && reachesDataModule(target, seen)) return true;
  }
  return false;
}

const scripts = Object.entries(
  (JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts,
);
const nodeRuns = scripts.flatMap(([name, command]) =>
  [...command.matchAll(/\bnode ((?:--\S+ \S+ )*)(\S+\.(?:ts|mjs|js))/g)].map(([, flags, program]) => ({
    name,
    flags: flags!,
    program: program!,
  })),
);

describe("package.json's Node scripts", () => {
  it('should find the scripts that run Node programs (start, lint:openapi, the benches)', () => {
    expect(nodeRuns.map((run) => run.name)).toEqual(expect.arrayContaining(['start', 'lint:openapi', 'bench:summary']));
  });

  it('should load the Data-modules hook in every script whose program reaches worker code with a .bin import', () => {
    const reaching = nodeRuns.filter((run) => reachesDataModule(resolve(ROOT, run.program)));
    expect(reaching.map((run) => run.name)).toEqual(expect.arrayContaining(['start', 'lint:openapi']));
    expect(reaching.filter((run) => !run.flags.includes(HOOK)).map((run) => `${run.name}: node ${run.program}`)).toEqual([]);
  });
});
