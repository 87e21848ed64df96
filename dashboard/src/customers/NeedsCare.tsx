// Under the lookup box: the shop's customers, lowest balance first (GET …/customers?order=balance), each linking to
// their timeline, so a newcomer sees whom to look after without knowing a reference. "Show more" reads the next page.
import { useEffect, useState } from 'preact/hooks';
import type { CustomerList, CustomerListItem } from '../../../shared/owner-api.ts';
import { call, query } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { formatDelta, formatFigure, formatMoment } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { customerHref } from '../shell/route.ts';
import type { ViewProps } from '../shell/views.tsx';
import { CUSTOMER_TEXTS } from './texts.ts';

const PAGE = 10;

export function NeedsCare({ credentials, onApiError }: Pick<ViewProps, 'credentials' | 'onApiError'>) {
  const { language } = useI18n();
  const t = CUSTOMER_TEXTS[language].care;
  const [customers, setCustomers] = useState<CustomerListItem[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const load = (after: string | null) => {
    setBusy(true);
    setError(null);
    return call<CustomerList>(
      credentials,
      `/customers${query({ order: 'balance', limit: String(PAGE), cursor: after ?? undefined })}`,
    ).then(
      (page) => {
        setCustomers((shown) => [...(after ? (shown ?? []) : []), ...page.customers]);
        setCursor(page.nextCursor);
        setBusy(false);
      },
      (failure: unknown) => {
        setBusy(false);
        if (!onApiError(failure)) setError(failure);
      },
    );
  };
  useEffect(() => {
    void load(null);
  }, [credentials]);
  return (
    <section class="customer-care" aria-labelledby="customer-care-heading" aria-busy={busy}>
      <h3 id="customer-care-heading">{t.heading}</h3>
      <p class="muted small">{t.intro}</p>
      {error !== null && <ErrorNotice error={error} onRetry={() => void load(customers?.length ? cursor : null)} />}
      {customers?.length === 0 && <p data-customer-care-empty>{t.empty}</p>}
      {customers && customers.length > 0 && (
        <DataTable
          caption={t.caption}
          stacked
          columns={[
            { label: t.customer },
            { label: t.balance, numeric: true },
            { label: t.open, numeric: true },
            { label: t.lastSeen },
          ]}
        >
          {customers.map((customer) => (
            <tr key={customer.customerRef} data-care-customer={customer.customerRef}>
              <td data-label={t.customer}>
                <a href={customerHref(customer.customerRef)}>{customer.customerRef}</a>
              </td>
              <td data-label={t.balance} class={customer.balance < 0 ? 'num is-debit' : 'num'}>
                {formatDelta(language, 'count', customer.balance)}
              </td>
              <td data-label={t.open} class="num">
                {formatFigure(language, 'count', customer.openComplaints)}
              </td>
              <td data-label={t.lastSeen}>{formatMoment(language, customer.lastSeen)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {cursor && (
        <button type="button" class="button" disabled={busy} onClick={() => void load(cursor)}>
          {t.more}
        </button>
      )}
    </section>
  );
}
