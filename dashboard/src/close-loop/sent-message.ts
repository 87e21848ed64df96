// The confirmation of a reply (shown above the attention list and announced): what the reply endpoint says happened
// (`delivery`, `emailFailed`), in the dashboard's language, naming the language the customer was written to.
import type { ReplyLanguage } from '../../../shared/close-loop.ts';
import type { ReplyResult } from '../../../shared/owner-api.ts';
import type { Language } from '../locales.ts';
import { CLOSE_LOOP_TEXTS } from './texts.ts';

export interface Sent extends Pick<ReplyResult, 'delivery' | 'emailFailed'> {
  lang: ReplyLanguage;
  /** the reply moved the item out of the list shown */
  moved: boolean;
}

export function sentMessage(language: Language, { lang, moved, delivery, emailFailed }: Sent): string {
  const t = CLOSE_LOOP_TEXTS[language];
  const how = delivery === 'email' ? t.sentEmail(lang) : emailFailed ? t.sentEmailFailed(lang) : t.sentWidget(lang);
  return moved ? `${how} ${t.sentMoved}` : how;
}
