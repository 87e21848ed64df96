/**
 * Adds CSS to a shadow root as a constructable stylesheet: no <style> element and no style
 * attribute, so a strict `style-src` Content-Security-Policy has nothing to block.
 * Browsers without adoptedStyleSheets (Safari < 16.4) get a <style> element instead.
 */
export function adoptStyles(root: ShadowRoot, css: string): void {
  if ('adoptedStyleSheets' in root) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    (root as ShadowRoot).append(style);
  }
}
