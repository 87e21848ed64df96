// The list of screens under the top bar; the current one carries aria-current="page".
import { useI18n } from '../i18n.tsx';
import { viewHref } from './route.ts';
import type { ViewDefinition } from './views.tsx';

const NAV_LABEL = { en: 'Screens', pl: 'Ekrany', cs: 'Obrazovky' } as const;

export function NavBar({ views, current }: { views: ViewDefinition[]; current: string }) {
  const { language } = useI18n();
  return (
    <nav class="view-nav" aria-label={NAV_LABEL[language]}>
      <ul>
        {views.map((view) => (
          <li key={view.id}>
            <a href={viewHref(view.id)} aria-current={view.id === current ? 'page' : undefined}>
              {view.label[language]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
