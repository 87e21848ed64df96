// The trend: granularity switch, the chart (with a spoken summary) and the same figures as a table.
import type { Granularity, Summary } from '../../../shared/schemas.ts';
import { formatDay } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { GranularitySwitch } from './GranularitySwitch.tsx';
import { Panel } from './Panel.tsx';
import { TrendChart } from './TrendChart.tsx';
import { TrendTable } from './TrendTable.tsx';

interface Props {
  summary: Summary;
  granularity: Granularity;
  onGranularity(value: Granularity): void;
}

export function TrendPanel({ summary, granularity, onGranularity }: Props) {
  const { language, t } = useI18n();
  const hasAnswers = summary.trend.some((point) => point.responses > 0);
  return (
    <Panel
      id="trend-heading"
      title={t.trend.heading}
      class="trend"
      actions={<GranularitySwitch value={granularity} onChange={onGranularity} />}
    >
      {hasAnswers ? (
        <>
          <TrendChart
            trend={summary.trend}
            granularity={summary.granularity}
            label={t.trend.chartLabel(formatDay(language, summary.from), formatDay(language, summary.to))}
          />
          <TrendTable trend={summary.trend} granularity={summary.granularity} />
        </>
      ) : (
        <p class="empty">{t.trend.empty}</p>
      )}
    </Panel>
  );
}
