// Shop id + owner key. The key goes to sessionStorage only; a rejected key comes back here with a message.
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEMO_KEY_LABEL, DEMO_SHOP_ID } from '../../../shared/demo.ts';
import type { Credentials } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import type { Language } from '../locales.ts';
import { Brand } from './Brand.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** Where `npm start` serves the dashboard: only there does the hint about its demo key make sense. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export type SignInProblem = 'unauthorized' | 'forbidden' | 'shopNotFound';

interface Props {
  shopId: string;
  /** The key that was just refused, kept so that it can be corrected. */
  ownerKey?: string;
  problem: SignInProblem | null;
  onLanguage(language: Language): void;
  onSubmit(credentials: Credentials): void;
}

export function SignInForm({ shopId: initialShopId, ownerKey: refusedKey = '', problem, onLanguage, onSubmit }: Props) {
  const { t } = useI18n();
  const [shopId, setShopId] = useState(initialShopId);
  const [ownerKey, setOwnerKey] = useState(refusedKey);
  const first = useRef<HTMLInputElement>(null);
  const key = useRef<HTMLInputElement>(null);

  // A link that names the shop (`?shop=…`, as `npm start` prints), or a key that was refused: the key is what is missing
  // or wrong (a refused key is kept and selected: type over it or correct it). An unknown shop: its id is wrong.
  useEffect(() => {
    const field = (problem === 'shopNotFound' || !shopId ? first : key).current;
    field?.focus();
    if (problem) field?.select();
  }, [problem]);

  const submit = (event: Event) => {
    event.preventDefault();
    const credentials = { shopId: shopId.trim(), ownerKey: ownerKey.trim() };
    if (credentials.shopId && credentials.ownerKey) onSubmit(credentials);
  };

  return (
    <div class="sign-in-page">
      <header class="sign-in-top">
        <LanguageSwitch onChange={onLanguage} />
      </header>
      <main class="sign-in-card" id="main">
        <Brand />
        <h2>{t.signIn.heading}</h2>
        <p class="muted">{t.signIn.intro}</p>
        {problem && (
          <p class="notice notice-error" role="alert" id="sign-in-problem">
            {t.errors[problem]}
          </p>
        )}
        <form onSubmit={submit} noValidate={false}>
          <div class="field">
            <label for="sign-in-shop">{t.signIn.shopId}</label>
            <input
              ref={first}
              id="sign-in-shop"
              name="shopId"
              required
              autocomplete="username"
              spellcheck={false}
              value={shopId}
              onInput={(event) => setShopId(event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="sign-in-key">{t.signIn.ownerKey}</label>
            <input
              ref={key}
              id="sign-in-key"
              name="ownerKey"
              type="password"
              required
              autocomplete="current-password"
              spellcheck={false}
              aria-describedby={problem ? 'owner-key-hint sign-in-problem' : 'owner-key-hint'}
              aria-invalid={problem === 'unauthorized' ? true : undefined}
              value={ownerKey}
              onInput={(event) => setOwnerKey(event.currentTarget.value)}
            />
            <small id="owner-key-hint" class="muted">
              {t.signIn.ownerKeyHint}
            </small>
          </div>
          <button type="submit" class="button button-primary">
            {t.signIn.submit}
          </button>
        </form>
        <p class="muted small">{t.signIn.storageNote}</p>
        {LOCAL_HOSTS.has(location.hostname) && (
          <p class="muted small" data-local-hint>
            {t.signIn.localHint.before} <code>npm start</code> {t.signIn.localHint.after(DEMO_KEY_LABEL, DEMO_SHOP_ID)}
          </p>
        )}
      </main>
    </div>
  );
}
