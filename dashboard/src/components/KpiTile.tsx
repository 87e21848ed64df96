// One key figure: its name, its value, and how it moved since the previous period.
import type { ComponentChildren } from 'preact';
import { formatFigure, type FigureKind } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { Delta } from './Delta.tsx';

interface Props {
  id: string;
  label: string;
  kind: FigureKind;
  value: number | null;
  unit?: string;
  /** Omitted for figures that have no previous period (e.g. items open now). */
  delta?: number | null;
  note?: ComponentChildren;
}

export function KpiTile({ id, label, kind, value, unit, delta, note }: Props) {
  const { language, t } = useI18n();
  return (
    <li class="tile" data-kpi={id}>
      <h3 class="tile-label" id={`kpi-${id}`}>
        {label}
      </h3>
      <p class="tile-value">
        <span class="value">{formatFigure(language, kind, value, t.noData)}</span>
        {unit && value !== null ? <span class="unit"> {unit}</span> : null}
      </p>
      {delta !== undefined && (
        <p class="tile-delta">
          <Delta kind={kind === 'rating' ? 'rating' : kind} value={delta} />
        </p>
      )}
      {note && <p class="tile-note">{note}</p>}
    </li>
  );
}
