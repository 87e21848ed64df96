// The overview screen: filters, then every panel fed by one summary request. A shop with no answer at all
// sees its first steps (embed snippet, test answer) instead of empty charts.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Granularity } from '../../../shared/schemas.ts';
import { call, NO_FILTERS, type Filters } from '../api.ts';
import type { ViewProps } from '../shell/views.tsx';
import { formatFigure } from '../format.ts';
import { useAnnouncement, type Say } from '../hooks/useAnnouncement.ts';
import { useSummary } from '../hooks/useSummary.ts';
import { useI18n } from '../i18n.tsx';
import { MESSAGES } from '../locales.ts';
import { FilterScope } from '../overview/FilterScope.tsx';
import { KindPanel } from '../overview/KindPanel.tsx';
import { Onboarding } from '../overview/Onboarding.tsx';
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

const isUnfiltered = (filters: Filters) => Object.values(filters).every((value) => !value);

/** The day `days` before `day` (YYYY-MM-DD, UTC). */
const daysBefore = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** True when the shop has no answer at all in the ten years the API lets one ask about. */
function useEmptyShop(props: ViewProps, to: string | null, responses: number | null, filters: Filters): boolean {
  const [empty, setEmpty] = useState(false);
  useEffect(() => {
    if (to === null || responses !== 0 || !isUnfiltered(filters)) return setEmpty(false);
    let current = true;
    call<{ responses: unknown[] }>(props.credentials, `/responses?limit=1&from=${daysBefore(to, 3659)}&to=${to}`).then(
      (page) => current && setEmpty(page.responses.length === 0),
      () => current && setEmpty(false),
    );
    return () => {
      current = false;
    };
  }, [props.credentials, to, responses, filters]);
  return empty;
}

export function Dashboard(props: ViewProps) {
  const { credentials, onApiError } = props;
  const { t } = useI18n();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [granularity, setGranularity] = useState<Granularity>('day');
  const { summary, loading, error, reload } = useSummary(credentials, filters, granularity);
  const [message, announce] = useAnnouncement();
  const announceNext = useRef(false);
  const empty = useEmptyShop(props, summary?.to ?? null, summary?.responses ?? null, filters);

  useEffect(() => {
    if (error) onApiError(error);
  }, [error]);

  useEffect(() => {
    if (loading && announceNext.current) announce((l) => MESSAGES[l].status.loading);
    if (!loading && summary && announceNext.current) {
      announceNext.current = false;
      const responses = summary.responses;
      announce((l) => MESSAGES[l].status.updated(formatFigure(l, 'count', responses)));
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
  const onItemChanged = useCallback(
    (say: Say) => {
      announce(say);
      reload(); // the open count and time to resolve in the tiles
    },
    [reload, announce],
  );

  return (
    <>
      <a class="skip-link" href="#figures">
        {t.skipToContent}
      </a>
      <main id="main" class="content" aria-busy={loading}>
        <FilterForm filters={filters} defaults={summary} onApply={applyFilters} />
        {!empty && <FilterScope />}
        <LiveStatus message={message} />
        {error && !summary ? (
          <ErrorNotice error={error} onRetry={reload} />
        ) : !summary ? (
          <p class="loading-block" aria-hidden="true">
            {t.status.loading}
          </p>
        ) : empty ? (
          <div id="figures" tabIndex={-1} class="figures">
            <Onboarding credentials={credentials} announce={announce} onApiError={onApiError} onTested={reload} />
          </div>
        ) : (
          <div id="figures" tabIndex={-1} class={loading ? 'figures is-loading' : 'figures'}>
            {error ? <ErrorNotice error={error} onRetry={reload} /> : null}
            <KpiTiles summary={summary} />
            <KindPanel byKind={summary.byKind} />
            <TrendPanel summary={summary} granularity={granularity} onGranularity={chooseGranularity} />
            <div class="columns">
              <div class="stack">
                <TouchpointTable byTouchpoint={summary.byTouchpoint} />
                <RatingDistribution rating={summary.rating} />
                <ThemesTable themes={summary.themes} />
              </div>
              <div class="stack">
                <AttentionQueue
                  credentials={credentials}
                  openCount={summary.attention.open}
                  openTotal={summary.attention.openTotal}
                  filters={filters}
                  onApiError={onApiError}
                  onChanged={onItemChanged}
                />
                <RecoveryPanel recovery={summary.recovery} granularity={granularity} />
              </div>
            </div>
          </div>
        )}
      </main>
    </>
  );
}
