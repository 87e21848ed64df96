/** The script tag an owner pastes into their pages. */
export function embedTag(workerOrigin: string, shopId: string): string {
  return `<script src="${workerOrigin}/widget.js" data-shop="${shopId}" async></script>`;
}
