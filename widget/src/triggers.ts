// When to ask (opt-in; the default is the form at once where the tag stands), shared by the loader and the UI
// chunk. data-trigger="delay" (+ data-delay seconds) or "scroll" (when the tag's place scrolls into view).
// "button" needs nothing here: the UI chunk mounts at once and shows only the floating launcher.
// Never twice for the same order and touchpoint, and not while "Not now" snoozes (7 days); both in localStorage.
import type { WidgetOptions } from './options.ts';

const SNOOZE_MS = 7 * 864e5;

const doneKey = (o: WidgetOptions): string => `opinia-outbox:${o.shopId}:${o.orderId}:${o.touchpoint}:done`;
const snoozeKey = (o: WidgetOptions): string => `opinia-outbox:${o.shopId}:snooze`;

function store(key: string, value?: string): string | null {
  try {
    return value ? (localStorage.setItem(key, value), value) : localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** After an answer (sent or saved for later) for an order: never ask about it again. */
export const markAnswered = (o: WidgetOptions): unknown => o.orderId && store(doneKey(o), '1');

/** "Not now": no opt-in trigger for a week. */
export const snooze = (o: WidgetOptions): unknown => store(snoozeKey(o), String(Date.now() + SNOOZE_MS));

/** Calls `show` when the tag's trigger says so, or never (answered, snoozed). */
export function whenToShow(o: WidgetOptions, trigger: string | undefined, delay: number, host: Element, show: () => void): void {
  if ((o.orderId && store(doneKey(o))) || (trigger && Number(store(snoozeKey(o))) > Date.now())) return;
  if (trigger === 'delay') setTimeout(show, delay * 1e3);
  else if (trigger === 'scroll') {
    const seen = new IntersectionObserver(([entry]) => entry?.isIntersecting && (seen.disconnect(), show()));
    seen.observe(host);
  } else show();
}
