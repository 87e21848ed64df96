// The trend as a table: the chart's text alternative, behind a disclosure so sighted users can open it too.
import type { Granularity, TrendPoint } from '../../../shared/schemas.ts';
import { formatFigure, formatPeriod } from '../format.ts';
import { useI18n } from '../i18n.tsx';

export function TrendTable({ trend, granularity }: { trend: TrendPoint[]; granularity: Granularity }) {
  const { language, t } = useI18n();
  const figure = formatFigure.bind(null, language);
  return (
    <details class="trend-table">
      <summary>{t.trend.showTable}</summary>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t.trend.tableCaption}>
        <table>
          <caption class="sr-only">{t.trend.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.trend.period}</th>
              <th scope="col" class="num">{t.kpi.responses}</th>
              <th scope="col" class="num">{t.kpi.rating}</th>
              <th scope="col" class="num">{t.kpi.csat}</th>
              <th scope="col" class="num">{t.kpi.nps}</th>
              <th scope="col" class="num">{t.kpi.balance}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
    </details>
  );
}
