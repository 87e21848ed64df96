// A titled section of the dashboard: a region named by its heading, with optional controls beside it.
import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  title: string;
  actions?: ComponentChildren;
  class?: string;
  children: ComponentChildren;
}

export function Panel({ id, title, actions, class: className, children }: Props) {
  return (
    <section class={className ? `panel ${className}` : 'panel'} aria-labelledby={id}>
      <div class="panel-head">
        <h2 id={id} tabIndex={-1}>
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
