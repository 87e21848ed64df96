// The UI chunk: loaded by widget.js (the loader) only when there is something to show.
import { render } from 'preact';
import { adoptStyles } from '../adopt-styles.ts';
import type { MountWidget } from '../options.ts';
import { FloatingWidget } from './FloatingWidget.tsx';
import css from './widget.css?inline';
import { Widget } from './Widget.tsx';

// The floating button takes no room in the page: the host's box goes (its children still render). Beats
// HOST_CSS's display, and its data-opinia="close" rule too: here "close" closes the dialog, not the launcher.
const FLOATING_HOST_CSS = ':host,:host([data-opinia]){display:contents!important}';

export const mount: MountWidget = (root, options) => {
  const host = root.host as HTMLElement;
  adoptStyles(root, options.trigger === 'button' ? css + FLOATING_HOST_CSS : css);
  render(
    options.trigger === 'button' ? (
      <FloatingWidget options={options} host={host} />
    ) : (
      <Widget options={options} onNotNow={() => (host.dataset.opinia = 'close')} />
    ),
    root,
  );
};
