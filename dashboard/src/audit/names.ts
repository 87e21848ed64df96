// The Audit's touchpoint names: the dashboard's own, except `post_purchase`, whose name ("After purchase") would read
// as the stage "After the purchase" it is one part of (in Polish and Czech the two are the same words).
import type { Touchpoint } from '../../../shared/schemas.ts';
import type { Language } from '../locales.ts';
import { MESSAGES } from '../locales.ts';
import { AUDIT_TEXTS } from './texts.ts';

export const touchpointName = (language: Language, touchpoint: Touchpoint): string =>
  touchpoint === 'post_purchase' ? AUDIT_TEXTS[language].generalTouchpoint : MESSAGES[language].touchpointNames[touchpoint];
