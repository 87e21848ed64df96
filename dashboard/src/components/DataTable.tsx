// A table the dashboard's way: a scrolling region reachable by keyboard and named by the caption, the caption for
// screen readers, one header row (numeric columns right-aligned); the rows are the caller's.
import type { ComponentChildren } from 'preact';

export interface Column {
  label: string;
  numeric?: boolean;
}

interface Props {
  caption: string;
  columns: Column[];
  class?: string;
  children: ComponentChildren;
}

export function DataTable({ caption, columns, class: className, children }: Props) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table class={className}>
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" class={column.numeric ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
