import { useEffect } from 'preact/hooks';
import type { WidgetOptions } from '../options.ts';
import { useI18n } from './i18n.ts';

interface ReviewInvitationProps {
  options: WidgetOptions;
  url: string;
  responseId: string;
}

/**
 * "Write a public review", offered after EVERY experience answer (Google forbids choosing who is invited by
 * their score). Each offer is logged (`POST …/invitations`) so the owner and an auditor can check it.
 */
export function ReviewInvitation({ options, url, responseId }: ReviewInvitationProps) {
  const { messages } = useI18n();
  useEffect(() => {
    fetch(`${options.apiBase}/v1/shops/${encodeURIComponent(options.shopId)}/invitations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ responseId }),
    }).catch(() => {}); // the log is best effort; the offer stands either way
  }, [responseId]);
  return (
    <p class="invite">
      {messages.inviteText} <a href={url}>{messages.inviteLink}</a>
    </p>
  );
}
