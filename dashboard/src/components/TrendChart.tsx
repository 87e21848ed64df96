// Responses per period (bars, left axis) with CSAT and NPS (lines, right axis, −100…100), drawn by uPlot.
// The canvas is one image to assistive technology, named by `label`; TrendTable holds the figures as text.
// uPlot is loaded on first use, so the key form and the tiles do not wait for it.
import { useEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import type { Granularity, TrendPoint } from '../../../shared/schemas.ts';
import { formatFigure, formatPeriod } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { useColorScheme } from '../hooks/useColorScheme.ts';

interface Props {
  trend: TrendPoint[];
  granularity: Granularity;
  label: string;
}

const css = (element: Element, name: string) => getComputedStyle(element).getPropertyValue(name).trim();
const toDay = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

export function TrendChart({ trend, granularity, label }: Props) {
  const { language, t } = useI18n();
  const scheme = useColorScheme();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let cleanup: (() => void) | undefined;
    let cancelled = false;
    void import('uplot').then(({ default: UPlot }) => {
      if (!cancelled) cleanup = draw(UPlot, element);
    });
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, [trend, granularity, language, scheme]);

  function draw(UPlot: typeof uPlot, element: HTMLDivElement): () => void {
    const x = trend.map((point) => Date.parse(`${point.period}T00:00:00Z`) / 1000);
    const data: uPlot.AlignedData = [x, trend.map((p) => p.responses), trend.map((p) => p.csat), trend.map((p) => p.nps)];
    const [text, grid, bar, csat, nps] = ['--text-muted', '--border', '--chart-bars', '--chart-csat', '--chart-nps'].map((name) =>
      css(element, name),
    );
    const axis = {
      stroke: text,
      grid: { stroke: grid, width: 1 },
      ticks: { stroke: grid, width: 1 },
      font: '12px system-ui, sans-serif',
    };
    const height = element.clientWidth < 480 ? 200 : 280;
    const chart = new UPlot(
      {
        width: Math.max(element.clientWidth, 260),
        height,
        legend: { show: false },
        cursor: { show: false },
        tzDate: (seconds) => UPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
        scales: {
          x: { time: true },
          count: { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.15))] },
          pct: { range: [-100, 100] },
        },
        series: [
          {},
          {
            label: t.kpi.responses,
            scale: 'count',
            fill: bar,
            stroke: bar,
            width: 0,
            points: { show: false },
            paths: UPlot.paths.bars?.({ size: [0.6, 28], radius: 0.15 }),
          },
          {
            label: t.kpi.csat,
            scale: 'pct',
            stroke: csat,
            width: 2.5,
            spanGaps: true,
            points: { show: trend.length < 40, size: 5 },
          },
          {
            label: t.kpi.nps,
            scale: 'pct',
            stroke: nps,
            width: 2,
            dash: [6, 4],
            spanGaps: true,
            points: { show: trend.length < 40, size: 5 },
          },
        ],
        axes: [
          { ...axis, values: (_u, splits) => splits.map((s) => formatPeriod(language, toDay(s), granularity)) },
          { ...axis, scale: 'count', size: 44 },
          {
            ...axis,
            scale: 'pct',
            side: 1,
            size: 44,
            grid: { show: false },
            values: (_u, splits) => splits.map((s) => formatFigure(language, 'count', s)),
          },
        ],
      },
      data,
      element,
    );
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(element.clientWidth, 260), height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }

  return (
    <figure class="chart">
      <div ref={box} class="chart-canvas" role="img" aria-label={label} />
      <figcaption class="chart-legend" aria-hidden="true">
        <span class="legend-item">
          <span class="swatch swatch-bars" />
          {t.kpi.responses}
        </span>
        <span class="legend-item">
          <span class="swatch swatch-csat" />
          {t.kpi.csat} (%)
        </span>
        <span class="legend-item">
          <span class="swatch swatch-nps" />
          {t.kpi.nps}
        </span>
      </figcaption>
    </figure>
  );
}
