// The overview screen: filters, then every panel fed by one summary request.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Granularity } from '../../../shared/schemas.ts';
import { NO_FILTERS, type Filters } from '../api.ts';
import type { ViewProps } from '../shell/views.tsx';
import { formatFigure } from '../format.ts';
import { useSummary } from '../hooks/useSummary.ts';
import { useI18n } from '../i18n.tsx';
import { AttentionQueue } from './AttentionQueue.tsx';
import { RecoveryPanel } from '../close-loop/RecoveryPanel.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import { FilterForm } from './FilterForm.tsx';
import { KpiTiles } from './KpiTiles.tsx';
import { LiveStatus } from './LiveStatus.tsx';
import { RatingDistribution } from './RatingDistribution.tsx';
import { ThemesTable } from './ThemesTable.tsx';
import { TouchpointTable } from './TouchpointTable.tsx';
import { TrendPanel } from './TrendPanel.tsx';

export function Dashboard({ credentials, onApiError }: ViewProps) {
  const { language, t } = useI18n();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [granularity, setGranularity] = useState<Granularity>('day');
  const { summary, loading, error, reload } = useSummary(credentials, filters, granularity);
  const [message, setMessage] = useState('');
  const announceNext = useRef(false);

  useEffect(() => {
    if (error) onApiError(error);
  }, [error]);

  useEffect(() => {
    if (loading && announceNext.current) setMessage(t.status.loading);
    if (!loading && summary && announceNext.current) {
      announceNext.current = false;
      setMessage(t.status.updated(formatFigure(language, 'count', summary.responses)));
    }
  }, [loading, summary]);

  const applyFilters = useCallback((next: Filters) => {
    announceNext.current = true;
    setFilters(next);
  }, []);
  const chooseGranularity = useCallback((next: Granularity) => {
    announceNext.current = true;
    setGranularity(next);
  }, []);
  const onItemChanged = useCallback((text: string) => {
    setMessage(text);
    reload(); // the open count and time to resolve in the tiles
  }, [reload]);

  return (
    <>
      <a class="skip-link" href="#figures">{t.skipToContent}</a>
      <main id="main" class="content" aria-busy={loading}>
        <FilterForm filters={filters} defaults={summary} onApply={applyFilters} />
        <LiveStatus message={message} />
        {error && !summary ? (
          <ErrorNotice error={error} onRetry={reload} />
        ) : !summary ? (
          <p class="loading-block" aria-hidden="true">{t.status.loading}</p>
        ) : (
          <div id="figures" tabIndex={-1} class={loading ? 'figures is-loading' : 'figures'}>
            {error ? <ErrorNotice error={error} onRetry={reload} /> : null}
            <KpiTiles summary={summary} />
            <TrendPanel summary={summary} granularity={granularity} onGranularity={chooseGranularity} />
            <div class="columns">
              <div class="stack">
                <TouchpointTable byTouchpoint={summary.byTouchpoint} />
                <RatingDistribution rating={summary.rating} />
                <ThemesTable themes={summary.themes} />
              </div>
              <div class="stack">
                <AttentionQueue credentials={credentials} openCount={summary.attention.open} onApiError={onApiError} onChanged={onItemChanged} />
                <RecoveryPanel recovery={summary.recovery} granularity={granularity} />
              </div>
            </div>
          </div>
        )}
      </main>
    </>
  );
}
