// Rich results: ONE <script type="application/ld+json"> per product in the host page's <head>, with the
// worker's Product + AggregateRating + Review markup (built once, in worker/src/domain/jsonld.ts). Replaced on
// every refresh, removed when the product has no published review (no empty ratings for search engines).
import { jsonForScript } from '../../../shared/json-ld.ts';
import type { WidgetOptions } from '../options.ts';
import { productJsonLd } from './api.ts';

const ATTRIBUTE = 'data-opinia-product';

export async function injectJsonLd(options: WidgetOptions, productId: string): Promise<void> {
  let markup: object | null;
  try {
    markup = await productJsonLd(options, productId);
  } catch {
    return; // keep what is there: a failed refresh is no reason to drop the stars
  }
  let script = document.head.querySelector<HTMLScriptElement>(`script[${ATTRIBUTE}="${CSS.escape(productId)}"]`);
  if (!markup) return script?.remove();
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(ATTRIBUTE, productId);
    document.head.append(script);
  }
  // < > & U+2028 U+2029 escaped: the text stays inert even if the page is serialised and parsed again.
  script.textContent = jsonForScript(markup);
}
