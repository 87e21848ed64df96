// The owner dashboard: a static Preact app served by the worker's static assets at /dashboard/.
// Built after the widget (whose build empties dist/public); this one empties only its own folder.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export const OUT_DIR = fileURLToPath(new URL('../dist/public/dashboard', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/dashboard/',
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    // No inline polyfill script: the page's CSP allows scripts from 'self' only.
    modulePreload: false,
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    rolldownOptions: {
      // Rolldown's PLUGIN_TIMINGS warning (a plugin took a share of the build time) is about build speed on a busy machine,
      // not about the output: `checks.bundlerTimings` is the documented switch (rolldown.rs/reference/InputOptions.checks).
      checks: { bundlerTimings: false },
    },
  },
});
