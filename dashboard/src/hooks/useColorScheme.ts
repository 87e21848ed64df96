// 'light' or 'dark', following the system setting live (the chart reads its colours from CSS variables).
import { useEffect, useState } from 'preact/hooks';

export type ColorScheme = 'light' | 'dark';

export function useColorScheme(): ColorScheme {
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const [scheme, setScheme] = useState<ColorScheme>(query?.matches ? 'dark' : 'light');
  useEffect(() => {
    if (!query) return;
    const update = () => setScheme(query.matches ? 'dark' : 'light');
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return scheme;
}
