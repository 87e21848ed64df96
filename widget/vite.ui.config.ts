// The UI chunk (Preact, ky, the form): an ES module with a content hash in its name, loaded by
// widget.js with import(). Built first; it empties dist/public.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { TERSER } from './vite.minify.ts';

export const OUT_DIR = fileURLToPath(new URL('../dist/public', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  // The classic JSX runtime: h(type, props, ...children) calls are shorter than jsx(type, { …, children }), and
  // preact/jsx-runtime (a second vnode factory next to Preact's own createElement) stays out.
  oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' }, jsxInject: `import { h, Fragment } from 'preact'` },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    ...TERSER,
    modulePreload: false,
    // Library mode: Vite then adds no module-preload helper around the extras chunk's import() (0.5 KB gz).
    lib: { entry: fileURLToPath(new URL('src/ui/mount.tsx', import.meta.url)), formats: ['es'] },
    rolldownOptions: {
      // Rolldown's PLUGIN_TIMINGS warning (a plugin took a share of the build time) is about build speed on a busy machine,
      // not about the output: `checks.bundlerTimings` is the documented switch (rolldown.rs/reference/InputOptions.checks).
      checks: { bundlerTimings: false },
      preserveEntrySignatures: 'allow-extension',
      // V8's explicit compile hint: compile every function while the chunk streams in, off the main thread,
      // instead of lazily on first call in the middle of the first render.
      output: {
        format: 'es',
        entryFileNames: 'widget-ui.[hash].js',
        chunkFileNames: 'widget-ui-[name].[hash].js',
        postBanner: '//# allFunctionsCalledOnLoad',
      },
    },
  },
});
