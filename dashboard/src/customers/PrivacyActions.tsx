// GDPR requests from a customer's timeline: save everything stored about them as JSON, or erase it after a
// confirmation that says what goes and that it cannot be undone. Both call the existing owner endpoints.
import { useState } from 'preact/hooks';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n.tsx';
import type { ViewProps } from '../shell/views.tsx';
import { downloadCustomerExport, eraseCustomer } from './api.ts';
import { CUSTOMER_TEXTS } from './texts.ts';

interface Props extends Pick<ViewProps, 'credentials' | 'onApiError'> {
  customerRef: string;
  /** After the erase: how many answers were deleted. */
  onErased(deleted: number): void;
}

export function PrivacyActions({ credentials, onApiError, customerRef, onErased }: Props) {
  const { language } = useI18n();
  const t = CUSTOMER_TEXTS[language].privacy;
  const [busy, setBusy] = useState<'export' | 'erase' | null>(null);
  const [saved, setSaved] = useState<{ name: string; answers: number; replies: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const fail = (failure: unknown) => {
    if (!onApiError(failure)) setError(failure);
  };
  const exportData = () => {
    setBusy('export');
    setError(null);
    setSaved(null);
    downloadCustomerExport(credentials, customerRef)
      .then(setSaved, fail)
      .finally(() => setBusy(null));
  };
  const erase = () => {
    setBusy('erase');
    setError(null);
    eraseCustomer(credentials, customerRef).then(
      ({ deleted }) => {
        setBusy(null);
        setConfirming(false);
        onErased(deleted);
      },
      (failure: unknown) => {
        setBusy(null);
        setConfirming(false);
        fail(failure);
      },
    );
  };
  return (
    <section class="customer-privacy" aria-labelledby="customer-privacy-heading">
      <h3 id="customer-privacy-heading">{t.heading}</h3>
      <p class="muted small">{t.intro}</p>
      <div class="customer-privacy-actions">
        <button type="button" class="button" disabled={busy !== null} onClick={exportData}>
          {busy === 'export' ? t.exporting : t.export}
        </button>
        <button type="button" class="button" disabled={busy !== null} onClick={() => setConfirming(true)}>
          {t.erase}
        </button>
      </div>
      <p role="status" class="small" data-customer-export>
        {saved ? t.saved(saved.name, saved.answers, saved.replies) : ''}
      </p>
      {error !== null && <ErrorNotice error={error} onRetry={() => setError(null)} />}
      <ConfirmDialog
        open={confirming}
        title={t.confirmTitle(customerRef)}
        confirmLabel={busy === 'erase' ? t.erasing : t.confirm}
        cancelLabel={t.cancel}
        busy={busy === 'erase'}
        onConfirm={erase}
        onCancel={() => setConfirming(false)}
      >
        <p>{t.confirmWhat(customerRef)}</p>
        <p>{t.confirmKept}</p>
        <p>
          <strong>{t.confirmFinal}</strong>
        </p>
      </ConfirmDialog>
    </section>
  );
}
