// A customer's timeline (issue #14 item 9, issue #16): every answer sent with their reference, the shop's replies
// between them, the running emotional-bank-account balance, and per complaint the balance before it, after it and
// after the repair. Opened from any customer link (`#/customers/<ref>`) or by typing a reference.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Customer } from '../../../shared/owner-api.ts';
import { ApiFailure, call } from '../api.ts';
import { CLOSE_LOOP_TEXTS } from '../close-loop/texts.ts';
import { ClampedText } from '../components/ClampedText.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { formatDelta, formatFigure, formatMoment } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { customerHref, viewHref } from '../shell/route.ts';
import type { ViewProps } from '../shell/views.tsx';
import { BalanceChart } from './BalanceChart.tsx';
import { NeedsCare } from './NeedsCare.tsx';
import { PrivacyActions } from './PrivacyActions.tsx';
import { CUSTOMER_TEXTS } from './texts.ts';
import './customers.css';

type Load =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; customer: Customer };

function useCustomer({ credentials, onApiError }: ViewProps, customerRef: string): [Load, () => void] {
  const [load, setLoad] = useState<Load>({ state: customerRef ? 'loading' : 'idle' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!customerRef) return setLoad({ state: 'idle' });
    let current = true;
    setLoad({ state: 'loading' });
    call<Customer>(credentials, `/customers/${encodeURIComponent(customerRef)}`).then(
      (customer) => current && setLoad({ state: 'ready', customer }),
      (error: unknown) => {
        if (!current) return;
        if (error instanceof ApiFailure && error.status === 404 && error.code === 'customer_not_found')
          setLoad({ state: 'missing' });
        else if (!onApiError(error)) setLoad({ state: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [credentials, customerRef, attempt]);
  return [load, () => setAttempt((n) => n + 1)];
}

function Lookup({ initial }: { initial: string }) {
  const { language } = useI18n();
  const t = CUSTOMER_TEXTS[language];
  const [value, setValue] = useState(initial);
  return (
    <form
      class="customer-lookup"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim()) location.hash = customerHref(value.trim());
      }}
    >
      <div class="field">
        <label for="customer-ref">{t.lookupLabel}</label>
        <input
          id="customer-ref"
          value={value}
          onInput={(event) => setValue(event.currentTarget.value)}
          aria-describedby="customer-ref-hint"
        />
        <small id="customer-ref-hint" class="muted">
          {t.lookupHint}
        </small>
      </div>
      <button type="submit" class="button button-primary">
        {t.open}
      </button>
    </form>
  );
}

function Timeline({ customer }: { customer: Customer }) {
  const { language, t: common } = useI18n();
  const t = CUSTOMER_TEXTS[language];
  const loop = CLOSE_LOOP_TEXTS[language];
  const count = (value: number) => formatFigure(language, 'count', value);
  const signed = (value: number) => formatDelta(language, 'count', value);
  const rows = [
    ...customer.timeline.map((entry) => ({ at: entry.createdAt, entry, reply: null })),
    ...customer.replies.map((reply) => ({ at: reply.createdAt, entry: null, reply })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const first = customer.timeline[0];
  const last = customer.timeline.at(-1);
  return (
    <>
      <dl class="customer-figures">
        <div>
          <dt>{t.balance}</dt>
          <dd data-customer-balance={customer.balance} class={customer.balance < 0 ? 'is-debit' : undefined}>
            {signed(customer.balance)}
          </dd>
        </div>
        <div>
          <dt>{t.answers}</dt>
          <dd>{count(customer.answers)}</dd>
        </div>
        <div>
          <dt>{t.firstSeen}</dt>
          <dd>{formatMoment(language, customer.firstSeen)}</dd>
        </div>
        <div>
          <dt>{t.lastSeen}</dt>
          <dd>{formatMoment(language, customer.lastSeen)}</dd>
        </div>
      </dl>
      {first && last && (
        <BalanceChart
          entries={customer.timeline}
          label={t.chartLabel(
            formatMoment(language, first.createdAt),
            formatMoment(language, last.createdAt),
            signed(customer.balance),
          )}
        />
      )}
      <DataTable
        stacked
        caption={t.timeline}
        class="customer-timeline"
        columns={[
          { label: t.when },
          { label: t.touchpoint },
          { label: t.score },
          { label: t.comment },
          { label: t.effect },
          { label: t.balanceAfter, numeric: true },
        ]}
      >
        {rows.map(({ entry, reply }) =>
          entry ? (
            <tr key={entry.id} data-timeline-entry={entry.kind}>
              <td data-label={t.when}>{formatMoment(language, entry.createdAt)}</td>
              <td data-label={t.touchpoint}>
                {t.kind[entry.kind] ?? entry.kind} · {common.touchpointNames[entry.touchpoint]}
              </td>
              <td data-label={t.score}>
                {[entry.rating !== null ? `${entry.rating}★` : null, entry.nps !== null ? `NPS ${entry.nps}` : null]
                  .filter(Boolean)
                  .join(' · ') || '—'}
              </td>
              <td class="customer-comment" data-label={t.comment}>
                <ClampedText>{entry.comment ?? '—'}</ClampedText>
              </td>
              <td data-label={t.effect}>{entry.polarity > 0 ? t.deposit : entry.polarity < 0 ? t.withdrawal : t.neither}</td>
              <td class="num" data-label={t.balanceAfter}>
                {signed(entry.balance)}
              </td>
            </tr>
          ) : reply ? (
            <tr key={reply.id} class="customer-reply" data-timeline-entry="reply">
              <td data-label={t.when}>{formatMoment(language, reply.createdAt)}</td>
              <td data-label={t.touchpoint}>{t.reply}</td>
              <td data-label={t.score}>—</td>
              <td class="customer-comment" data-label={t.comment}>
                <ClampedText>{reply.text}</ClampedText>
              </td>
              <td data-label={t.effect}>—</td>
              <td class="num" data-label={t.balanceAfter}>
                —
              </td>
            </tr>
          ) : null,
        )}
      </DataTable>
      {customer.recoveries.length > 0 && (
        <DataTable
          stacked
          caption={t.recoveries}
          columns={[
            { label: t.complaint },
            { label: loop.balance.before, numeric: true },
            { label: loop.balance.afterComplaint, numeric: true },
            { label: loop.balance.afterRepair, numeric: true },
            { label: t.resolution },
          ]}
        >
          {customer.recoveries.map((recovery) => (
            <tr key={recovery.attentionId} data-recovery={recovery.resolution ?? 'open'}>
              <td data-label={t.complaint}>{formatMoment(language, recovery.complainedAt)}</td>
              <td class="num" data-label={loop.balance.before}>
                {signed(recovery.balanceBefore)}
              </td>
              <td class="num" data-label={loop.balance.afterComplaint}>
                {signed(recovery.balanceAfterComplaint)}
              </td>
              <td class="num" data-label={loop.balance.afterRepair}>
                {recovery.balanceAfterRepair === null ? loop.balance.none : signed(recovery.balanceAfterRepair)}
              </td>
              <td data-label={t.resolution}>{recovery.resolution ? loop.resolution[recovery.resolution] : '—'}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

export function CustomerScreen(props: ViewProps) {
  const { language, t: common } = useI18n();
  const t = CUSTOMER_TEXTS[language];
  const customerRef = props.route.param;
  const [load, retry] = useCustomer(props, customerRef);
  const [erased, setErased] = useState<{ ref: string; deleted: number } | null>(null);
  const justErased = erased !== null && erased.ref === customerRef;
  const heading = useRef<HTMLHeadingElement>(null);
  // The erase button is gone with the timeline: the owner is taken to the heading, above the result.
  useEffect(() => {
    if (justErased && load.state === 'missing') heading.current?.focus();
  }, [justErased, load.state]);
  return (
    <main id="main" class="content customers" aria-busy={load.state === 'loading'}>
      <section class="panel" aria-labelledby="customer-heading">
        <div class="panel-head">
          <h2 id="customer-heading" tabIndex={-1} ref={heading}>
            {customerRef ? `${t.heading}: ${customerRef}` : t.heading}
          </h2>
          {customerRef && (
            <a class="button" href={viewHref('customers')}>
              {t.back}
            </a>
          )}
        </div>
        <p class="muted small">{t.intro}</p>
        {load.state === 'idle' && (
          <>
            <Lookup initial="" />
            <NeedsCare credentials={props.credentials} onApiError={props.onApiError} />
          </>
        )}
        {load.state === 'loading' && <p class="loading-block">{common.status.loading}</p>}
        {justErased && (
          <p role="status" class="notice customer-erased" data-customer-erased={erased.deleted}>
            {t.erased(customerRef, erased.deleted)}
          </p>
        )}
        {load.state === 'missing' && (
          <>
            {justErased ? <p data-customer-empty>{t.noData(customerRef)}</p> : <p role="alert">{t.notFound(customerRef)}</p>}
            <Lookup initial={customerRef} />
          </>
        )}
        {load.state === 'failed' && <ErrorNotice error={load.error} onRetry={retry} />}
        {load.state === 'ready' && (
          <>
            <Timeline customer={load.customer} />
            <PrivacyActions
              credentials={props.credentials}
              onApiError={props.onApiError}
              customerRef={customerRef}
              onErased={(deleted) => {
                setErased({ ref: customerRef, deleted });
                retry();
              }}
            />
          </>
        )}
      </section>
    </main>
  );
}
