// The dev-only Mailbox screen (`npm start`): every e-mail that would have gone out, newest first, each with its
// order, touchpoint, language and hosted-page link, the rendered HTML (sandboxed) or the plain text; and a button
// that runs the cron now through `wrangler dev`'s GET /cdn-cgi/local/scheduled.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { DevMailbox } from '../../../shared/invitations.ts';
import { ApiFailure } from '../api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { LiveStatus } from '../components/LiveStatus.tsx';
import { Panel } from '../components/Panel.tsx';
import { formatFigure, formatMoment } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { INVITATIONS_TEXTS } from '../invitations/texts.ts';
import type { ViewProps } from '../shell/views.tsx';
import { fetchMailbox, runCronNow } from './api.ts';
import { EmailFrame } from './EmailFrame.tsx';
import './mailbox.css';
import { MAILBOX_TEXTS } from './texts.ts';

type Email = DevMailbox['emails'][number];

/** An address shown as little as needed to tell e-mails apart: `a•••@example.com`. */
const masked = (address: string) => address.replace(/^(.)[^@]*/, '$1•••');

export function MailboxView({ credentials, onApiError }: ViewProps) {
  const { language } = useI18n();
  const t = MAILBOX_TEXTS[language];
  const [emails, setEmails] = useState<Email[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [running, setRunning] = useState(false);
  const [message, setMessage] = useState('');

  const load = useCallback(async (): Promise<Email[] | null> => {
    try {
      const { emails: next } = await fetchMailbox(credentials);
      setEmails(next);
      setError(null);
      return next;
    } catch (failure) {
      if (!onApiError(failure)) setError(failure);
      return null;
    }
  }, [credentials]);

  useEffect(() => {
    void load();
  }, [load]);

  const runCron = async () => {
    setRunning(true);
    setMessage(t.running);
    const before = emails?.[0]?.id ?? 0;
    const ok = await runCronNow();
    // The handler sends in waitUntil: look a few times until the newest e-mail changes.
    let latest = await load();
    for (let tries = 0; ok && tries < 8 && (latest?.[0]?.id ?? 0) === before; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      latest = await load();
    }
    setRunning(false);
    setMessage(ok ? t.ran(formatFigure(language, 'count', latest?.length ?? 0)) : t.cronFailed);
  };

  const unavailable = error instanceof ApiFailure && error.status === 404 && error.code === 'not_found';
  return (
    <main id="main" class="content mailbox">
      <Panel
        id="mailbox-heading"
        title={t.heading}
        actions={
          <div class="mailbox-actions">
            <button type="button" class="button button-primary" onClick={runCron} disabled={running || unavailable}>
              {running ? t.running : t.runCron}
            </button>
            <button type="button" class="button" onClick={() => void load()} disabled={running}>
              {t.refresh}
            </button>
          </div>
        }
      >
        <p class="small muted">{t.intro}</p>
      </Panel>
      <LiveStatus message={message} />
      {unavailable ? (
        <p class="notice">{t.unavailable}</p>
      ) : error ? (
        <ErrorNotice error={error} onRetry={() => void load()} />
      ) : emails === null ? null : emails.length === 0 ? (
        <p class="empty">{t.empty}</p>
      ) : (
        <ul class="mailbox-list" aria-label={t.listLabel}>
          {emails.map((email, index) => (
            <MailboxItem key={email.id} email={email} open={index === 0} />
          ))}
        </ul>
      )}
    </main>
  );
}

function MailboxItem({ email, open }: { email: Email; open: boolean }) {
  const { language } = useI18n();
  const t = MAILBOX_TEXTS[language];
  const touchpoints = INVITATIONS_TEXTS[language].touchpoints;
  const [expanded, setExpanded] = useState(open);
  const [plain, setPlain] = useState(false);
  const touchpoint =
    email.touchpoint && email.touchpoint in touchpoints
      ? touchpoints[email.touchpoint as keyof typeof touchpoints]
      : email.touchpoint;
  return (
    <li class="mailbox-item" data-order={email.orderId} data-touchpoint={email.touchpoint ?? ''}>
      <details open={open} onToggle={(event) => setExpanded((event.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <span class="mailbox-subject">{email.subject}</span>
          <span class="small muted">
            {' · '}
            <time dateTime={email.createdAt}>{formatMoment(language, email.createdAt)}</time>
          </span>
        </summary>
        <dl class="mailbox-meta small">
          <div>
            <dt>{t.order}</dt>
            <dd>{email.orderId}</dd>
          </div>
          <div>
            <dt>{t.touchpoint}</dt>
            <dd>
              {touchpoint ?? '—'}
              {email.reminder ? ` · ${t.reminder}` : ''}
            </dd>
          </div>
          <div>
            <dt>{t.language}</dt>
            <dd lang={email.locale ?? undefined}>{email.locale ?? '—'}</dd>
          </div>
          <div>
            <dt>{t.to}</dt>
            <dd>{email.to ? masked(email.to) : t.noAddress}</dd>
          </div>
        </dl>
        <div class="mailbox-tools">
          {email.link ? (
            <a class="button" href={email.link} target="_blank" rel="noopener noreferrer" data-link="feedback">
              {t.openPage}
            </a>
          ) : null}
          <div class="segments" role="group" aria-label={`${t.showHtml} / ${t.showText}`}>
            <button type="button" class="segment-button" aria-pressed={!plain} onClick={() => setPlain(false)}>
              {t.showHtml}
            </button>
            <button type="button" class="segment-button" aria-pressed={plain} onClick={() => setPlain(true)}>
              {t.showText}
            </button>
          </div>
        </div>
        {!expanded ? null : plain ? (
          <pre class="email-text" tabIndex={0} lang={email.locale ?? undefined}>
            {email.text}
          </pre>
        ) : (
          <EmailFrame html={email.html} title={t.frameTitle(email.subject)} />
        )}
      </details>
    </li>
  );
}
