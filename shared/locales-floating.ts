// The floating button's strings (data-trigger="button"), in its own lazily loaded chunk (widget/src/ui/FloatingWidget.tsx).
import type { SupportedLocale } from './locales.ts';

export interface FloatingMessages {
  /** The launcher's label, also the name of the dialog it opens. */
  openFeedback: string;
  close: string;
}

export const FLOATING_LOCALES: Record<SupportedLocale, FloatingMessages> = {
  en: { openFeedback: 'Rate your experience', close: 'Close' },
  pl: { openFeedback: 'Oceń zakupy', close: 'Zamknij' },
  cs: { openFeedback: 'Ohodnoťte nákup', close: 'Zavřít' },
};
