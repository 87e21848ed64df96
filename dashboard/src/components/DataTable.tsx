// A table the dashboard's way: a scrolling region reachable by keyboard and named by the caption, the caption for
// screen readers, one header row (numeric columns right-aligned); the rows are the caller's. When the table is
// wider than its panel (phones), a visible hint says it scrolls sideways (issue #14 item 11). A `stacked` table does
// not scroll: where its box is narrow (a phone) each row becomes a card, each cell on a line of its own after its
// column's name, which the caller gives each <td> as `data-label` (styles.css, .stacked-table).
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n.tsx';
import { OVERVIEW_TEXTS } from '../overview/texts.ts';

export interface Column {
  /** The header's full text: what screen readers announce with every cell of the column. */
  label: string;
  /** A shorter visible header where the full one would widen the table (the full text stays for screen readers). */
  short?: string;
  numeric?: boolean;
}

interface Props {
  caption: string;
  columns: Column[];
  class?: string;
  /** One card per row where the table's box is narrow, not a sideways scroll: every <td> needs its column's `data-label`. */
  stacked?: boolean;
  children: ComponentChildren;
}

let nextId = 0;

function useOverflowing(): [RefObject<HTMLDivElement | null>, boolean] {
  const ref = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const check = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    check();
    return () => observer.disconnect();
  }, []);
  return [ref, overflowing];
}

export function DataTable({ caption, columns, class: className, stacked = false, children }: Props) {
  const { language } = useI18n();
  const [ref, overflowing] = useOverflowing();
  const [hintId] = useState(() => `table-hint-${(nextId += 1)}`);
  return (
    <>
      {overflowing && (
        <p class="table-hint" id={hintId} data-scroll-hint>
          <span aria-hidden="true">⇆</span> {OVERVIEW_TEXTS[language].tableHint}
        </p>
      )}
      <div
        ref={ref}
        class={stacked ? 'table-scroll is-stacked' : 'table-scroll'}
        tabIndex={0}
        role="region"
        aria-label={caption}
        aria-describedby={overflowing ? hintId : undefined}
      >
        <table class={[className, stacked && 'stacked-table'].filter(Boolean).join(' ') || undefined}>
          <caption class="sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.label} scope="col" class={column.numeric ? 'num' : undefined}>
                  {column.short ? (
                    <>
                      <span aria-hidden="true" title={column.label}>
                        {column.short}
                      </span>
                      <span class="sr-only">{column.label}</span>
                    </>
                  ) : (
                    column.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </>
  );
}
