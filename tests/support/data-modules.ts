// Vite plugin for the unit project: imports a *.bin file as an ArrayBuffer of its bytes, as wrangler's Data modules do
// in the worker (the default sentiment artifact's weight tables, worker/src/sentiment/model-commercial.ts). The worker
// project's pool applies wrangler's module rules itself.
import type { Plugin } from 'vite';

export function dataModules(): Plugin {
  return {
    name: 'opinia-data-modules',
    enforce: 'pre',
    load(id) {
      const path = id.split('?')[0]!;
      if (!path.endsWith('.bin')) return null;
      return `import { readFileSync } from 'node:fs';\nexport default new Uint8Array(readFileSync(${JSON.stringify(path)})).buffer;\n`;
    },
  };
}
