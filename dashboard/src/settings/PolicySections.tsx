// Retention and the review policy (verified-only reviews, the disclosure text per language).
import { useEffect, useState } from 'preact/hooks';
import type { Settings, SettingsInput } from '../../../shared/owner-api.ts';
import type { Say } from '../hooks/useAnnouncement.ts';
import { useI18n } from '../i18n.tsx';
import { LANGUAGES, MESSAGES } from '../locales.ts';
import { FieldError, Section } from './Section.tsx';
import { SETTINGS_TEXTS } from './texts.ts';

interface Props {
  settings: Settings;
  save(input: SettingsInput): Promise<Settings>;
  announce(say: Say): void;
  onApiError(error: unknown): boolean;
}

export function RetentionSection({ settings, save, announce, onApiError }: Props) {
  const { language } = useI18n();
  const t = SETTINGS_TEXTS[language];
  const [forever, setForever] = useState(settings.retentionDays === null);
  const [days, setDays] = useState(String(settings.retentionDays ?? 365));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setForever(settings.retentionDays === null);
    setDays(String(settings.retentionDays ?? 365));
  }, [settings.retentionDays]);

  const submit = async () => {
    const value = Number(days);
    if (!forever && !(Number.isInteger(value) && value >= 1 && value <= 3650)) {
      setError(t.retention.invalid);
      announce((l) => SETTINGS_TEXTS[l].fixErrors);
      document.getElementById('retention-days')?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      await save({ retentionDays: forever ? null : value });
      announce((l) => SETTINGS_TEXTS[l].saved(SETTINGS_TEXTS[l].retention.heading));
    } catch (failure) {
      onApiError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="retention" title={t.retention.heading} busy={busy} onSubmit={() => void submit()}>
      <label class="check">
        <input
          type="checkbox"
          checked={forever}
          onChange={(event) => setForever((event.currentTarget as HTMLInputElement).checked)}
        />
        {t.retention.keepForever}
      </label>
      <div class="field">
        <label for="retention-days">{t.retention.days}</label>
        <input
          id="retention-days"
          type="number"
          min={1}
          max={3650}
          step={1}
          inputMode="numeric"
          value={days}
          disabled={forever}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'retention-error retention-hint' : 'retention-hint'}
          onInput={(event) => setDays((event.currentTarget as HTMLInputElement).value)}
        />
        <small id="retention-hint" class="muted">
          {t.retention.hint}
        </small>
        <FieldError id="retention-error" text={error} />
      </div>
    </Section>
  );
}

export function ReviewPolicySection({ settings, save, announce, onApiError }: Props) {
  const { language } = useI18n();
  const t = SETTINGS_TEXTS[language];
  const [verifiedOnly, setVerifiedOnly] = useState(settings.requireVerifiedReviews);
  const [texts, setTexts] = useState<Record<string, string>>({ ...settings.reviewDisclosure });
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setVerifiedOnly(settings.requireVerifiedReviews);
    setTexts({ ...settings.reviewDisclosure });
  }, [settings.requireVerifiedReviews, settings.reviewDisclosure]);

  const submit = async () => {
    const given = Object.fromEntries(LANGUAGES.flatMap((code) => (texts[code]?.trim() ? [[code, texts[code]!.trim()]] : [])));
    setBusy(true);
    try {
      await save({ requireVerifiedReviews: verifiedOnly, reviewDisclosure: Object.keys(given).length ? given : null });
      announce((l) => SETTINGS_TEXTS[l].saved(SETTINGS_TEXTS[l].reviews.heading));
    } catch (failure) {
      onApiError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="reviews" title={t.reviews.heading} busy={busy} onSubmit={() => void submit()}>
      <div>
        <label class="check">
          <input
            type="checkbox"
            checked={verifiedOnly}
            aria-describedby="verified-only-hint"
            onChange={(event) => setVerifiedOnly((event.currentTarget as HTMLInputElement).checked)}
          />
          {t.reviews.verifiedOnly}
        </label>
        <p id="verified-only-hint" class="muted small">
          {t.reviews.verifiedOnlyHint}
        </p>
      </div>
      <fieldset class="disclosure">
        <legend>{t.reviews.disclosure}</legend>
        <p class="muted small" id="disclosure-hint">
          {t.reviews.disclosureHint}
        </p>
        {LANGUAGES.map((code) => (
          <div class="field" key={code}>
            <label for={`disclosure-${code}`}>{t.reviews.disclosureIn(MESSAGES[code].languageName)}</label>
            <textarea
              id={`disclosure-${code}`}
              lang={code}
              rows={2}
              maxLength={1000}
              value={texts[code] ?? ''}
              aria-describedby="disclosure-hint"
              onInput={(event) => {
                const value = (event.currentTarget as HTMLTextAreaElement).value;
                setTexts((previous) => ({ ...previous, [code]: value }));
              }}
            />
          </div>
        ))}
      </fieldset>
    </Section>
  );
}
