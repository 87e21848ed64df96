// What an owner pastes into their pages: the script tag inside a wrapper that reserves the widget's room
// before the async script runs (no layout shift), and the stylesheet lines that size that room. Plain
// functions (no zod): the worker answers them from POST /v1/shops and the dashboard shows them to a new shop.

/** The bare tag (pages with their own wrapper, or a tag below the fold / a floating button). */
export function scriptTag(workerOrigin: string, shopId: string): string {
  return `<script src="${workerOrigin}/widget.js" data-shop="${shopId}" async></script>`;
}

/** The tag in its room-reserving wrapper: what a shop page should carry. */
export function embedSnippet(workerOrigin: string, shopId: string): string {
  return `<div class="opinia-slot">${scriptTag(workerOrigin, shopId)}</div>`;
}

/** For the shop's own stylesheet (a strict CSP is fine: not an inline style); the README explains the figures. */
export const EMBED_CSS = [
  '.opinia-slot { display: flow-root; min-height: 620px; }',
  '@media (max-width: 480px) { .opinia-slot { min-height: 770px; } }',
].join('\n');
