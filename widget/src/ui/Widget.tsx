import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LOCALES, supportedLocale } from '../../../shared/locales.ts';
import type { WidgetOptions } from '../options.ts';
import { markAnswered, snooze } from '../triggers.ts';
import { AnswerForm } from './AnswerForm.tsx';
import { I18nContext } from './i18n.ts';
import { ReviewInvitation } from './ReviewInvitation.tsx';
import { useSubmission, type Answer } from './useSubmission.ts';

interface WidgetProps {
  options: WidgetOptions;
  /** After "Not now" (snoozed): put the widget away. */
  onNotNow: () => void;
  /** After an answer, sent or saved for later. */
  onAnswered?: () => void;
  /** Shown first in the card (the dialog's close button). */
  children?: ComponentChildren;
}

export function Widget({ options, onNotNow, onAnswered, children }: WidgetProps) {
  const locale = supportedLocale(options.locale);
  const messages = LOCALES[locale];
  const { phase, send, responseId } = useSubmission(options);
  const mode = options.mode === 'review' ? 'review' : 'experience';
  const [problem, setProblem] = useState('');
  const [lastAnswer, setLastAnswer] = useState<Answer>({});
  const status = useRef<HTMLParagraphElement>(null);

  // The form (and the focused Send button) disappears: keep the keyboard focus on the message.
  useEffect(() => {
    if (phase === 'sent' || phase === 'saved') status.current?.focus(), markAnswered(options), onAnswered?.();
  }, [phase]);

  function submit(answer: Answer) {
    setProblem('');
    setLastAnswer(answer);
    void send(answer);
  }

  const done = phase === 'sent' || phase === 'saved';
  const message = { editing: problem, sending: messages.sending, sent: messages.thanks, saved: messages.saved, failed: messages.failed }[phase];
  return (
    <I18nContext.Provider value={{ locale, messages }}>
      <section class={`card ${phase}`} lang={locale}>
        {children}
        {!done && (
          <AnswerForm mode={mode} busy={phase === 'sending'} onSubmit={submit} onInvalid={setProblem} />
        )}
        <p ref={status} class="status" role="status" tabIndex={-1}>
          {message}
        </p>
        {/* The shopper's own words, echoed as text (never as HTML) to confirm what was sent. */}
        {done && lastAnswer.comment && <blockquote>{lastAnswer.comment}</blockquote>}
        {/* No review gating: every experience answer gets the same invitation, whatever its score. */}
        {phase === 'sent' && mode === 'experience' && options.reviewUrl && responseId && (
          <ReviewInvitation options={options} url={options.reviewUrl} responseId={responseId} />
        )}
        {/* Opt-in triggers ask unprompted: the shopper can put it off for a week. */}
        {options.trigger && !done && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              snooze(options);
              onNotNow();
            }}
          >
            {messages.notNow}
          </button>
        )}
        {phase === 'failed' && (
          <button type="button" class="secondary" onClick={() => submit(lastAnswer)}>
            {messages.retry}
          </button>
        )}
      </section>
    </I18nContext.Provider>
  );
}
