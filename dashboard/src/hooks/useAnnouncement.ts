// What the status line says, kept as a function of the language so that it changes language with the page
// (issue #14 item 11): set it with `(language) => text`, read it in the current language.
import { useCallback, useState } from 'preact/hooks';
import { useI18n } from '../i18n.tsx';
import type { Language } from '../locales.ts';

export type Say = (language: Language) => string;

export function useAnnouncement(): [string, (say: Say | null) => void] {
  const { language } = useI18n();
  const [say, setSay] = useState<Say | null>(null);
  const announce = useCallback((next: Say | null) => setSay(() => next), []);
  return [say ? say(language) : '', announce];
}
