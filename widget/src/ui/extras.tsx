// The UI's extras chunk (widget-ui-extras.<hash>.js): the states a shopper rarely sees, out of the 16 KB form chunk.
// Widget.tsx fetches it while an answer is on its way (so the thank-you state does not wait for it); mount.tsx
// fetches it alone when the order was answered before.
import { useEffect } from 'preact/hooks';
import { EXTRA_LOCALES, SETUP_CODES } from '../../../shared/locales-extra.ts';
import { supportedLocale, type SupportedLocale } from '../../../shared/locales.ts';
import type { WidgetOptions } from '../options.ts';

/** The shopper's message for an error code the worker answered (`failed` for any other). */
export const errorText = (locale: SupportedLocale, code: string): string => {
  const messages = EXTRA_LOCALES[locale];
  return messages[code as 'failed'] ?? messages.failed;
};

/** True when resending cannot help until the owner fixes the tag (no form, no "Try again"). */
export const isSetupError = (code: string): boolean => SETUP_CODES.includes(code);

export { EXTRA_LOCALES };

interface InvitationProps {
  options: WidgetOptions;
  /** The stored answer's id: each offer is logged against it (unknown for an answer that went out from the outbox). */
  responseId?: string | undefined;
}

/**
 * "Write a public review", offered after EVERY experience answer (Google forbids choosing who is invited by
 * their score). Each offer is logged (`POST …/invitations`) so the owner and an auditor can check it.
 */
export function ReviewInvitation({ options, responseId }: InvitationProps) {
  const messages = EXTRA_LOCALES[supportedLocale(options.locale)];
  useEffect(() => {
    if (responseId)
      fetch(`${options.apiBase}/v1/shops/${encodeURIComponent(options.shopId)}/invitations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ responseId }),
      }).catch(() => {}); // the log is best effort; the offer stands either way
  }, [responseId]);
  return (
    <p class="invite">
      {messages.inviteText} <a href={options.reviewUrl}>{messages.inviteLink}</a>
    </p>
  );
}

/**
 * The order was answered before (a reload, a second visit to the thank-you page): a short thank-you, with the
 * review invitation, instead of an empty reserved room. `answered` is what markAnswered stored: the answer's id.
 */
export function Answered({ options, answered }: { options: WidgetOptions; answered: string }) {
  const locale = supportedLocale(options.locale);
  return (
    <section class="card sent answered" lang={locale}>
      <p class="status" role="status">
        {EXTRA_LOCALES[locale].answered}
      </p>
      {options.reviewUrl && <ReviewInvitation options={options} responseId={answered.length > 1 ? answered : undefined} />}
    </section>
  );
}
