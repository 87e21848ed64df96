import type { ResponseKind, Touchpoint } from '../../shared/schemas.ts';

/** `reviews` shows a product's public reviews (and the form to write one): its own chunk. */
export type WidgetMode = ResponseKind | 'reviews';

/** What the loader reads from the script tag and hands to the UI chunk. */
export interface WidgetOptions {
  shopId: string;
  mode: WidgetMode;
  /** Passed through as written; the worker validates it and answers 400 for an unknown one. */
  touchpoint?: Touchpoint;
  orderId?: string;
  productId?: string;
  /** data-customer: the shop's opaque reference for the signed-in customer (passed through under its dataset name). */
  customer?: string;
  /** The same reference set by opinia('set', { customerRef }) (README): it wins over data-customer. */
  customerRef?: string;
  /** data-segment: the owner's tag for a group of shoppers or pages. */
  segment?: string;
  /** Reviews mode: data-product-name (for rich results) and data-order-token (signed by the shop: verified purchase). */
  productName?: string;
  orderToken?: string;
  /** Experience mode: data-review-url, where the thank-you state invites every shopper to write a public review. */
  reviewUrl?: string;
  /**
   * data-trigger: `delay` (after data-delay seconds), `scroll`, or `button` (a floating launcher opening the form
   * in a dialog, ui/FloatingWidget.tsx); unset shows the form at once (triggers.ts).
   */
  trigger?: string;
  /** BCP 47 tag from data-locale, else <html lang>, else the browser's language. */
  locale: string;
  /** The API's origin: the script's own origin unless data-api says otherwise. */
  apiBase: string;
  /** data-theme: `light`, `dark`, or `auto` (unset): follow the host page (scheme.ts). */
  theme?: string;
  /** Set by whenToShow (triggers.ts): this order was answered before; the answer's id when it is known, else "1". */
  answered?: string;
}

/** The UI chunk's one export, called by the loader. */
export type MountWidget = (root: ShadowRoot, options: WidgetOptions) => void;

/** Reads the options from the script tag's data attributes; a string is a reason not to render. */
export function readOptions(script: HTMLScriptElement): WidgetOptions | string {
  const data = script.dataset;
  const mode: WidgetMode = data.mode === 'review' || data.mode === 'reviews' ? data.mode : 'experience';
  if (!data.shop) return 'data-shop is missing';
  if (mode !== 'experience' && !data.productId) return `data-mode="${mode}" needs data-product-id`;
  // Every non-empty data-* attribute passes through under its dataset name (data-order-id → orderId, data-theme …):
  // fewer bytes in the 1.5 KB loader than naming each one. Two get the names the UI knows them by.
  return {
    ...(Object.fromEntries(Object.entries(data).filter(([, value]) => value)) as Partial<WidgetOptions>),
    shopId: data.shop,
    mode,
    locale: data.locale || document.documentElement.lang || navigator.language || 'en',
    apiBase: (data.api || new URL(script.src).origin).replace(/\/+$/, ''),
  };
}
