// Who is asked (issue #17, study sampling): the share of page views that ask, per touchpoint. The loader reads it
// from GET /v1/shops/:shopId/config, so the owner changes it here, not in every page's HTML. The segment under study
// (the Audit screen's rotating digest study) is always asked.
import { useEffect, useState } from 'preact/hooks';
import type { Settings, SettingsInput } from '../../../shared/owner-api.ts';
import type { Say } from '../hooks/useAnnouncement.ts';
import { TOUCHPOINT_ORDER } from '../constants.ts';
import { useI18n } from '../i18n.tsx';
import { MESSAGES } from '../locales.ts';
import { viewHref } from '../shell/route.ts';
import { FieldError, Section } from './Section.tsx';
import { SETTINGS_TEXTS } from './texts.ts';

interface Props {
  settings: Settings;
  save(input: SettingsInput): Promise<Settings>;
  announce(say: Say): void;
  onApiError(error: unknown): boolean;
}

type Percents = Record<(typeof TOUCHPOINT_ORDER)[number], string>;

const percentsOf = (sampling: Settings['sampling']): Percents =>
  Object.fromEntries(
    TOUCHPOINT_ORDER.map((touchpoint) => [touchpoint, String(Math.round((sampling[touchpoint] ?? 1) * 1000) / 10)]),
  ) as Percents;

const validPercent = (text: string) => {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
};

export function SamplingSection({ settings, save, announce, onApiError }: Props) {
  const { language } = useI18n();
  const t = SETTINGS_TEXTS[language].sampling;
  const names = MESSAGES[language].touchpointNames;
  const [percents, setPercents] = useState(() => percentsOf(settings.sampling));
  const [wrong, setWrong] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setPercents(percentsOf(settings.sampling)), [settings.sampling]);

  const submit = async () => {
    const invalid = TOUCHPOINT_ORDER.find((touchpoint) => validPercent(percents[touchpoint]) === null);
    setWrong(invalid ?? null);
    if (invalid) {
      announce((l) => SETTINGS_TEXTS[l].fixErrors);
      document.getElementById(`sampling-${invalid}`)?.focus();
      return;
    }
    // Touchpoints asked always are left out, as the API reads them.
    const sampling = Object.fromEntries(
      TOUCHPOINT_ORDER.flatMap((touchpoint) => {
        const share = validPercent(percents[touchpoint])! / 100;
        return share < 1 ? [[touchpoint, share]] : [];
      }),
    );
    setBusy(true);
    try {
      await save({ sampling });
      announce((l) => SETTINGS_TEXTS[l].saved(SETTINGS_TEXTS[l].sampling.heading));
    } catch (failure) {
      onApiError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="sampling" title={t.heading} intro={t.intro} busy={busy} onSubmit={() => void submit()}>
      <p class="muted small" id="sampling-study">
        {t.study} <a href={viewHref('audit')}>{t.studyLink}</a>
      </p>
      {TOUCHPOINT_ORDER.map((touchpoint) => (
        <div class="field" key={touchpoint}>
          <label for={`sampling-${touchpoint}`}>{t.share(names[touchpoint])}</label>
          <input
            id={`sampling-${touchpoint}`}
            type="number"
            min={0}
            max={100}
            step="any"
            inputMode="decimal"
            value={percents[touchpoint]}
            aria-invalid={wrong === touchpoint ? true : undefined}
            aria-describedby={wrong === touchpoint ? `sampling-${touchpoint}-error sampling-hint` : 'sampling-hint'}
            onInput={(event) => {
              const value = (event.currentTarget as HTMLInputElement).value;
              setPercents((previous) => ({ ...previous, [touchpoint]: value }));
            }}
          />
          <FieldError id={`sampling-${touchpoint}-error`} text={wrong === touchpoint ? t.invalid : null} />
        </div>
      ))}
      <small id="sampling-hint" class="muted">
        {t.hint}
      </small>
    </Section>
  );
}
