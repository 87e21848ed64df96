// The reviews chunk (data-mode="reviews": a product's public reviews and the form to write one): an ES module
// with a content hash in its name, loaded by widget.js with import() only on pages that show reviews.
// Plain DOM, no Preact and no ky: it must add at most 6 KB gz to a product page (scripts/size.ts).
// Built after vite.ui.config.ts (which empties dist/public) and before the loader, which needs its name.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { TERSER } from './vite.minify.ts';
import { OUT_DIR } from './vite.ui.config.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: OUT_DIR,
    emptyOutDir: false,
    target: 'es2022',
    ...TERSER,
    modulePreload: false,
    // Library mode: Vite then adds no module-preload helper around the form's import() (0.5 KB gz).
    lib: { entry: fileURLToPath(new URL('src/reviews/mount.ts', import.meta.url)), formats: ['es'] },
    rolldownOptions: {
      // Rolldown's PLUGIN_TIMINGS warning (a plugin took a share of the build time) is about build speed on a busy machine,
      // not about the output: `checks.bundlerTimings` is the documented switch (rolldown.rs/reference/InputOptions.checks).
      checks: { bundlerTimings: false },
      preserveEntrySignatures: 'allow-extension',
      // The compile hint, as for the UI chunk (vite.ui.config.ts).
      output: {
        format: 'es',
        entryFileNames: 'widget-reviews.[hash].js',
        chunkFileNames: 'widget-reviews-[name].[hash].js',
        postBanner: '//# allFunctionsCalledOnLoad',
      },
    },
  },
});
