// The attention queue: one status at a time, newest first, cursor paging ("Load more"), and status changes (by hand,
// or a reply that moves an open item to replied) that take the item out of the list once the API has confirmed them.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AttentionItem, AttentionStatus } from '../../../shared/owner-api.ts';
import { fetchAttention, NO_FILTERS, updateAttention, type Credentials, type Filters } from '../api.ts';

export const PAGE_SIZE = 5;

export interface AttentionState {
  items: AttentionItem[];
  nextCursor: string | null;
  /** The shop's default locale, from the first page: the reply templates' language when an item has none. */
  shopLocale: string | null;
  loading: boolean;
  error: unknown;
  busyId: string | null;
  loadMore(): Promise<void>;
  setItemStatus(id: string, status: AttentionStatus): Promise<boolean>;
  reload(): void;
  /** Puts the API's newer copy of an item in place (e.g. after a reply that kept its status). */
  replaceItem(item: AttentionItem): void;
  /** Takes an item out of the list (e.g. a reply moved it from open to replied). */
  removeItem(id: string): void;
}

export function useAttention(
  credentials: Credentials,
  status: AttentionStatus,
  onError: (error: unknown) => void,
  filters: Filters = NO_FILTERS,
): AttentionState {
  const [items, setItems] = useState<AttentionItem[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [shopLocale, setShopLocale] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(null);
    setItems([]);
    fetchAttention(credentials, status, null, PAGE_SIZE, filters).then(
      (page) =>
        current && (setItems(page.items), setNextCursor(page.nextCursor), setShopLocale(page.shopLocale), setLoading(false)),
      (failure: unknown) => current && (setError(failure), setLoading(false), onError(failure)),
    );
    return () => {
      current = false;
    };
  }, [credentials, status, attempt, filters]);

  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    setLoading(true);
    try {
      const page = await fetchAttention(credentials, status, nextCursor, PAGE_SIZE, filters);
      setItems((previous) => [...previous, ...page.items.filter((item) => !previous.some((p) => p.id === item.id))]);
      setNextCursor(page.nextCursor);
    } catch (failure) {
      setError(failure);
      onError(failure);
    } finally {
      setLoading(false);
    }
  }, [credentials, status, nextCursor, filters]);

  const setItemStatus = useCallback(
    async (id: string, next: AttentionStatus) => {
      setBusyId(id);
      try {
        await updateAttention(credentials, id, next);
        setItems((previous) => previous.filter((item) => item.id !== id));
        return true;
      } catch (failure) {
        onError(failure);
        return false;
      } finally {
        setBusyId(null);
      }
    },
    [credentials],
  );

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replaceItem = useCallback(
    (next: AttentionItem) => setItems((previous) => previous.map((item) => (item.id === next.id ? next : item))),
    [],
  );
  const removeItem = useCallback((id: string) => setItems((previous) => previous.filter((item) => item.id !== id)), []);
  return { items, nextCursor, shopLocale, loading, error, busyId, loadMore, setItemStatus, reload, replaceItem, removeItem };
}
