// An e-mail's HTML as a mail client shows it: in a sandboxed iframe where nothing runs (no `allow-scripts`).
// The dashboard's CSP (style-src 'self') also governs the srcdoc document, so the e-mail's inline styles and its
// <style> are applied from here through the CSSOM, which that policy leaves alone; links open in a new tab.
import { useRef } from 'preact/hooks';

export function EmailFrame({ html, title }: { html: string; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const onLoad = () => {
    const element = frame.current;
    const doc = element?.contentDocument;
    const view = element?.contentWindow as (Window & typeof globalThis) | null | undefined;
    if (!element || !doc || !view) return;
    for (const styled of doc.querySelectorAll<HTMLElement>('[style]')) styled.style.cssText = styled.getAttribute('style') ?? '';
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync([...doc.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n'));
    doc.adoptedStyleSheets = [sheet];
    for (const link of doc.querySelectorAll('a[href]')) {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    }
    element.style.height = `${doc.documentElement.scrollHeight + 4}px`;
  };
  return (
    <iframe
      ref={frame}
      class="email-frame"
      title={title}
      sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
      srcdoc={html}
      onLoad={onLoad}
    />
  );
}
