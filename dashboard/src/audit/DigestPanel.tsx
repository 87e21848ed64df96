// The digest's settings (cadence weekly / monthly / off, the rotating study's segments, the owner's address),
// saved with PUT …/settings, and "Send a test digest" (POST …/audit/digest) with what the API says was sent.
import { useEffect, useState } from 'preact/hooks';
import type { DigestSent } from '../../../shared/audit.ts';
import type { Settings } from '../../../shared/owner-api.ts';
import { ApiFailure, type Credentials } from '../api.ts';
import { Segmented } from '../components/Segmented.tsx';
import { formatDay } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { fetchSettings, saveSettings } from '../settings/api.ts';
import { sendTestDigest } from './api.ts';
import { AUDIT_TEXTS, type AuditTexts, type CadenceChoice } from './texts.ts';
import { Explain } from '../glossary/Explain.tsx';

type Message = { tone: 'ok' | 'error'; text: string } | null;

const splitSegments = (text: string) =>
  text
    .split(',')
    .map((segment) => segment.trim())
    .filter(Boolean);

function sentMessage(t: AuditTexts, language: 'en' | 'pl' | 'cs', sent: DigestSent): Message {
  if (!sent.deliveries && !sent.mailed) return { tone: 'error', text: t.sentNowhere };
  const period = t.period(formatDay(language, sent.from), formatDay(language, sent.to));
  const study = sent.studySegment ? ` ${t.studying(sent.studySegment)}` : '';
  return { tone: 'ok', text: t.sentTo(period, sent.deliveries, sent.mailed) + study };
}

export function DigestPanel({ credentials, onApiError }: { credentials: Credentials; onApiError(error: unknown): boolean }) {
  const { language } = useI18n();
  const t = AUDIT_TEXTS[language];
  const [settings, setSettings] = useState<Settings | null>(null);
  const [cadence, setCadence] = useState<CadenceChoice>('off');
  const [segments, setSegments] = useState('');
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState<'save' | 'send' | null>(null);
  const [message, setMessage] = useState<Message>(null);

  const adopt = (next: Settings) => {
    setSettings(next);
    setCadence(next.digest?.cadence ?? 'off');
    setSegments(next.digest?.segments?.join(', ') ?? '');
    setEmail(next.digest?.email ?? '');
  };
  useEffect(() => {
    fetchSettings(credentials).then(adopt, (error: unknown) => onApiError(error));
  }, [credentials]);

  const failed = (error: unknown) => {
    if (error instanceof ApiFailure && error.status === 409 && error.code === 'no_destination')
      return setMessage({ tone: 'error', text: t.nothingConfigured });
    if (error instanceof ApiFailure && error.status === 400)
      return setMessage({
        tone: 'error',
        text: error.issues.length
          ? error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
          : error.message,
      });
    if (!onApiError(error)) setMessage({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
  };

  const save = async () => {
    setBusy('save');
    setMessage(null);
    const list = splitSegments(segments);
    try {
      const digest =
        cadence === 'off'
          ? null
          : {
              cadence,
              ...(list.length ? { segments: list } : {}),
              ...(email.trim() ? { email: email.trim() } : {}),
              locale: settings?.digest?.locale ?? language,
            };
      adopt(await saveSettings(credentials, { digest }));
      setMessage({ tone: 'ok', text: t.saved });
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  };

  const sendTest = async () => {
    setBusy('send');
    setMessage(null);
    try {
      setMessage(sentMessage(t, language, await sendTestDigest(credentials)));
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <form
      class="audit-digest-form"
      aria-busy={settings === null}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p class="muted small">{t.digestIntro}</p>
      <Segmented
        name="digest-cadence"
        legend={t.cadence}
        value={cadence}
        options={(['weekly', 'monthly', 'off'] as CadenceChoice[]).map((value) => ({ value, label: t.cadences[value] }))}
        onChange={(value) => setCadence(value)}
      />
      <div class="field">
        <label for="digest-segments">{t.studySegments}</label>
        <input
          id="digest-segments"
          name="digestSegments"
          value={segments}
          disabled={cadence === 'off'}
          aria-describedby="digest-segments-hint"
          onInput={(event) => setSegments(event.currentTarget.value)}
        />
        <small id="digest-segments-hint" class="muted">
          {t.studySegmentsHint}
        </small>
        <Explain id="rotating-study" terms={['rotatingStudy']} />
      </div>
      <div class="field">
        <label for="digest-email">{t.digestEmail}</label>
        <input
          id="digest-email"
          name="digestEmail"
          type="email"
          autocomplete="email"
          value={email}
          disabled={cadence === 'off'}
          aria-describedby="digest-email-hint"
          onInput={(event) => setEmail(event.currentTarget.value)}
        />
        <small id="digest-email-hint" class="muted">
          {t.digestEmailHint}
        </small>
      </div>
      <div class="audit-digest-actions">
        <button type="submit" class="button button-primary" disabled={busy !== null || settings === null}>
          {busy === 'save' ? t.saving : t.save}
        </button>
        <button type="button" class="button" disabled={busy !== null} onClick={() => void sendTest()}>
          {busy === 'send' ? t.sending : t.sendTest}
        </button>
      </div>
      <p
        class={message?.tone === 'error' ? 'audit-digest-message is-error' : 'audit-digest-message'}
        role="status"
        data-digest-message={message?.tone ?? ''}
      >
        {message?.text ?? ''}
      </p>
    </form>
  );
}
