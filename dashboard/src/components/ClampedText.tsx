// A shopper's long text folded to a few lines (CSS line-clamp), with "Show all" / "Show less" only when it overflows.
// The text stays text: children are rendered by Preact as text nodes, never as HTML.
import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n.tsx';

interface Props {
  as?: 'blockquote' | 'div';
  class?: string;
  lang?: string;
  children: ComponentChildren;
}

export function ClampedText({ as: Tag = 'div', class: className, lang, children }: Props) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [overflowing, setOverflowing] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    // Measured only while folded: unfolded, nothing overflows, yet the button must stay to fold it again.
    if (!element || expanded) return;
    const check = () => setOverflowing(element.scrollHeight > element.clientHeight + 1);
    check();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [expanded, children]);
  return (
    <>
      <Tag ref={ref as never} id={id} class={`${className ?? ''} clamp${expanded ? '' : ' clamp-folded'}`} lang={lang}>
        {children}
      </Tag>
      {(overflowing || expanded) && (
        <button
          type="button"
          class="button-link clamp-toggle"
          aria-expanded={expanded}
          aria-controls={id}
          data-clamp-toggle
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t.clamp.less : t.clamp.more}
        </button>
      )}
    </>
  );
}
