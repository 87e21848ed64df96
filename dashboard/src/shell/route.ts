// The dashboard's views are addressed by the URL hash: `#/audit`, `#/customers/<ref>`. Hashes that do not start
// with "#/" (the skip link's `#figures`) are in-page anchors and leave the current view alone.
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  /** The view's id, e.g. "overview" or "customers". */
  view: string;
  /** What follows the view id, decoded (a customer reference, a review id), or "" when nothing does. */
  param: string;
}

export const DEFAULT_VIEW = 'overview';

export function parseRoute(hash: string): Route | null {
  if (!hash.startsWith('#/')) return null;
  const [view = '', ...rest] = hash.slice(2).split('/');
  let param = '';
  try {
    param = decodeURIComponent(rest.join('/'));
  } catch {
    param = rest.join('/');
  }
  return { view: view || DEFAULT_VIEW, param };
}

/** The link to a view, e.g. `viewHref('customers', 'jan@x')` → `#/customers/jan%40x`. */
export function viewHref(view: string, param = ''): string {
  return param ? `#/${view}/${encodeURIComponent(param)}` : `#/${view}`;
}

/** The link to a customer's timeline: use it wherever a customer reference is shown. */
export function customerHref(customerRef: string): string {
  return viewHref('customers', customerRef);
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash) ?? { view: DEFAULT_VIEW, param: '' });
  useEffect(() => {
    const onHashChange = () => {
      const next = parseRoute(location.hash);
      if (next) setRoute(next);
    };
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);
  return route;
}
