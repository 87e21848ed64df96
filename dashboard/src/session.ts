// The owner's credentials and language live in sessionStorage only: gone when the tab closes, never a cookie.
import type { Credentials } from './api.ts';
import { LANGUAGES, type Language } from './locales.ts';

const CREDENTIALS = 'opinia.dashboard.credentials';
const LANGUAGE = 'opinia.dashboard.language';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage disabled: the dashboard still works until the tab is reloaded
  }
}

export function loadCredentials(): Credentials | null {
  try {
    const value = JSON.parse(storage()?.getItem(CREDENTIALS) ?? 'null') as Partial<Credentials> | null;
    return value && typeof value.shopId === 'string' && typeof value.ownerKey === 'string'
      ? { shopId: value.shopId, ownerKey: value.ownerKey }
      : null;
  } catch {
    return null;
  }
}

export function saveCredentials(credentials: Credentials | null): void {
  if (credentials) storage()?.setItem(CREDENTIALS, JSON.stringify(credentials));
  else storage()?.removeItem(CREDENTIALS);
}

export function loadLanguage(): Language | null {
  const value = storage()?.getItem(LANGUAGE);
  return (LANGUAGES as readonly (string | null | undefined)[]).includes(value) ? (value as Language) : null;
}

export function saveLanguage(language: Language): void {
  storage()?.setItem(LANGUAGE, language);
}
