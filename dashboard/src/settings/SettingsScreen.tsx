// Settings (issue #14 item 9): alert webhooks, retention, who is asked (sampling), the review policy, product names,
// the embed code, key and secret rotation. Digest settings live on the Audit screen, invitation e-mail on the
// Invitations screen.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings, SettingsInput } from '../../../shared/owner-api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { LiveStatus } from '../components/LiveStatus.tsx';
import { useAnnouncement } from '../hooks/useAnnouncement.ts';
import { useI18n } from '../i18n.tsx';
import type { ViewProps } from '../shell/views.tsx';
import { fetchSettings, saveSettings } from './api.ts';
import { EmbedSection } from './EmbedSection.tsx';
import { KeysSection } from './KeysSection.tsx';
import { RetentionSection, ReviewPolicySection } from './PolicySections.tsx';
import { ProductNames } from './ProductNames.tsx';
import { SamplingSection } from './SamplingSection.tsx';
import { SETTINGS_TEXTS } from './texts.ts';
import { WebhooksSection } from './WebhooksSection.tsx';
import './settings.css';

export function SettingsScreen({ credentials, onApiError, onCredentials }: ViewProps) {
  const { language } = useI18n();
  const t = SETTINGS_TEXTS[language];
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [message, announce] = useAnnouncement();

  useEffect(() => {
    setError(null);
    fetchSettings(credentials).then(setSettings, (failure: unknown) => {
      if (!onApiError(failure)) setError(failure);
    });
  }, [credentials.shopId, attempt]);

  const save = useCallback(
    async (input: SettingsInput) => {
      const next = await saveSettings(credentials, input);
      setSettings(next);
      return next;
    },
    [credentials],
  );
  const common = { save, announce, onApiError };

  return (
    <main id="main" class="content settings">
      <section class="panel" aria-labelledby="settings-heading">
        <div class="panel-head">
          <h2 id="settings-heading" tabIndex={-1}>
            {t.heading}
          </h2>
        </div>
        <p class="muted small">{t.intro}</p>
      </section>
      <LiveStatus message={message} />
      {error ? <ErrorNotice error={error} onRetry={() => setAttempt((n) => n + 1)} /> : null}
      {!settings ? (
        !error && <p class="loading-block">{t.loading}</p>
      ) : (
        <div class="settings-grid">
          <WebhooksSection settings={settings} {...common} />
          <RetentionSection settings={settings} {...common} />
          <SamplingSection settings={settings} {...common} />
          <ReviewPolicySection settings={settings} {...common} />
          <ProductNames credentials={credentials} announce={announce} onApiError={onApiError} />
          <EmbedSection credentials={credentials} />
          <KeysSection credentials={credentials} announce={announce} onApiError={onApiError} onCredentials={onCredentials} />
        </div>
      )}
    </main>
  );
}
