// Export (issue #14 item 9): CSV and JSON of the answers the filters match (the overview's filters, answer type
// included), downloaded through the owner API; how many answers match is shown before downloading.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { NO_FILTERS, type Filters } from '../api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { FilterForm } from '../components/FilterForm.tsx';
import { LiveStatus } from '../components/LiveStatus.tsx';
import { formatDay, formatFigure } from '../format.ts';
import { useAnnouncement } from '../hooks/useAnnouncement.ts';
import { useSummary } from '../hooks/useSummary.ts';
import { useI18n } from '../i18n.tsx';
import type { ViewProps } from '../shell/views.tsx';
import { downloadCsv, downloadJson } from './download.ts';
import { EXPORT_TEXTS } from './texts.ts';

export function ExportScreen({ credentials, onApiError }: ViewProps) {
  const { language } = useI18n();
  const t = EXPORT_TEXTS[language];
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const { summary, loading, error, reload } = useSummary(credentials, filters, 'month');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [message, announce] = useAnnouncement();

  useEffect(() => {
    if (error) onApiError(error);
  }, [error]);

  const run = useCallback(
    async (format: 'csv' | 'json') => {
      if (!summary) return;
      setBusy(true);
      setFailure(null);
      try {
        const { name, rows } =
          format === 'csv'
            ? await downloadCsv(credentials, filters)
            : await downloadJson(credentials, filters, summary, (count) =>
                announce((l) => EXPORT_TEXTS[l].preparing(formatFigure(l, 'count', count))),
              );
        announce((l) => (rows === 0 ? EXPORT_TEXTS[l].nothing : EXPORT_TEXTS[l].done(name, formatFigure(l, 'count', rows))));
      } catch (problem) {
        if (!onApiError(problem)) setFailure(problem);
      } finally {
        setBusy(false);
      }
    },
    [credentials, filters, summary, announce, onApiError],
  );

  return (
    <main id="main" class="content export" aria-busy={loading || busy}>
      <section class="panel" aria-labelledby="export-heading">
        <div class="panel-head">
          <h2 id="export-heading" tabIndex={-1}>
            {t.heading}
          </h2>
        </div>
        <p class="muted small">{t.intro}</p>
      </section>
      <FilterForm filters={filters} defaults={summary} onApply={setFilters} />
      {error && !summary ? <ErrorNotice error={error} onRetry={reload} /> : null}
      {summary && (
        <section class="panel export-actions" aria-labelledby="export-count">
          <p id="export-count" class="export-count" data-export-count={summary.responses}>
            {t.matching(
              formatFigure(language, 'count', summary.responses),
              formatDay(language, summary.from),
              formatDay(language, summary.to),
            )}
          </p>
          <div class="export-buttons">
            <div>
              <button
                type="button"
                class="button button-primary"
                disabled={busy}
                aria-describedby="export-csv-hint"
                onClick={() => void run('csv')}
              >
                {t.csv}
              </button>
              <p id="export-csv-hint" class="muted small">
                {t.csvHint}
              </p>
            </div>
            <div>
              <button
                type="button"
                class="button"
                disabled={busy}
                aria-describedby="export-json-hint"
                onClick={() => void run('json')}
              >
                {t.json}
              </button>
              <p id="export-json-hint" class="muted small">
                {t.jsonHint}
              </p>
            </div>
          </div>
        </section>
      )}
      {failure ? <ErrorNotice error={failure} onRetry={() => setFailure(null)} /> : null}
      <LiveStatus message={message} />
    </main>
  );
}
