// The UI chunk (Preact, ky, the form): an ES module with a content hash in its name, loaded by
// widget.js with import(). Built first; it empties dist/public.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

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
    minify: true,
    modulePreload: false,
    rolldownOptions: {
      input: fileURLToPath(new URL('src/ui/mount.tsx', import.meta.url)),
      preserveEntrySignatures: 'exports-only',
      // V8's explicit compile hint: compile every function while the chunk streams in, off the main thread,
      // instead of lazily on first call in the middle of the first render.
      output: { format: 'es', entryFileNames: 'widget-ui.[hash].js', postBanner: '//# allFunctionsCalledOnLoad' },
    },
  },
});
