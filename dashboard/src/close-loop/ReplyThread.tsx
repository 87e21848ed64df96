// The thread under an attention card: the owner's replies, the customer's follow-up, the reply box with templates in
// the customer's language (shared/reply-language.ts; the owner may pick another), and (for a known customer) the
// balance before, after the complaint and after the repair.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AttentionItem, Customer, ReplyResult } from '../../../shared/owner-api.ts';
import { REPLY_LANGUAGES, replyLanguageOf, type ReplyLanguage } from '../../../shared/reply-language.ts';
import type { Credentials } from '../api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { formatMoment } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { fetchCustomer, replyToItem } from './api.ts';
import { attemptFor, type ReplyAttempt } from './idempotency-key.ts';
import { placeholderLeft } from './placeholders.ts';
import { ownText, type ReplyOrigin, replyTextLang } from './reply-origin.ts';
import { ReplyTimer } from './ReplyTimer.tsx';
import { REPLY_TEMPLATES } from './templates.ts';
import { CLOSE_LOOP_TEXTS } from './texts.ts';

interface Props {
  credentials: Credentials;
  item: AttentionItem;
  /** The shop's default locale (the attention page's `shopLocale`): the templates' language when the item has none. */
  shopLocale: string | null;
  /** `outcome`: the reply endpoint's answer (how the reply went out: `delivery`, `emailFailed`). */
  onReplied(item: AttentionItem, outcome: ReplyResult): void;
  onApiError(error: unknown): boolean;
}

export function ReplyThread({ credentials, item, shopLocale, onReplied, onApiError }: Props) {
  const { language, t: messages } = useI18n();
  const t = CLOSE_LOOP_TEXTS[language];
  // The e-mail goes out in this language (the worker's rule); the owner may start from a template in another.
  const mail = replyLanguageOf(item.locale, shopLocale);
  const [chosen, setChosen] = useState<ReplyLanguage | null>(null);
  const templateLang = chosen ?? mail.lang;
  const [text, setText] = useState('');
  /** The template the text came from (reply-origin.ts): the box's `lang` is the template's only while it does. */
  const [origin, setOrigin] = useState<ReplyOrigin | null>(null);
  /** What the owner had written before a template replaced it, with its own origin: "Restore my text" brings it back. */
  const [replaced, setReplaced] = useState<{ text: string; origin: ReplyOrigin | null } | null>(null);
  const [sending, setSending] = useState(false);
  /** Why the last send failed (no answer, or the server's error): "Try again" sends the same reply with the same key. */
  const [failure, setFailure] = useState<unknown>(null);
  const [customer, setCustomer] = useState<Customer | null>(null);
  const [unfinished, setUnfinished] = useState(false);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  /** The reply being sent and its Idempotency-Key: sending the same text again after a failure reuses the key. */
  const attempt = useRef<ReplyAttempt | null>(null);
  const fieldId = `reply-${item.id}`;
  const whyId = `${fieldId}-template-language`;

  // After a template goes in (or a send is refused), its "[…]" part is selected: typing replaces it.
  useEffect(() => {
    if (!selection || !box.current) return;
    box.current.focus();
    box.current.setSelectionRange(selection.start, selection.end);
  }, [selection]);

  const insertTemplate = (template: string, lang: ReplyLanguage) => {
    // The owner's own words are kept aside, never lost; an untouched template (or an empty box) has nothing to keep,
    // and an earlier text kept aside stays restorable.
    if (ownText(text, origin)) setReplaced({ text, origin });
    setText(template);
    setOrigin({ template, lang });
    setUnfinished(false);
    setSelection(placeholderLeft(template));
  };
  const restore = () => {
    if (!replaced) return;
    setText(replaced.text);
    setOrigin(replaced.origin);
    setReplaced(null);
    setUnfinished(false);
    // The button goes away with the notice: focus goes back to the box, the caret after the restored text.
    setSelection({ start: replaced.text.length, end: replaced.text.length });
  };

  const submit = async () => {
    if (!text.trim() || sending) return;
    const left = placeholderLeft(text);
    if (left) {
      setUnfinished(true);
      setSelection(left);
      return;
    }
    setSending(true);
    setFailure(null);
    attempt.current = attemptFor(attempt.current, text);
    try {
      const result = await replyToItem(credentials, item.id, text, attempt.current.key);
      attempt.current = null; // sent: the next reply, even with the same words, is a new one
      setText('');
      setOrigin(null);
      setReplaced(null);
      onReplied(result.item, result);
    } catch (error) {
      if (!onApiError(error)) setFailure(error);
    } finally {
      setSending(false);
    }
  };
  const send = (event: Event) => {
    event.preventDefault();
    void submit();
  };
  const showBalance = async () => {
    if (!item.customerRef) return;
    try {
      setCustomer(await fetchCustomer(credentials, item.customerRef));
    } catch (error) {
      onApiError(error);
    }
  };
  const recovery = customer?.recoveries.find((entry) => entry.attentionId === item.id);

  return (
    <div class="reply-thread" data-reply-thread>
      <ReplyTimer item={item} />
      {(item.replies.length > 0 || item.followUp) && (
        <ol class="thread" aria-label={t.thread}>
          {item.replies.map((reply) => (
            <li key={reply.id} class="thread-reply">
              <p class="thread-who">
                {t.reply} · <time dateTime={reply.createdAt}>{formatMoment(language, reply.createdAt)}</time>
              </p>
              <p class="thread-text" lang={reply.lang}>
                {reply.text}
              </p>
            </li>
          ))}
          {item.followUp && (
            <li class="thread-follow-up" data-follow-up>
              <p class="thread-who">
                {t.followUp} · <time dateTime={item.followUp.createdAt}>{formatMoment(language, item.followUp.createdAt)}</time>
              </p>
              <p class="thread-text">
                {t.solved[item.followUp.solved]}
                {item.followUp.rating !== null ? ` · ${item.followUp.rating}/5` : ''}
                {item.followUp.comment ? ` — “${item.followUp.comment}”` : ''}
              </p>
            </li>
          )}
        </ol>
      )}
      {item.resolution && (
        <p class={`pill resolution resolution-${item.resolution}`} data-resolution={item.resolution}>
          {t.resolution[item.resolution]}
        </p>
      )}
      {!item.followUp && (
        <form class="reply-form" onSubmit={send}>
          <label for={fieldId}>{t.replyLabel}</label>
          <p class="muted small" id={`${fieldId}-hint`}>
            {t.replyHint}
          </p>
          <div class="template-language">
            <p
              class="muted small"
              id={whyId}
              data-template-language={templateLang}
              data-template-source={chosen ? 'chosen' : mail.source}
            >
              {templateLang === mail.lang ? t.templatesIn(templateLang, mail.source) : t.templatesChosen(templateLang, mail.lang)}
            </p>
            <label for={`${fieldId}-lang`}>{t.templateLanguage}</label>
            <select
              id={`${fieldId}-lang`}
              value={templateLang}
              onChange={(event) => setChosen(event.currentTarget.value as ReplyLanguage)}
            >
              {REPLY_LANGUAGES.map((code) => (
                <option key={code} value={code} lang={code}>
                  {messages.languageNames[code]}
                </option>
              ))}
            </select>
          </div>
          <div class="reply-templates" role="group" aria-label={t.templates} aria-describedby={whyId}>
            {t.templateNames.map((name, index) => (
              <button
                key={name}
                type="button"
                class="button button-small"
                onClick={() => insertTemplate(REPLY_TEMPLATES[templateLang][index]!, templateLang)}
              >
                {name}
              </button>
            ))}
          </div>
          {replaced && (
            <div class="notice template-replaced" id={`${fieldId}-replaced`} data-template-replaced>
              <p>{t.templateReplaced}</p>
              <button type="button" class="button button-small" onClick={restore}>
                {t.restoreText}
              </button>
            </div>
          )}
          <textarea
            ref={box}
            id={fieldId}
            rows={4}
            maxLength={2000}
            lang={replyTextLang(text, origin)}
            value={text}
            aria-describedby={[
              `${fieldId}-hint`,
              replaced ? `${fieldId}-replaced` : '',
              unfinished ? `${fieldId}-unfinished` : '',
            ]
              .filter(Boolean)
              .join(' ')}
            aria-invalid={unfinished}
            onInput={(event) => {
              const value = (event.target as HTMLTextAreaElement).value;
              setText(value);
              setFailure(null);
              if (unfinished && !placeholderLeft(value)) setUnfinished(false);
            }}
          />
          {unfinished && (
            <p class="notice notice-error" id={`${fieldId}-unfinished`} role="alert" data-placeholder-left>
              {t.placeholderLeft}
            </p>
          )}
          <button type="submit" class="button button-primary" disabled={sending || !text.trim()}>
            {sending ? t.sending : t.send}
          </button>
          {failure !== null && !sending && (
            <div data-reply-failed>
              <ErrorNotice error={failure} onRetry={() => void submit()} />
            </div>
          )}
        </form>
      )}
      {item.customerRef && !customer && (
        <button type="button" class="button button-small" onClick={() => void showBalance()}>
          {t.balance.show}
        </button>
      )}
      {recovery && (
        <dl class="facts balance-steps" aria-label={t.balance.caption} data-balance-steps>
          <div>
            <dt>{t.balance.before}</dt>
            <dd>{recovery.balanceBefore}</dd>
          </div>
          <div>
            <dt>{t.balance.afterComplaint}</dt>
            <dd class={recovery.balanceAfterComplaint < 0 ? 'negative' : ''}>{recovery.balanceAfterComplaint}</dd>
          </div>
          <div>
            <dt>{t.balance.afterRepair}</dt>
            <dd
              class={
                recovery.balanceAfterRepair !== null && recovery.balanceAfterRepair > recovery.balanceAfterComplaint
                  ? 'positive'
                  : ''
              }
            >
              {recovery.balanceAfterRepair ?? t.balance.none}
            </dd>
          </div>
        </dl>
      )}
    </div>
  );
}
