import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LOCALES, supportedLocale } from '../../../shared/locales.ts';
import type { WidgetOptions } from '../options.ts';
import { snooze } from '../triggers.ts';
import { AnswerForm } from './AnswerForm.tsx';
import { I18nContext } from './i18n.ts';
import { useSubmission, type Answer } from './useSubmission.ts';

type Extras = typeof import('./extras.tsx');
/** The extras chunk (error messages, the review invitation, "already answered"): fetched once, when first needed. */
let extras: Promise<Extras> | undefined;
export const loadExtras = (): Promise<Extras> => (extras ||= import('./extras.tsx'));

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
  const [problem, setProblem] = useState('');
  const [lastAnswer, setLastAnswer] = useState<Answer>({});
  const [x, setX] = useState<Extras>();
  // The refusal's code (a 4xx: issue #14 item 2); '' when there is none.
  const [code, setCode] = useState('');
  const status = useRef<HTMLParagraphElement>(null);

  // The form (and the focused Send button) disappears: keep the keyboard focus on the message. (The order is marked
  // answered by useSubmission, as the answer is stored or kept.)
  useEffect(() => {
    if (phase === 'sent' || phase === 'saved') status.current?.focus(), onAnswered?.();
  }, [phase]);

  function submit(answer: Answer) {
    setProblem('');
    setCode('');
    setLastAnswer(answer);
    // Fetched while the answer is on its way: the thank-you and error states need it.
    const later = loadExtras();
    void later.then(setX);
    void send(answer).then(async (refused) => {
      if (!refused) return;
      const extra = await later;
      setX(extra);
      setCode(refused);
      // The shopper can fix these (too quick, too long): the form stays and says what to do.
      if (refused === 'spam_suspected' || refused === 'payload_too_large') setProblem(extra.errorText(locale, refused));
    });
  }

  const done = phase === 'sent' || phase === 'saved';
  const setup = phase === 'failed' && !!x?.isSetupError(code);
  const failed = x ? x.errorText(locale, code) : messages.failed;
  const message = { editing: problem, sending: messages.sending, sent: messages.thanks, saved: messages.saved, failed }[phase];
  // Opt-in triggers ask unprompted: the shopper can put it off for a week.
  const notNow = options.trigger && !done && (
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
  );
  return (
    <I18nContext.Provider value={{ locale, messages }}>
      <section class={`card ${phase}`} lang={locale}>
        {/* The dialog's Close (FloatingWidget.tsx), with "Not now" next to it at the top. */}
        {children && (
          <div class="top">
            {notNow}
            {children}
          </div>
        )}
        {!done && !setup && <AnswerForm busy={phase === 'sending'} onSubmit={submit} onProblem={setProblem} />}
        <p ref={status} class="status" role="status" tabIndex={-1}>
          {message}
        </p>
        {/* The shopper's own words, echoed as text (never as HTML) to confirm what was sent. */}
        {done && lastAnswer.comment && <blockquote>{lastAnswer.comment}</blockquote>}
        {/* No review gating: every experience answer gets the same invitation, whatever its score. */}
        {phase === 'sent' && options.reviewUrl && responseId && x && (
          <x.ReviewInvitation options={options} responseId={responseId} />
        )}
        {!children && notNow}
        {phase === 'failed' && !setup && (
          <button type="button" class="secondary" onClick={() => submit(lastAnswer)}>
            {messages.retry}
          </button>
        )}
      </section>
    </I18nContext.Provider>
  );
}
