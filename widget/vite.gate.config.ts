// The gate chunk (widget/src/gate.ts: study sampling before the experience form): an ES module with a content
// hash in its name, imported by widget.js instead of the UI chunk, whose name it knows. Built after the UI and
// reviews chunks, before the loader.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { OUT_DIR } from './vite.ui.config.ts';

const uiChunk = () => {
  const chunk = readdirSync(OUT_DIR).find((name) => /^widget-ui\.[\w-]+\.js$/.test(name));
  if (!chunk) throw new Error(`No widget-ui.*.js in ${OUT_DIR}: build widget/vite.ui.config.ts first`);
  return chunk;
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  define: { __OPINIA_UI_CHUNK__: JSON.stringify(uiChunk()) },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    modulePreload: false,
    rolldownOptions: {
      input: fileURLToPath(new URL('src/gate.ts', import.meta.url)),
      preserveEntrySignatures: 'exports-only',
      output: { format: 'es', entryFileNames: 'widget-gate.[hash].js', postBanner: '//# allFunctionsCalledOnLoad' },
    },
  },
});
