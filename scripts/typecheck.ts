// `npm run typecheck`: every TypeScript project of the repo, each with its own tsconfig (its own lib and types: the
// worker has no DOM, the widget and dashboard no Node). Each `tsc -p` is one single-threaded process, so they run
// side by side, as many at a time as the machine has cores; a failing one prints its errors and fails the run.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
// The slowest first, so that the short ones fill the other core meanwhile.
const PROJECTS = ['tests/worker', '.', 'dashboard', 'worker', 'widget'];
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

function check(project: string): Promise<{ project: string; ok: boolean; output: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TSC, '-p', project, '--pretty'], { cwd: ROOT });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ project, ok: code === 0, output, ms: performance.now() - started }));
  });
}

const queue = [...PROJECTS];
let failed = false;
await Promise.all(
  Array.from({ length: Math.min(availableParallelism(), PROJECTS.length) }, async () => {
    for (let project = queue.shift(); project; project = queue.shift()) {
      const result = await check(project);
      console.log(`${result.ok ? 'ok  ' : 'FAIL'} tsc -p ${project} (${(result.ms / 1000).toFixed(1)} s)`);
      if (!result.ok) (failed = true), process.stdout.write(result.output);
    }
  }),
);
process.exitCode = failed ? 1 : 0;
