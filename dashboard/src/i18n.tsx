// The chosen language and its messages, for every component below <I18nProvider>.
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { MESSAGES, type Language, type Messages } from './locales.ts';

export interface I18n {
  language: Language;
  t: Messages;
}

const I18nContext = createContext<I18n>({ language: 'en', t: MESSAGES.en });

export function I18nProvider({ language, children }: { language: Language; children: ComponentChildren }) {
  return <I18nContext.Provider value={{ language, t: MESSAGES[language] }}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
