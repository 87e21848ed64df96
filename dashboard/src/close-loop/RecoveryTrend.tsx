// The Recovery panel's trend: one bar per period (the summary's granularity) as tall as its complaints, filled
// from the bottom with the complaints that were recovered, then those only replied to; the rest still wait or
// were not answered. An image for sighted owners: the table beside it holds every figure.
import type { RecoveryTrendPoint } from '../../../shared/recovery.ts';

const WIDTH = 640;
const HEIGHT = 140;
const AXIS = 28;
const BOTTOM = 22;

export function RecoveryTrend(props: {
  trend: RecoveryTrendPoint[];
  label: string;
  first: string;
  last: string;
  legend: { recovered: string; replied: string; waiting: string };
}) {
  const { trend, legend } = props;
  const most = Math.max(1, ...trend.map((point) => point.complaints));
  const slot = (WIDTH - AXIS) / Math.max(1, trend.length);
  const bar = Math.max(2, slot * 0.7);
  const height = (n: number) => (n * (HEIGHT - BOTTOM - 8)) / most;
  const base = HEIGHT - BOTTOM;
  const rect = (index: number, n: number, part: string) =>
    n > 0 ? (
      <rect class={part} x={AXIS + index * slot + (slot - bar) / 2} y={base - height(n)} width={bar} height={height(n)} />
    ) : null;
  return (
    <figure class="recovery-trend">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={props.label} data-recovery-trend>
        <text class="trend-axis" x={AXIS - 6} y={base - height(most)} text-anchor="end" dominant-baseline="middle">
          {most}
        </text>
        <text class="trend-axis" x={AXIS - 6} y={base} text-anchor="end" dominant-baseline="middle">
          0
        </text>
        <line class="trend-base" x1={AXIS} x2={WIDTH} y1={base} y2={base} />
        {trend.map((point, index) => (
          <g key={point.period}>
            {rect(index, point.complaints, 'trend-waiting')}
            {rect(index, point.replied, 'trend-replied')}
            {rect(index, point.recovered, 'trend-recovered')}
          </g>
        ))}
        <text class="trend-axis" x={AXIS} y={HEIGHT - 4}>
          {props.first}
        </text>
        <text class="trend-axis" x={WIDTH} y={HEIGHT - 4} text-anchor="end">
          {props.last}
        </text>
      </svg>
      <figcaption class="trend-legend" aria-hidden="true">
        <span class="swatch trend-recovered" />
        {legend.recovered}
        <span class="swatch trend-replied" />
        {legend.replied}
        <span class="swatch trend-waiting" />
        {legend.waiting}
      </figcaption>
    </figure>
  );
}
