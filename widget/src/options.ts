import type { ResponseKind, Touchpoint } from '../../shared/schemas.ts';

/** What the loader reads from the script tag and hands to the UI chunk. */
export interface WidgetOptions {
  shopId: string;
  mode: ResponseKind;
  /** Passed through as written; the worker validates it and answers 400 for an unknown one. */
  touchpoint?: Touchpoint;
  orderId?: string;
  productId?: string;
  customerRef?: string;
  /** BCP 47 tag from data-locale, else <html lang>, else the browser's language. */
  locale: string;
  /** The API's origin: the script's own origin unless data-api says otherwise. */
  apiBase: string;
}

/** The UI chunk's one export, called by the loader. */
export type MountWidget = (root: ShadowRoot, options: WidgetOptions) => void;

/** Reads the options from the script tag's data attributes; a string is a reason not to render. */
export function readOptions(script: HTMLScriptElement): WidgetOptions | string {
  const data = script.dataset;
  const mode: ResponseKind = data.mode === 'review' ? 'review' : 'experience';
  if (!data.shop) return 'data-shop is missing';
  if (mode === 'review' && !data.productId) return 'data-mode="review" needs data-product-id';
  return {
    shopId: data.shop,
    mode,
    touchpoint: (data.touchpoint as Touchpoint | undefined) || undefined,
    orderId: data.orderId || undefined,
    productId: data.productId || undefined,
    customerRef: data.customer || undefined,
    locale: data.locale || document.documentElement.lang || navigator.language || 'en',
    apiBase: (data.api || new URL(script.src).origin).replace(/\/+$/, ''),
  };
}
