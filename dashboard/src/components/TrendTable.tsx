// The trend as a table: the chart's text alternative, behind a disclosure so sighted users can open it too.
import type { Granularity, TrendPoint } from '../../../shared/schemas.ts';
import { formatFigure, formatPeriod } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { DataTable } from './DataTable.tsx';

export function TrendTable({ trend, granularity }: { trend: TrendPoint[]; granularity: Granularity }) {
  const { language, t } = useI18n();
  const figure = formatFigure.bind(null, language);
  return (
    <details class="trend-table">
      <summary>{t.trend.showTable}</summary>
      <DataTable
        caption={t.trend.tableCaption}
        columns={[
          { label: t.trend.period },
          ...[t.kpi.responses, t.kpi.rating, t.kpi.csat, t.kpi.nps, t.kpi.balance].map((label) => ({ label, numeric: true })),
        ]}
      >
        {trend.map((point) => (
          <tr key={point.period}>
            <th scope="row">{formatPeriod(language, point.period, granularity)}</th>
            <td class="num">{figure('count', point.responses)}</td>
            <td class="num">{figure('rating', point.ratingAverage, t.noData)}</td>
            <td class="num">{figure('percent', point.csat, t.noData)}</td>
            <td class="num">{figure('score', point.nps, t.noData)}</td>
            <td class="num">{figure('count', point.balance)}</td>
          </tr>
        ))}
      </DataTable>
    </details>
  );
}
