// A tiny element builder for the reviews chunk (no Preact here: the chunk must stay under 6 KB gz).
// Children are appended as nodes or Text: a shopper's words are never parsed as HTML.

export type Child = Node | string | false | null | undefined;
type Props = Record<string, string | number | boolean | EventListener | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.filter((child): child is Node | string => !!child));
  return element;
}

const SVG = 'http://www.w3.org/2000/svg';
let starTemplate: SVGSVGElement | undefined;

/** One star icon; outline and fill use currentColor, so it stays visible in forced-colors mode. */
export function star(on: boolean): SVGSVGElement {
  if (!starTemplate) {
    starTemplate = document.createElementNS(SVG, 'svg');
    starTemplate.setAttribute('viewBox', '0 0 24 24');
    starTemplate.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', 'M12 2.5l2.9 6 6.6.9-4.8 4.6 1.2 6.5L12 17.4l-5.9 3.1 1.2-6.5-4.8-4.6 6.6-.9z');
    starTemplate.append(path);
  }
  const icon = starTemplate.cloneNode(true) as SVGSVGElement;
  icon.setAttribute('class', on ? 'star on' : 'star');
  return icon;
}

/** Five stars, the first `filled` of them filled, as one image named by `label`. */
export function starsView(filled: number, label: string): HTMLSpanElement {
  const view = h('span', { class: 'rating', role: 'img', 'aria-label': label });
  for (let i = 1; i <= 5; i++) view.append(star(i <= filled));
  return view;
}
