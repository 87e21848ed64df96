// English / Polski / Čeština: a labelled native select, keyboard usable as it is.
import { useI18n } from '../i18n.tsx';
import { LANGUAGES, type Language } from '../locales.ts';

export function LanguageSwitch({ onChange }: { onChange(language: Language): void }) {
  const { language, t } = useI18n();
  return (
    <div class="language-switch">
      <label for="language-switch">{t.language}</label>
      <select
        id="language-switch"
        name="language"
        value={language}
        onChange={(event) => onChange(event.currentTarget.value as Language)}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t.languageNames[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
