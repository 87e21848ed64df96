// widget-gate.[hash].js: the chunk the loader imports for the experience form (data-mode="experience"). It asks
// the shop's study sampling (sampling.ts) before an automatic ask and loads the UI chunk only when this page view
// asks. An explicit opinia('open') always opens. Its own chunk, so the loader stays within its 1.5 KB.
import type { MountWidget } from './options.ts';
import { sampled } from './sampling.ts';

/** File name of the hashed UI chunk, set by the build (widget/vite.gate.config.ts). */
declare const __OPINIA_UI_CHUNK__: string;

export const mount: MountWidget = (root, options) => {
  const ui = () => import(/* @vite-ignore */ new URL(__OPINIA_UI_CHUNK__, import.meta.url).href).then((chunk: { mount: MountWidget }) => chunk.mount(root, options));
  // An order already answered shows its answer, not a new ask: not sampled either.
  if (options.mode != 'experience' || options.answered || (root.host as HTMLElement).dataset.opinia == 'open') return void ui();
  void sampled(options).then((ask) => ask && ui());
};
