// A change against the previous period: arrow and colour for the eye, the words "up"/"down" for screen readers.
import { formatDelta, type FigureKind } from '../format.ts';
import { useI18n } from '../i18n.tsx';

export function Delta({ kind, value }: { kind: FigureKind; value: number | null }) {
  const { language, t } = useI18n();
  if (value === null) return <span class="delta delta-none">{t.delta.none}</span>;
  const direction = value > 0 ? 'up' : value < 0 ? 'down' : 'same';
  const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '■';
  return (
    <span class={`delta delta-${direction}`}>
      <span aria-hidden="true">{arrow} </span>
      <span class="sr-only">{t.delta[direction]} </span>
      {formatDelta(language, kind, value)}
    </span>
  );
}
