// The dashboard's views are addressed by the URL hash: `#/audit`, `#/customers/<ref>`, and a view's own state in
// a query after the path: `#/?touchpoint=checkout&locale=pl` (the overview's filters). Hashes that do not start
// with "#/" (e.g. `#figures`) are in-page anchors and leave the current view alone.
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  /** The view's id, e.g. "overview" or "customers". */
  view: string;
  /** What follows the view id, decoded (a customer reference, a review id), or "" when nothing does. */
  param: string;
  /** The query after the path, without "?" (e.g. "touchpoint=checkout&locale=pl"), or "" when there is none. */
  search: string;
}

export const DEFAULT_VIEW = 'overview';

/** Fired on window when the dashboard itself changed the hash with history.pushState/replaceState (no hashchange). */
const ROUTE_EVENT = 'opinia:route';

export function parseRoute(hash: string): Route | null {
  if (!hash.startsWith('#/')) return null;
  const [path = '', ...query] = hash.slice(2).split('?');
  const [view = '', ...rest] = path.split('/');
  let param = '';
  try {
    param = decodeURIComponent(rest.join('/'));
  } catch {
    param = rest.join('/');
  }
  return { view: view || DEFAULT_VIEW, param, search: query.join('?') };
}

/** The link to a view, e.g. `viewHref('customers', 'jan@x')` → `#/customers/jan%40x`. */
export function viewHref(view: string, param = ''): string {
  return param ? `#/${view}/${encodeURIComponent(param)}` : `#/${view}`;
}

/** The link to a customer's timeline: use it wherever a customer reference is shown. */
export function customerHref(customerRef: string): string {
  return viewHref('customers', customerRef);
}

/**
 * Puts `search` (without "?") in the current view's hash, keeping its path (`#/`, `#/overview` …). `push` adds a
 * history entry (Back returns to the previous state), else the current entry is replaced. Nothing happens when the
 * hash would not change, so re-applying the same state adds no entry.
 */
export function setRouteSearch(search: string, { push }: { push: boolean }): void {
  const path = location.hash.startsWith('#/') ? location.hash.split('?')[0]! : '#/';
  const next = search ? `${path}?${search}` : path;
  if (next === location.hash || (!location.hash && next === '#/')) return;
  if (push) history.pushState(history.state, '', next);
  else history.replaceState(history.state, '', next);
  dispatchEvent(new Event(ROUTE_EVENT));
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash) ?? { view: DEFAULT_VIEW, param: '', search: '' });
  useEffect(() => {
    const onHashChange = () => {
      // Back to the entry the dashboard was opened at, with no hash at all: the default view, unfiltered.
      const next = location.hash ? parseRoute(location.hash) : { view: DEFAULT_VIEW, param: '', search: '' };
      if (next) setRoute(next);
    };
    addEventListener('hashchange', onHashChange);
    addEventListener(ROUTE_EVENT, onHashChange);
    return () => {
      removeEventListener('hashchange', onHashChange);
      removeEventListener(ROUTE_EVENT, onHashChange);
    };
  }, []);
  return route;
}
