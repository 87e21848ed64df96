// Alert webhooks: up to 5 URLs, checked here with the worker's own rule (shared/webhook-url.ts) so that a wrong
// address is explained in the owner's language next to its field before anything is sent; the worker's answer
// is mapped back to the same fields.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../../shared/owner-api.ts';
import { outboundUrlProblem } from '../../../shared/webhook-url.ts';
import { ApiFailure } from '../api.ts';
import type { Say } from '../hooks/useAnnouncement.ts';
import { useI18n } from '../i18n.tsx';
import { FieldError, Section } from './Section.tsx';
import { SETTINGS_TEXTS, type SettingsTexts } from './texts.ts';

const MAX = 5;
const IS_LOCAL = ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname);

const explain = (t: SettingsTexts, problem: string) => t.urlProblems[problem.replace(/^webhook URL /, '')] ?? problem;

interface Props {
  settings: Settings;
  save(input: { webhooks: string[] }): Promise<Settings>;
  announce(say: Say): void;
  onApiError(error: unknown): boolean;
}

export function WebhooksSection({ settings, save, announce, onApiError }: Props) {
  const { language } = useI18n();
  const t = SETTINGS_TEXTS[language];
  const [urls, setUrls] = useState<string[]>(settings.webhooks.length ? settings.webhooks : ['']);
  const [errors, setErrors] = useState<(string | null)[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => setUrls(settings.webhooks.length ? settings.webhooks : ['']), [settings.webhooks]);

  const showErrors = (next: (string | null)[]) => {
    setErrors(next);
    announce((l) => SETTINGS_TEXTS[l].fixErrors);
    const first = next.findIndex(Boolean);
    requestAnimationFrame(() => document.getElementById(`webhook-${first}`)?.focus());
  };

  const submit = async () => {
    const trimmed = urls.map((url) => url.trim());
    const local = trimmed.map((url) => (url ? outboundUrlProblem(url, { allowLoopbackHttp: IS_LOCAL }) : null));
    if (local.some(Boolean)) return showErrors(local.map((problem) => (problem ? explain(t, problem) : null)));
    const rows = trimmed.flatMap((url, index) => (url ? [index] : []));
    setBusy(true);
    try {
      await save({ webhooks: rows.map((index) => trimmed[index]!) });
      setErrors([]);
      announce((l) => SETTINGS_TEXTS[l].saved(SETTINGS_TEXTS[l].webhooks.heading));
    } catch (failure) {
      const fields = failure instanceof ApiFailure ? failure.issues.filter((issue) => issue.path[0] === 'webhooks') : [];
      if (fields.length) {
        const next: (string | null)[] = urls.map(() => null);
        for (const issue of fields) next[rows[Number(issue.path[1])] ?? 0] = explain(t, issue.message);
        showErrors(next);
      } else onApiError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="webhooks" title={t.webhooks.heading} intro={t.webhooks.intro} busy={busy} onSubmit={() => void submit()}>
      <p class="muted small" id="webhook-hint">
        {t.webhooks.hint}
      </p>
      <ul class="webhook-list">
        {urls.map((url, index) => (
          <li key={index} class="field">
            <label for={`webhook-${index}`}>{t.webhooks.url(index + 1)}</label>
            <div class="field-row">
              <input
                id={`webhook-${index}`}
                type="url"
                inputMode="url"
                value={url}
                spellcheck={false}
                autoComplete="off"
                aria-invalid={errors[index] ? true : undefined}
                aria-describedby={errors[index] ? `webhook-${index}-error webhook-hint` : 'webhook-hint'}
                onInput={(event) => {
                  const value = (event.currentTarget as HTMLInputElement).value;
                  setUrls((previous) => previous.map((entry, at) => (at === index ? value : entry)));
                }}
              />
              {urls.length > 1 && (
                <button
                  type="button"
                  class="button"
                  onClick={() => {
                    setUrls((previous) => previous.filter((_, at) => at !== index));
                    setErrors([]);
                  }}
                >
                  <span aria-hidden="true">✕</span>
                  <span class="sr-only">{t.webhooks.remove(index + 1)}</span>
                </button>
              )}
            </div>
            <FieldError id={`webhook-${index}-error`} text={errors[index] ?? null} />
          </li>
        ))}
      </ul>
      {urls.length < MAX && (
        <div>
          <button type="button" class="button" onClick={() => setUrls((previous) => [...previous, ''])}>
            {t.webhooks.add}
          </button>
        </div>
      )}
    </Section>
  );
}
