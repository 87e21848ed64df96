// The product mark and the page title, shared by the key form and the dashboard's top bar.
import { useI18n } from '../i18n.tsx';

export function Brand() {
  const { t } = useI18n();
  return (
    <div class="brand">
      <svg class="brand-mark" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
        <path
          d="M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.5 4v-4A2.5 2.5 0 0 1 4 13.5z"
          fill="currentColor"
        />
        <path d="m12 6.2 1.2 2.5 2.7.3-2 1.9.5 2.7-2.4-1.3-2.4 1.3.5-2.7-2-1.9 2.7-.3z" fill="var(--surface)" />
      </svg>
      <h1>
        <span class="brand-name">Opinia</span> <span class="brand-title">{t.appTitle}</span>
      </h1>
    </div>
  );
}
