// Terser for the widget's three builds (the loader and both chunks): three passes and the "unsafe" rewrites that hold
// for our code (no getters with side effects, no `arguments` games). It makes each file 30–200 B gz smaller than
// Vite's default (Oxc) minifier, which the 1.5 / 16 / 6.5 KB gz budgets need (scripts/size.ts).
import type { BuildEnvironmentOptions } from 'vite';

export const TERSER: Pick<BuildEnvironmentOptions, 'minify' | 'terserOptions'> = {
  minify: 'terser',
  terserOptions: {
    ecma: 2020,
    compress: { passes: 3, unsafe: true, unsafe_arrows: true, unsafe_methods: true, unsafe_comps: true, pure_getters: true },
    format: { wrap_func_args: false, comments: /allFunctionsCalledOnLoad/ },
  },
};
