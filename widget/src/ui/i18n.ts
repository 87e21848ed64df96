import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { LOCALES, type Messages, type SupportedLocale } from '../../../shared/locales.ts';

export interface I18n {
  locale: SupportedLocale;
  messages: Messages;
}

export const I18nContext = createContext<I18n>({ locale: 'en', messages: LOCALES.en });

export const useI18n = (): I18n => useContext(I18nContext);
