// "Recovery": how many complaints were answered, how fast, and how many relationships the repair won back,
// with their trend: a bar per period, and the figures per period as a table behind a disclosure.
import type { Recovery } from '../../../shared/recovery.ts';
import type { Granularity } from '../../../shared/schemas.ts';
import { formatFigure, formatLongDuration, formatPeriod } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { Panel } from '../components/Panel.tsx';
import { RecoveryTrend } from './RecoveryTrend.tsx';
import { CLOSE_LOOP_TEXTS } from './texts.ts';

export function RecoveryPanel({ recovery, granularity }: { recovery: Recovery; granularity: Granularity }) {
  const { language, t: common } = useI18n();
  const t = CLOSE_LOOP_TEXTS[language].recovery;
  const count = (value: number) => formatFigure(language, 'count', value);
  const tiles: [string, string, string][] = [
    ['complaints', t.complaints, count(recovery.complaints)],
    ['replied', t.replied, count(recovery.replied)],
    [
      'median',
      t.median,
      recovery.medianHoursToFirstReply === null
        ? common.noData
        : (formatLongDuration(language, recovery.medianHoursToFirstReply) ??
          `${formatFigure(language, 'hours', recovery.medianHoursToFirstReply)} ${t.hours}`),
    ],
    ['within48h', t.within48h, count(recovery.repliedWithin48h)],
    ['followUps', t.followUps, count(recovery.followUps)],
    ['recovered', t.recovered, count(recovery.recovered)],
    ['rate', t.rate, formatFigure(language, 'percent', recovery.recoveryRate, common.noData)],
    ['detractorsWon', t.detractorsWon, count(recovery.detractorsWon)],
  ];
  const periods = recovery.trend.filter((point) => point.complaints > 0);
  return (
    <Panel id="recovery-heading" title={t.heading} class="recovery">
      <dl class="recovery-figures" data-recovery>
        {tiles.map(([key, label, value]) => (
          <div key={key} data-figure={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {periods.length === 0 ? (
        <p class="empty">{t.empty}</p>
      ) : (
        <>
          <RecoveryTrend
            trend={recovery.trend}
            label={t.trendLabel}
            first={formatPeriod(language, recovery.trend[0]!.period, granularity)}
            last={formatPeriod(language, recovery.trend.at(-1)!.period, granularity)}
            legend={{ recovered: t.recovered, replied: t.repliedOnly, waiting: t.notReplied }}
          />
          <details class="recovery-table">
            <summary>{t.perPeriod}</summary>
            <div class="table-scroll" role="region" aria-labelledby="recovery-trend-caption" tabIndex={0}>
              <table>
                <caption id="recovery-trend-caption">{t.trendCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.period}</th>
                    <th scope="col">{t.complaints}</th>
                    <th scope="col">{t.replied}</th>
                    <th scope="col">{t.recovered}</th>
                  </tr>
                </thead>
                <tbody>
                  {periods.map((point) => (
                    <tr key={point.period}>
                      <th scope="row">{formatPeriod(language, point.period, granularity)}</th>
                      <td>{count(point.complaints)}</td>
                      <td>{count(point.replied)}</td>
                      <td>{count(point.recovered)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </Panel>
  );
}
