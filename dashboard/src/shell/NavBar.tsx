// The list of screens under the top bar; the current one carries aria-current="page". On a phone the list is one
// row that scrolls sideways (styles.css): the current screen's link is scrolled into the row's view.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n.tsx';
import { viewHref } from './route.ts';
import type { ViewDefinition } from './views.tsx';

const NAV_LABEL = { en: 'Screens', pl: 'Ekrany', cs: 'Obrazovky' } as const;

/** Scrolls the row (never the page) just enough that `link` is wholly in view, with a little room beside it. */
function reveal(row: HTMLElement, link: HTMLElement): void {
  if (row.scrollWidth <= row.clientWidth) return;
  const box = row.getBoundingClientRect();
  const { left, right } = link.getBoundingClientRect();
  const room = 16;
  if (left < box.left) row.scrollLeft -= box.left - left + room;
  else if (right > box.right) row.scrollLeft += right - box.right + room;
}

export function NavBar({ views, current }: { views: ViewDefinition[]; current: string }) {
  const { language } = useI18n();
  const nav = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const link = nav.current?.querySelector<HTMLElement>('[aria-current="page"]');
    if (nav.current && link) reveal(nav.current, link);
  }, [current]);
  // Chromium scrolls a focused link into view only when none of it shows: a half-hidden link with focus is
  // revealed whole here, so Tab never leaves the focus half off the screen.
  const onFocusIn = (event: FocusEvent) => {
    if (nav.current && event.target instanceof HTMLElement) reveal(nav.current, event.target);
  };
  return (
    <nav class="view-nav" aria-label={NAV_LABEL[language]} ref={nav} onFocusIn={onFocusIn}>
      <ul>
        {views.map((view) => (
          <li key={view.id}>
            <a href={viewHref(view.id)} aria-current={view.id === current ? 'page' : undefined}>
              {view.label[language]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
