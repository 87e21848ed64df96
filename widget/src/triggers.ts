// When to ask (opt-in; the default is the form at once where the tag stands), shared by the loader and the UI
// chunk. data-trigger="delay" (+ data-delay seconds) or "scroll" (when the tag's place scrolls into view).
// "button" needs nothing here: the UI chunk mounts at once and shows only the floating launcher.
// Never twice for the same order and touchpoint, and not while "Not now" snoozes (7 days); both in localStorage.
import type { WidgetOptions } from './options.ts';

const SNOOZE_MS = 7 * 864e5;

const doneKey = (o: WidgetOptions): string => `opinia-outbox:${o.shopId}:${o.orderId}:${o.touchpoint}:done`;
const snoozeKey = (o: WidgetOptions): string => `opinia-outbox:${o.shopId}:snooze`;

export function store(key: string, value?: string): string | null {
  try {
    return value ? (localStorage.setItem(key, value), value) : localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** After an answer (sent or saved for later) for an order: never ask about it again. Keeps the answer's id, if known. */
export const markAnswered = (o: WidgetOptions, id = '1'): unknown => o.orderId && store(doneKey(o), id);

/** "Not now": no opt-in trigger for a week. */
export const snooze = (o: WidgetOptions): unknown => store(snoozeKey(o), String(Date.now() + SNOOZE_MS));

/**
 * Calls `show` when the tag's trigger says so, or never (snoozed; answered, with a trigger). An order answered before,
 * without a trigger, is shown at once with `o.answered` set: a short "you already told us" in the room the page keeps.
 */
export function whenToShow(o: WidgetOptions, trigger: string | undefined, delay: number, host: Element, show: () => void): void {
  if ((o.answered = (o.orderId && store(doneKey(o))) || '')) return void (trigger || show());
  if (trigger && Number(store(snoozeKey(o))) > Date.now()) return;
  if (trigger === 'delay') setTimeout(show, delay * 1e3);
  else if (trigger === 'scroll') {
    const seen = new IntersectionObserver(([entry]) => entry?.isIntersecting && (seen.disconnect(), show()));
    seen.observe(host);
  } else show();
}
