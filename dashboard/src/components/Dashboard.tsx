// The overview screen: filters, then every panel fed by one summary request. A shop with no answer at all
// sees its first steps (embed snippet, test answer) instead of empty charts. The filters and the granularity live
// in the hash route's query (overview/url-state.ts): applying filters adds a history entry, the granularity
// replaces the current one, and Back/Forward or a reload restore both.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Granularity } from '../../../shared/schemas.ts';
import { call, type Filters } from '../api.ts';
import type { ViewProps } from '../shell/views.tsx';
import { formatFigure } from '../format.ts';
import { useAnnouncement, type Say } from '../hooks/useAnnouncement.ts';
import { useSummary } from '../hooks/useSummary.ts';
import { useI18n } from '../i18n.tsx';
import { MESSAGES } from '../locales.ts';
import { FilterScope } from '../overview/FilterScope.tsx';
import { KindPanel } from '../overview/KindPanel.tsx';
import { Onboarding } from '../overview/Onboarding.tsx';
import { overviewStateOf, searchOf } from '../overview/url-state.ts';
import { setRouteSearch } from '../shell/route.ts';
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
  const { credentials, onApiError, route } = props;
  const { t } = useI18n();
  const [initial] = useState(() => overviewStateOf(route.search));
  const [filters, setFilters] = useState<Filters>(initial.filters);
  const [granularity, setGranularity] = useState<Granularity>(initial.granularity);
  const { summary, loading, error, reload } = useSummary(credentials, filters, granularity);
  const [message, announce] = useAnnouncement();
  const announceNext = useRef(false);
  /** The query the filters and granularity were last taken from or written to. */
  const shownSearch = useRef(route.search);

  // Back/Forward (or a link within the page) changed the query: show what it names.
  useEffect(() => {
    if (route.search === shownSearch.current) return;
    shownSearch.current = route.search;
    const state = overviewStateOf(route.search);
    announceNext.current = true;
    setFilters(state.filters);
    setGranularity(state.granularity);
  }, [route.search]);
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

  const applyFilters = useCallback(
    (next: Filters) => {
      announceNext.current = true;
      setFilters(next); // a new object: the same filters applied again reload the figures and the queue
      shownSearch.current = searchOf({ filters: next, granularity });
      setRouteSearch(shownSearch.current, { push: true });
    },
    [granularity],
  );
  const chooseGranularity = useCallback(
    (next: Granularity) => {
      announceNext.current = true;
      setGranularity(next);
      shownSearch.current = searchOf({ filters, granularity: next });
      setRouteSearch(shownSearch.current, { push: false });
    },
    [filters],
  );
  // The skip link moves focus to the figures without putting "#figures" in the address (which holds the filters).
  const skipToFigures = useCallback((event: MouseEvent) => {
    const figures = document.getElementById('figures');
    if (!figures) return;
    event.preventDefault();
    figures.focus();
    figures.scrollIntoView();
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
      <main id="main" class="content" aria-busy={loading}>
        {/* Inside <main>: all content in a landmark (axe "region"; a skip link after the navigation's links is content). */}
        {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link (href kept for no-JS and "open in new tab"); the click moves focus without replacing the hash that holds the filters */}
        <a class="skip-link" href="#figures" onClick={skipToFigures}>
          {t.skipToContent}
        </a>
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
            <KindPanel byKind={summary.byKind} held={summary.moderation.held} />
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
