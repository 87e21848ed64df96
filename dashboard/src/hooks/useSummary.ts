// Loads the summary for the current filters; a newer request aborts the one still running.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Granularity, Summary } from '../../../shared/schemas.ts';
import { fetchSummary, type Credentials, type Filters } from '../api.ts';

export interface SummaryState {
  summary: Summary | null;
  loading: boolean;
  error: unknown;
  reload(): void;
}

export function useSummary(credentials: Credentials, filters: Filters, granularity: Granularity): SummaryState {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const controller = new AbortController();
    const request = ++latest.current;
    setLoading(true);
    setError(null);
    fetchSummary(credentials, filters, granularity, controller.signal).then(
      (value) => {
        if (request !== latest.current) return;
        setSummary(value);
        setLoading(false);
      },
      (failure: unknown) => {
        if (request !== latest.current || controller.signal.aborted) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [credentials, filters, granularity, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { summary, loading, error, reload };
}
