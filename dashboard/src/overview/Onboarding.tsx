// A new, empty shop (no answer at all): its embed snippet with the room-reserving wrapper and the stylesheet
// lines, a Copy button each, and "Send a test answer" (POST …/test-answer) instead of empty charts (item 9).
import { useState } from 'preact/hooks';
import { call, type Credentials } from '../api.ts';
import { EmbedCode } from '../components/EmbedCode.tsx';
import type { Say } from '../hooks/useAnnouncement.ts';
import { useI18n } from '../i18n.tsx';
import { OVERVIEW_TEXTS } from './texts.ts';

interface Props {
  credentials: Credentials;
  announce(say: Say): void;
  onApiError(error: unknown): boolean;
  /** After the test answer: the overview loads its figures again. */
  onTested(): void;
}

export function Onboarding({ credentials, announce, onApiError, onTested }: Props) {
  const { language } = useI18n();
  const t = OVERVIEW_TEXTS[language].onboarding;
  const [busy, setBusy] = useState(false);
  const copied = (ok: boolean) =>
    announce((l) => (ok ? OVERVIEW_TEXTS[l].onboarding.copied : OVERVIEW_TEXTS[l].onboarding.copyFailed));
  const test = async () => {
    setBusy(true);
    try {
      await call(credentials, '/test-answer', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      announce((l) => OVERVIEW_TEXTS[l].onboarding.tested);
      onTested();
    } catch (failure) {
      onApiError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel onboarding" aria-labelledby="onboarding-heading" data-onboarding>
      <div class="panel-head">
        <h2 id="onboarding-heading" tabIndex={-1}>
          {t.heading}
        </h2>
      </div>
      <p>{t.intro}</p>
      <p class="onboarding-step">{t.step1}</p>
      <EmbedCode shopId={credentials.shopId} onCopied={copied} />
      <p class="onboarding-step">{t.step2}</p>
      <div class="onboarding-test">
        <button
          type="button"
          class="button button-primary"
          disabled={busy}
          aria-describedby="test-note"
          onClick={() => void test()}
        >
          {busy ? t.testing : t.test}
        </button>
        <p id="test-note" class="muted small">
          {t.testNote}
        </p>
      </div>
    </section>
  );
}
