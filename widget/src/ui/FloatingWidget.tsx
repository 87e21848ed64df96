import { useEffect, useRef, useState } from 'preact/hooks';
import { LOCALES, supportedLocale } from '../../../shared/locales.ts';
import type { WidgetOptions } from '../options.ts';
import { Widget } from './Widget.tsx';

interface FloatingWidgetProps {
  options: WidgetOptions;
  host: HTMLElement;
}

/**
 * data-trigger="button": a launcher fixed in the corner opens the form in a modal <dialog> (focus trap, Escape,
 * inert page, focus back to the launcher on close — all native). After an answer or "Not now" it goes away.
 */
export function FloatingWidget({ options, host }: FloatingWidgetProps) {
  const messages = LOCALES[supportedLocale(options.locale)];
  const dialog = useRef<HTMLDialogElement>(null);
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
          onAnswered={() => setLauncherShown(false)}
          onNotNow={() => (setLauncherShown(false), dialog.current!.close())}
        >
          <button type="button" class="secondary close" onClick={() => dialog.current!.close()}>
            {messages.close}
          </button>
        </Widget>
      </dialog>
    </>
  );
}
