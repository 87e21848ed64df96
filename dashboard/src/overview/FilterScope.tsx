// Which figures follow the filters and which do not, said plainly (issue #14 item 10).
import { useI18n } from '../i18n.tsx';
import { OVERVIEW_TEXTS } from './texts.ts';

export function FilterScope() {
  const { language } = useI18n();
  const t = OVERVIEW_TEXTS[language].scope;
  return (
    <p class="filter-scope small" data-filter-scope>
      <strong>{t.heading}:</strong> {t.filtered} {t.ignored} {t.customers}
    </p>
  );
}
