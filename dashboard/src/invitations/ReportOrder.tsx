// "Report an order" on the Invitations screen: the owner's way to what a shop's back end does with
// POST /v1/shops/:shopId/orders. The API's `issues` are shown next to the fields they name; the API hint for
// developers stays below the form.
import { useState } from 'preact/hooks';
import type { OrderCreated } from '../../../shared/invitations.ts';
import { ApiFailure, call } from '../api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Panel } from '../components/Panel.tsx';
import { formatMoment } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { LANGUAGES } from '../locales.ts';
import type { ViewProps } from '../shell/views.tsx';
import { INVITATIONS_TEXTS } from './texts.ts';

const FIELDS = ['orderId', 'email', 'locale', 'deliveredAt', 'products'] as const;
type Field = (typeof FIELDS)[number];

/** Today in the owner's time zone, yyyy-mm-dd (the date input's value). */
const today = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

/** The order as the API takes it: empty fields left out, the delivery day at noon local time, one product per line. */
function orderOf(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const products = text('products')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((productId) => ({ productId }));
  const day = text('deliveredAt');
  return {
    orderId: text('orderId'),
    ...(text('email') ? { email: text('email') } : {}),
    locale: text('locale'),
    ...(day ? { deliveredAt: new Date(`${day}T12:00:00`).toISOString() } : {}),
    ...(products.length ? { products } : {}),
  };
}

interface Props extends Pick<ViewProps, 'credentials' | 'onApiError'> {
  /** After an order was stored: the screen reads its figures again. */
  onReported(): void;
}

export function ReportOrder({ credentials, onApiError, onReported }: Props) {
  const { language } = useI18n();
  const all = INVITATIONS_TEXTS[language];
  const t = all.report;
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<OrderCreated | null>(null);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    setBusy(true);
    setError(null);
    setDone(null);
    call<OrderCreated>(credentials, '/orders', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(orderOf(new FormData(form))),
    }).then(
      (created) => {
        setBusy(false);
        setIssues({});
        setDone(created);
        form.reset();
        onReported();
      },
      (failure: unknown) => {
        setBusy(false);
        const named: Partial<Record<Field, string>> = {};
        if (failure instanceof ApiFailure)
          for (const issue of failure.issues) {
            const field = FIELDS.find((name) => name === issue.path[0]);
            if (field) named[field] ??= issue.message;
          }
        setIssues(named);
        if (Object.keys(named).length) {
          const first = FIELDS.find((name) => named[name]);
          form.querySelector<HTMLElement>(`#order-${first}`)?.focus();
        } else if (!onApiError(failure)) setError(failure);
      },
    );
  };
  const described = (field: Field, hint?: boolean) =>
    [hint && `order-${field}-hint`, issues[field] && `order-${field}-error`].filter(Boolean).join(' ') || undefined;
  const problem = (field: Field) =>
    issues[field] ? (
      <p id={`order-${field}-error`} class="field-error">
        {issues[field]}
      </p>
    ) : null;
  return (
    <Panel id="report-order-heading" title={t.heading} class="report-order">
      <p class="small muted">{t.intro}</p>
      <form noValidate onSubmit={onSubmit}>
        <div class="report-order-fields">
          <div class="field">
            <label for="order-orderId">{t.orderId}</label>
            <input
              id="order-orderId"
              name="orderId"
              autoComplete="off"
              aria-invalid={issues.orderId ? true : undefined}
              aria-describedby={described('orderId')}
            />
            {problem('orderId')}
          </div>
          <div class="field">
            <label for="order-email">{t.email}</label>
            <input
              id="order-email"
              name="email"
              type="email"
              autoComplete="off"
              aria-invalid={issues.email ? true : undefined}
              aria-describedby={described('email', true)}
            />
            <small id="order-email-hint" data-email-promise>
              {t.emailHint}
            </small>
            {problem('email')}
          </div>
          <div class="field">
            <label for="order-locale">{t.locale}</label>
            <select id="order-locale" name="locale" aria-describedby={described('locale')}>
              {LANGUAGES.map((code) => (
                <option key={code} value={code} selected={code === language}>
                  {t.locales[code]}
                </option>
              ))}
            </select>
            {problem('locale')}
          </div>
          <div class="field">
            <label for="order-deliveredAt">{t.deliveredAt}</label>
            <input
              id="order-deliveredAt"
              name="deliveredAt"
              type="date"
              defaultValue={today()}
              aria-invalid={issues.deliveredAt ? true : undefined}
              aria-describedby={described('deliveredAt', true)}
            />
            <small id="order-deliveredAt-hint">{t.deliveredHint}</small>
            {problem('deliveredAt')}
          </div>
          <div class="field report-order-products">
            <label for="order-products">{t.products}</label>
            <textarea
              id="order-products"
              name="products"
              rows={2}
              aria-invalid={issues.products ? true : undefined}
              aria-describedby={described('products', true)}
            />
            <small id="order-products-hint">{t.productsHint}</small>
            {problem('products')}
          </div>
        </div>
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? t.sending : t.submit}
        </button>
      </form>
      <div role="status" data-order-reported={done?.orderId}>
        {done && (
          <p class="notice">
            {t.reported(done.orderId)}{' '}
            {done.scheduled.length
              ? done.scheduled
                  .map(({ touchpoint, sendAt }) => t.scheduledAt(all.touchpoints[touchpoint], formatMoment(language, sendAt)))
                  .join(' ')
              : t.nothingScheduled}
          </p>
        )}
      </div>
      {error !== null && <ErrorNotice error={error} onRetry={() => setError(null)} />}
      <p class="small muted report-order-api">{t.apiHint}</p>
    </Panel>
  );
}
