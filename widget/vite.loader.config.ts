// widget.js, the loader: one classic (IIFE) script that knows the UI chunk's hashed name.
// Built after vite.ui.config.ts; also copies widget/public (the _headers file) into dist/public.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { TERSER } from './vite.minify.ts';
import { OUT_DIR } from './vite.ui.config.ts';

function chunkName(prefix = 'widget-ui', config = 'widget/vite.ui.config.ts'): string {
  const chunk = readdirSync(OUT_DIR).find((name) => name.startsWith(`${prefix}.`) && /^[\w-]+\.[\w-]+\.js$/.test(name));
  if (!chunk) throw new Error(`No ${prefix}.*.js in ${OUT_DIR}: build ${config} first`);
  return chunk;
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: 'public',
  logLevel: 'warn',
  define: {
    // The experience form goes through the gate chunk (study sampling, src/gate.ts), which loads widget-ui.
    __OPINIA_UI_CHUNK__: JSON.stringify(chunkName('widget-gate', 'widget/vite.gate.config.ts')),
    __OPINIA_REVIEWS_CHUNK__: JSON.stringify(chunkName('widget-reviews', 'widget/vite.reviews.config.ts')),
    __OPINIA_REPLY_CHUNK__: JSON.stringify(chunkName('widget-reply', 'widget/vite.reply.config.ts')),
  },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: false,
    target: 'es2022',
    ...TERSER,
    lib: {
      entry: fileURLToPath(new URL('src/loader.ts', import.meta.url)),
      formats: ['iife'],
      name: 'opiniaLoader',
      fileName: () => 'widget.js',
    },
    // The compile hint, as for the chunks (vite.ui.config.ts): compiled while it streams in, not mid-run.
    rolldownOptions: {
      // Rolldown's PLUGIN_TIMINGS warning (a plugin took a share of the build time) is about build speed on a busy machine,
      // not about the output: `checks.bundlerTimings` is the documented switch (rolldown.rs/reference/InputOptions.checks).
      checks: { bundlerTimings: false },
      output: { postBanner: '//# allFunctionsCalledOnLoad' },
    },
  },
});
