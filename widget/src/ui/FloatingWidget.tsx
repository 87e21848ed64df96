// The floating chunk (widget-ui-floating.<hash>.js), for data-trigger="button" only: loaded by the form chunk's mount.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FLOATING_LOCALES } from '../../../shared/locales-floating.ts';
import { supportedLocale } from '../../../shared/locales.ts';
import { adoptStyles } from '../adopt-styles.ts';
import type { WidgetOptions } from '../options.ts';
import css from './floating.css?inline';
import { Widget } from './Widget.tsx';

// The floating button takes no room in the page: the host's box goes (its children still render). Beats
// HOST_CSS's display, and its data-opinia="close" rule too: here "close" closes the dialog, not the launcher.
const FLOATING_HOST_CSS = ':host,:host([data-opinia]){display:contents!important}';

export function mountFloating(root: ShadowRoot, options: WidgetOptions): void {
  adoptStyles(root, css + FLOATING_HOST_CSS);
  render(<FloatingWidget options={options} host={root.host as HTMLElement} />, root);
}

interface FloatingWidgetProps {
  options: WidgetOptions;
  host: HTMLElement;
}

/**
 * data-trigger="button": a launcher fixed in the corner opens the form in a modal <dialog> (focus trap, Escape,
 * inert page, focus back to the launcher on close — all native). After an answer or "Not now" it goes away. On
 * phones (≤ 480 px) the dialog is a bottom sheet (floating.css); "Not now" sits next to Close (Widget.tsx).
 */
export function FloatingWidget({ options, host }: FloatingWidgetProps) {
  const messages = FLOATING_LOCALES[supportedLocale(options.locale)];
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const [launcherShown, setLauncherShown] = useState(true);

  // window.opinia("open" | "close") writes data-opinia on the host (loader.ts), perhaps before this chunk loaded.
  useEffect(() => {
    const follow = () => {
      if (host.dataset.opinia === 'open') dialog.current!.open || dialog.current!.showModal();
      else dialog.current!.close();
    };
    const observer = new MutationObserver(follow);
    observer.observe(host, { attributeFilter: ['data-opinia'] });
    // A tag in <head> may mount us before the loader puts the host into <body> (on DOMContentLoaded, in a listener
    // added before ours), and showModal() throws on a dialog outside the document.
    if (document.readyState === 'loading') addEventListener('DOMContentLoaded', follow);
    else follow();
    return () => observer.disconnect();
  }, []);

  return (
    <>
      {launcherShown && (
        <button type="button" class="primary launcher" aria-haspopup="dialog" onClick={() => dialog.current!.showModal()}>
          {messages.openFeedback}
        </button>
      )}
      <dialog ref={dialog} aria-label={messages.openFeedback}>
        <Widget
          options={options}
          // The thank-you is announced (role=status); the focus goes to Close, the one thing left to do, since the
          // launcher it came from is gone. Closing then leaves the focus on the page (the browser's default).
          onAnswered={() => (setLauncherShown(false), close.current!.focus())}
          onNotNow={() => (setLauncherShown(false), dialog.current!.close())}
        >
          <button ref={close} type="button" class="secondary" onClick={() => dialog.current!.close()}>
            {messages.close}
          </button>
        </Widget>
      </dialog>
    </>
  );
}
