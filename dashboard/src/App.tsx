// The top: which language, whether the owner is signed in, and what sends them back to the key form.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure, type Credentials } from './api.ts';
import { SignInForm, type SignInProblem } from './components/SignInForm.tsx';
import { I18nProvider } from './i18n.tsx';
import { MESSAGES, pickLanguage, type Language } from './locales.ts';
import { Shell } from './shell/Shell.tsx';
import { loadCredentials, loadLanguage, saveCredentials, saveLanguage } from './session.ts';

/** The sign-in problem an API failure means, if it means the key or shop id is wrong. */
function signInProblem(error: unknown): SignInProblem | null {
  if (!(error instanceof ApiFailure)) return null;
  if (error.status === 401) return 'unauthorized';
  if (error.status === 403) return 'forbidden';
  if (error.status === 404 && error.code === 'shop_not_found') return 'shopNotFound';
  return null;
}

export function App() {
  const [language, setLanguage] = useState<Language>(
    () => loadLanguage() ?? pickLanguage(navigator.languages ?? [navigator.language]),
  );
  const [credentials, setCredentials] = useState<Credentials | null>(loadCredentials);
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  // A refused key goes back into the form (memory only), so the owner can correct a typo instead of retyping it.
  const [refusedKey, setRefusedKey] = useState('');
  const current = useRef(credentials);
  current.current = credentials;
  const [lastShopId, setLastShopId] = useState(
    () => credentials?.shopId ?? new URLSearchParams(location.search).get('shop') ?? '',
  );

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `Opinia · ${MESSAGES[language].appTitle}`;
  }, [language]);

  const chooseLanguage = useCallback((next: Language) => {
    saveLanguage(next);
    setLanguage(next);
  }, []);

  const signIn = useCallback((next: Credentials) => {
    saveCredentials(next);
    setLastShopId(next.shopId);
    setProblem(null);
    setCredentials(next);
  }, []);

  const signOut = useCallback((reason: SignInProblem | null = null) => {
    setRefusedKey(reason ? (current.current?.ownerKey ?? '') : '');
    saveCredentials(null);
    setProblem(reason);
    setCredentials(null);
  }, []);

  /** Returns true when the failure sent the owner back to the key form. */
  const onApiError = useCallback(
    (error: unknown) => {
      const reason = signInProblem(error);
      if (reason) signOut(reason);
      return reason !== null;
    },
    [signOut],
  );

  return (
    <I18nProvider language={language}>
      {credentials ? (
        <Shell
          credentials={credentials}
          onLanguage={chooseLanguage}
          onSignOut={() => signOut()}
          onApiError={onApiError}
          onCredentials={signIn}
        />
      ) : (
        <SignInForm shopId={lastShopId} ownerKey={refusedKey} problem={problem} onLanguage={chooseLanguage} onSubmit={signIn} />
      )}
    </I18nProvider>
  );
}
