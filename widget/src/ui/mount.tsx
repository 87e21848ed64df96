// The UI chunk: loaded by widget.js (the loader) only when there is something to show.
import { render } from 'preact';
import { adoptStyles } from '../adopt-styles.ts';
import type { MountWidget } from '../options.ts';
import css from './widget.css?inline';
import { Widget } from './Widget.tsx';

export const mount: MountWidget = (root, options) => {
  adoptStyles(root, css);
  render(<Widget options={options} />, root);
};
