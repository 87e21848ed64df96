// An error the owner can do something about: what went wrong, and a way to try again.
import { ApiFailure } from '../api.ts';
import { useI18n } from '../i18n.tsx';

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useI18n();
  const text = error instanceof ApiFailure && error.status === 0 ? t.errors.network : t.errors.generic;
  const detail = error instanceof ApiFailure && error.status !== 0 ? error.message : null;
  return (
    <div class="notice notice-error" role="alert">
      <p>{text}</p>
      {detail && <p class="small">{detail}</p>}
      <button type="button" class="button" onClick={onRetry}>
        {t.errors.retry}
      </button>
    </div>
  );
}
