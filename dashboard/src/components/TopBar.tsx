// Product name, the shop being looked at, the language switch and sign out.
import { useI18n } from '../i18n.tsx';
import type { Language } from '../locales.ts';
import { Brand } from './Brand.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

interface Props {
  shopId: string;
  onLanguage(language: Language): void;
  onSignOut(): void;
}

export function TopBar({ shopId, onLanguage, onSignOut }: Props) {
  const { t } = useI18n();
  return (
    <header class="top-bar">
      <Brand />
      <p class="shop-badge">
        <span class="muted">{t.shop}:</span> <strong>{shopId}</strong>
      </p>
      <div class="top-actions">
        <LanguageSwitch onChange={onLanguage} />
        <button type="button" class="button" onClick={onSignOut}>
          {t.signOut}
        </button>
      </div>
    </header>
  );
}
