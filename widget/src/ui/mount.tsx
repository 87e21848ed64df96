// The UI chunk: loaded by widget.js (the loader) only when there is something to show.
import { render } from 'preact';
import { adoptStyles } from '../adopt-styles.ts';
import type { MountWidget } from '../options.ts';
import { applyScheme } from '../scheme.ts';
import css from './widget.css?inline';
import { loadExtras, Widget } from './Widget.tsx';

export const mount: MountWidget = (root, options) => {
  const host = root.host as HTMLElement;
  adoptStyles(root, css);
  applyScheme(root, options.theme);
  // data-trigger="button": the launcher and its dialog are a chunk of their own (widget-ui-floating).
  if (options.trigger === 'button')
    return void import('./FloatingWidget.tsx').then((floating) => floating.mountFloating(root, options));
  // Answered before (whenToShow): "you already told us", from the extras chunk, in the room the page keeps.
  if (options.answered)
    return void loadExtras().then((x) => render(<x.Answered options={options} answered={options.answered!} />, root));
  render(<Widget options={options} onNotNow={() => (host.dataset.opinia = 'close')} />, root);
};
