// data-theme="light" | "dark" | "auto" (the default): which colours the widget wears. Auto follows the HOST PAGE,
// not the operating system alone (a dark card on a cream shop page reads as a hole in it): the first background
// behind the widget that is not transparent decides by its luminance; a page transparent all the way down shows
// the canvas, which is dark only when the page's `color-scheme` says dark (and, for "light dark", the OS agrees).
// Shared by both chunks; the result is the host's data-scheme attribute, which their CSS follows.

export function schemeOf(host: Element, theme: string | undefined): 'dark' | 'light' {
  if (theme === 'dark' || theme === 'light') return theme;
  for (let element = host.parentElement; element; element = element.parentElement) {
    const [r = 0, g = 0, b = 0, alpha = 1] = (getComputedStyle(element).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    if (alpha > 0.5) return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? 'dark' : 'light';
  }
  const pageScheme = getComputedStyle(document.documentElement).colorScheme;
  return /dark/.test(pageScheme) && (!/light/.test(pageScheme) || matchMedia('(prefers-color-scheme: dark)').matches)
    ? 'dark'
    : 'light';
}

/** Sets the host's data-scheme (the chunks' CSS keys its dark colours to `:host([data-scheme=dark])`). */
export const applyScheme = (root: ShadowRoot, theme: string | undefined): void => {
  (root.host as HTMLElement).dataset.scheme = schemeOf(root.host, theme);
};
