// Key and secret rotation, each behind a plain warning and a confirmation: the old key stops at once. The new
// value is shown once to copy; after the owner key, the dashboard goes on with the new key.
import { useState } from 'preact/hooks';
import type { Credentials } from '../api.ts';
import { CopyBlock } from '../components/CopyBlock.tsx';
import { formatMoment } from '../format.ts';
import type { Say } from '../hooks/useAnnouncement.ts';
import { useI18n } from '../i18n.tsx';
import { rotateOwnerKey, rotateSecret } from './api.ts';
import { Section } from './Section.tsx';
import { SETTINGS_TEXTS } from './texts.ts';

type Target = 'owner-key' | 'webhook' | 'order-token';

interface Props {
  credentials: Credentials;
  announce(say: Say): void;
  onApiError(error: unknown): boolean;
  onCredentials(credentials: Credentials): void;
}

function Rotation({ target, credentials, announce, onApiError, onCredentials }: Props & { target: Target }) {
  const { language } = useI18n();
  const t = SETTINGS_TEXTS[language].keys;
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [fresh, setFresh] = useState<{ value: string; until?: string } | null>(null);
  const title = target === 'owner-key' ? t.ownerKey : target === 'webhook' ? t.webhook : t.orderToken;
  const text = target === 'owner-key' ? t.ownerKeyText : target === 'webhook' ? t.webhookText : t.orderTokenText;
  const id = `rotate-${target}`;

  const rotate = async () => {
    setBusy(true);
    try {
      if (target === 'owner-key') {
        const { ownerKey } = await rotateOwnerKey(credentials);
        setFresh({ value: ownerKey });
        onCredentials({ shopId: credentials.shopId, ownerKey });
        announce((l) => SETTINGS_TEXTS[l].keys.rotatedKey);
      } else {
        const result = await rotateSecret(credentials, target);
        setFresh({ value: result.secret, until: result.previousValidUntil });
        announce((l) =>
          SETTINGS_TEXTS[l].keys.rotatedSecret(
            target === 'webhook' ? SETTINGS_TEXTS[l].keys.webhook : SETTINGS_TEXTS[l].keys.orderToken,
          ),
        );
      }
      setConfirmed(false);
      requestAnimationFrame(() => document.getElementById(`${id}-value`)?.focus());
    } catch (failure) {
      onApiError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="rotation" data-rotation={target} role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="settings-subheading">
        {title}
      </h3>
      <p class="small" id={`${id}-text`}>
        {text}
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={confirmed}
          onChange={(event) => setConfirmed((event.currentTarget as HTMLInputElement).checked)}
        />
        {target === 'order-token' ? t.confirmOrderToken : t.confirm}
      </label>
      <div>
        <button
          type="button"
          class="button button-danger"
          disabled={!confirmed || busy}
          aria-describedby={`${id}-text`}
          onClick={() => void rotate()}
        >
          {busy ? t.rotating : `${t.rotate}: ${title}`}
        </button>
      </div>
      {fresh && (
        <div class="fresh-secret">
          <CopyBlock
            id={`${id}-value`}
            label={target === 'owner-key' ? t.newKey : t.newSecret}
            hint={t.showOnce}
            value={fresh.value}
            rows={2}
            copyLabel={t.copy}
            onCopied={(ok) => announce((l) => (ok ? SETTINGS_TEXTS[l].keys.copied : SETTINGS_TEXTS[l].keys.copyFailed))}
          />
          {fresh.until && <p class="small">{t.graceUntil(formatMoment(language, fresh.until))}</p>}
        </div>
      )}
    </div>
  );
}

export function KeysSection(props: Props) {
  const { language } = useI18n();
  const t = SETTINGS_TEXTS[language].keys;
  return (
    <Section id="keys" title={t.heading}>
      <p class="notice notice-warning" id="keys-warning">
        <strong>{t.warning}</strong>
      </p>
      {(['owner-key', 'webhook', 'order-token'] as const).map((target) => (
        <Rotation key={target} target={target} {...props} />
      ))}
    </Section>
  );
}
