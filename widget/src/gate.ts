// widget-gate.[hash].js: the chunk the loader imports for the experience form (data-mode="experience"). It asks
// the shop's study sampling (sampling.ts) before an automatic ask and loads the UI chunk only when this page view
// asks. An explicit opinia('open') always opens. Its own chunk, so the loader stays within its 1.5 KB.
import type { MountWidget } from './options.ts';
import { sampled } from './sampling.ts';

/** File names of the hashed UI and reviews chunks, set by the build (widget/vite.gate.config.ts). */
declare const __OPINIA_UI_CHUNK__: string;
declare const __OPINIA_REVIEWS_CHUNK__: string;

export const mount: MountWidget = (root, options) => {
  const load = (chunk: string) =>
    import(/* @vite-ignore */ new URL(chunk, import.meta.url).href).then((loaded: { mount: MountWidget }) =>
      loaded.mount(root, options),
    );
  const ui = () => load(__OPINIA_UI_CHUNK__);
  // data-mode="review": the reviews chunk's "Write a review" form alone (the same fields and messages as under a
  // product's reviews; no Preact). Never sampled: the shop asked for it on this page.
  if (options.mode == 'review') return void load(__OPINIA_REVIEWS_CHUNK__);
  // An order already answered shows its answer, not a new ask: not sampled either.
  if (options.mode != 'experience' || options.answered || (root.host as HTMLElement).dataset.opinia == 'open') return void ui();
  void sampled(options).then((ask) => ask && ui());
};
