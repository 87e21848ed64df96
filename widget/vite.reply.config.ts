// The reply-card chunk (widget/src/reply/mount.ts: the shop's reply to an earlier complaint and "Did we make it
// right?"): an ES module with a content hash in its name, imported by widget.js only where the page names the customer
// or the browser answered the shop before. Plain DOM like the reviews chunk (no Preact, no ky). Built after the UI
// chunk (which empties dist/public) and before the loader, which needs its name.
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
    lib: { entry: fileURLToPath(new URL('src/reply/mount.ts', import.meta.url)), formats: ['es'] },
    rolldownOptions: {
      // Rolldown's PLUGIN_TIMINGS warning (a plugin took a share of the build time) is about build speed on a busy machine,
      // not about the output: `checks.bundlerTimings` is the documented switch (rolldown.rs/reference/InputOptions.checks).
      checks: { bundlerTimings: false },
      preserveEntrySignatures: 'allow-extension',
      output: { format: 'es', entryFileNames: 'widget-reply.[hash].js', postBanner: '//# allFunctionsCalledOnLoad' },
    },
  },
});
