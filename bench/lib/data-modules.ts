// Node loads the worker's Data modules (*.bin: the sentiment artifact's weight tables, worker/src/sentiment/
// model-commercial.ts) as wrangler does, as an ArrayBuffer of the file's bytes. The scripts and benches that import worker code
// which reaches the sentiment engine run with `node --import ./bench/lib/data-modules.ts` (package.json scripts);
// without it Node stops at "Unknown file extension .bin".
import { register } from 'node:module';

const hooks = `
import { fileURLToPath } from 'node:url';
export async function load(url, context, next) {
  const file = url.split('?')[0];
  if (!file.endsWith('.bin')) return next(url, context);
  const source = 'import { readFileSync } from "node:fs"; export default new Uint8Array(readFileSync(' +
    JSON.stringify(fileURLToPath(file)) + ')).buffer;';
  return { format: 'module', shortCircuit: true, source };
}`;

register(`data:text/javascript,${encodeURIComponent(hooks)}`);
