// Prints the widget's gzipped sizes and fails when one is over its budget.
// Run after `npm run build:widget`. 1 KB = 1024 bytes; gzip level 9.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = join(import.meta.dirname, '..', 'dist', 'public');
const KB = 1024;
const BUDGETS = { loader: 1.5 * KB, ui: 16 * KB, total: 20 * KB };

function gzippedBytes(file: string): number {
  return gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
}

let files: string[];
try {
  files = readdirSync(DIST);
} catch {
  console.error(`No ${DIST}: run \`npm run build:widget\` first.`);
  process.exit(1);
}
const uiFiles = files.filter((name) => name.endsWith('.js') && name !== 'widget.js');
if (!files.includes('widget.js') || uiFiles.length === 0) {
  console.error(`widget.js or the UI chunk is missing in ${DIST}: run \`npm run build:widget\` first.`);
  process.exit(1);
}

const loader = gzippedBytes('widget.js');
// Everything the loader may pull in counts as UI (today one chunk: Preact, ky, the form, CSS, strings).
const ui = uiFiles.reduce((sum, file) => sum + gzippedBytes(file), 0);
const rows: [string, number, number][] = [
  ['loader  widget.js', loader, BUDGETS.loader],
  [`ui      ${uiFiles.join(' + ')}`, ui, BUDGETS.ui],
  ['total', loader + ui, BUDGETS.total],
];

let over = false;
for (const [name, bytes, budget] of rows) {
  const ok = bytes <= budget;
  over ||= !ok;
  const kb = (bytes / KB).toFixed(2);
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(40)} ${String(bytes).padStart(6)} B gz (${kb} KB) / budget ${budget / KB} KB`);
}
if (over) {
  console.error('The widget is over its size budget.');
  process.exit(1);
}
