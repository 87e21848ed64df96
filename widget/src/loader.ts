// widget.js: a classic script the shop pastes into its page. It reads the tag's options, makes the
// shadow-rooted host element where the tag stands, and only then loads the UI chunk (Preact, ky, the
// form) from the script's own origin. Kept tiny: it runs on every page that carries the tag.
import { adoptStyles } from './adopt-styles.ts';
import { HOST_CSS } from './host-styles.ts';
import { readOptions, type MountWidget } from './options.ts';
import { clientIdKey, flush, outboxKey } from './outbox.ts';
import { store, whenToShow } from './triggers.ts';

/** window.opinia: the JS API; before this script runs, the page's snippet queues calls in `opinia.q`. */
type Api = ((command: string, extra?: object) => void) & { q?: [string, object?][] };

/** File name of the hashed gate chunk (src/gate.ts: study sampling, then the UI chunk), set by the build (widget/vite.loader.config.ts). */
declare const __OPINIA_UI_CHUNK__: string;
/** File name of the hashed reviews chunk (data-mode="reviews"), set by the build too. */
declare const __OPINIA_REVIEWS_CHUNK__: string;
/** File name of the hashed reply-card chunk (src/reply/mount.ts: the shop's reply to an earlier complaint), set by the build too. */
declare const __OPINIA_REPLY_CHUNK__: string;

const script = document.currentScript as HTMLScriptElement | null;
if (script) start(script);

function start(script: HTMLScriptElement): void {
  const options = readOptions(script);
  if (typeof options === 'string') {
    console.warn(`Opinia: ${options}`);
    return;
  }
  // Answers saved while offline go first: on this page view, when the connection returns, and as the page hides.
  const outbox = outboxKey(options.shopId);
  const flushOutbox = () => flush(outbox);
  addEventListener('online', flushOutbox);
  // keepalive lets a send started on pagehide outlive the page (a visibilitychange listener did not fit 1.5 KB).
  addEventListener('pagehide', flushOutbox);
  const host = document.createElement('opinia-widget');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, HOST_CSS);
  if (document.head.contains(script)) {
    // A tag in <head> has nowhere visible to stand: the widget goes to the end of <body>.
    const append = () => document.body.append(host);
    document.body ? append() : addEventListener('DOMContentLoaded', append);
  } else {
    script.after(host);
  }
  const load = (chunk: string): Promise<{ mount: MountWidget }> => import(/* @vite-ignore */ new URL(chunk, script.src).href);
  const warn = (error: unknown) => console.warn('Opinia: could not load', error);
  let loading: Promise<void> | undefined;
  const show = () =>
    (loading ||= load(options.mode === 'reviews' ? __OPINIA_REVIEWS_CHUNK__ : __OPINIA_UI_CHUNK__).then(
      (ui) => ui.mount(root, options),
      warn,
    ));
  const w = window as unknown as { opinia?: Api };
  const queued = w.opinia?.q || [];
  // "open"/"close" land on the host as data-opinia: HOST_CSS hides a closed host, the floating button's dialog
  // (data-trigger="button") follows the attribute, also when the call came before the UI chunk loaded.
  w.opinia = (command, extra) => {
    if (command === 'set')
      Object.assign(options, extra); // before the form shows
    else (host.dataset.opinia = command) === 'open' && show();
  };
  for (const call of queued) w.opinia(...call);
  // The first localStorage read of a page view costs up to 30 ms on a slow phone: in a task of its own.
  setTimeout(() => {
    flushOutbox();
    // The shop's reply to an earlier complaint (the reply-card chunk asks for it and shows it, or nothing): only where the
    // page names the customer or this browser sent an answer to this shop before (its clientId, stored by the UI chunk).
    if (options.customer || store(clientIdKey(options.shopId)))
      load(__OPINIA_REPLY_CHUNK__).then((card) => card.mount(root, options), warn);
    whenToShow(options, options.trigger, Number(script.dataset.delay) || 5, host, show);
  });
}
