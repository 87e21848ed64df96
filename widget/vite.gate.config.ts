// The gate chunk (widget/src/gate.ts: study sampling before the experience form): an ES module with a content
// hash in its name, imported by widget.js instead of the UI chunk, whose name it knows (and the reviews chunk's, for
// data-mode="review"). Built after the UI and reviews chunks, before the loader.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { OUT_DIR } from './vite.ui.config.ts';

const chunk = (name: string, config: string) => {
  const file = readdirSync(OUT_DIR).find((file) => new RegExp(`^${name}\\.[\\w-]+\\.js$`).test(file));
  if (!file) throw new Error(`No ${name}.*.js in ${OUT_DIR}: build ${config} first`);
  return file;
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  define: {
    __OPINIA_UI_CHUNK__: JSON.stringify(chunk('widget-ui', 'widget/vite.ui.config.ts')),
    // data-mode="review" shows the reviews chunk's form alone.
    __OPINIA_REVIEWS_CHUNK__: JSON.stringify(chunk('widget-reviews', 'widget/vite.reviews.config.ts')),
  },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    modulePreload: false,
    rolldownOptions: {
      // Rolldown's PLUGIN_TIMINGS warning (a plugin took a share of the build time) is about build speed on a busy machine,
      // not about the output: `checks.bundlerTimings` is the documented switch (rolldown.rs/reference/InputOptions.checks).
      checks: { bundlerTimings: false },
      input: fileURLToPath(new URL('src/gate.ts', import.meta.url)),
      preserveEntrySignatures: 'exports-only',
      output: { format: 'es', entryFileNames: 'widget-gate.[hash].js', postBanner: '//# allFunctionsCalledOnLoad' },
    },
  },
});
