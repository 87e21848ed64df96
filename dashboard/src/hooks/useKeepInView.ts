// Brings an element into view after a render and keeps it there while the page settles: a scroll done once, right
// after the render, is undone by a later layout change (the card above grows, the figures refresh, the list reloads).
// Every time the page or the element's list changes size, an element that has left the viewport is scrolled back
// (`block: 'nearest'`: the least movement). It lets go for good as soon as the owner scrolls, clicks, touches or
// types (they have moved on purpose: the page is never yanked back), or when the element goes (`key` changes).
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/** Input by which the owner moves on: after one of these the page is theirs. */
const OWNER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** Whether the element's whole box is inside the viewport (its scroll margin not counted). */
export function inView(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight;
}

/**
 * Keeps `target` in view from the render in which `key` (e.g. the confirmation it shows) last changed until the owner
 * acts. A null or undefined `key` keeps nothing. Give the element a `scroll-margin` so it does not sit on the edge.
 */
export function useKeepInView(target: RefObject<HTMLElement | null>, key: unknown): void {
  useEffect(() => {
    const element = target.current;
    if (key === null || key === undefined || !element) return;
    /** The scroll position this hook last left the page at. */
    let ours = window.scrollY;
    const bring = () => {
      if (element.isConnected && !inView(element)) element.scrollIntoView({ block: 'nearest' });
      ours = window.scrollY;
    };
    bring();
    const observer = new ResizeObserver(bring);
    observer.observe(document.body);
    if (element.parentElement) observer.observe(element.parentElement);
    // A scroll to elsewhere that leaves the element out of view is the owner's (a scroll bar dragged, which may send
    // no input event). A layout change that pushes the element out moves no scroll position of its own: it is
    // answered by the observer, in the frame of the layout.
    const scrolled = () => {
      if (window.scrollY !== ours && !inView(element)) letGo();
    };
    const letGo = () => {
      observer.disconnect();
      for (const type of OWNER_INPUT) window.removeEventListener(type, letGo, true);
      window.removeEventListener('scroll', scrolled);
    };
    for (const type of OWNER_INPUT) window.addEventListener(type, letGo, { capture: true, passive: true });
    window.addEventListener('scroll', scrolled, { passive: true });
    return letGo;
  }, [key]);
}
