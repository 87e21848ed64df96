// Before, during and after the purchase: responses, rating, NPS and balance at each touchpoint.
import type { Summary } from '../../../shared/schemas.ts';
import { TOUCHPOINT_ORDER } from '../constants.ts';
import { formatDelta, formatFigure } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { DataTable } from './DataTable.tsx';
import { Panel } from './Panel.tsx';
import { Explain } from '../glossary/Explain.tsx';

export function TouchpointTable({ byTouchpoint }: { byTouchpoint: Summary['byTouchpoint'] }) {
  const { language, t } = useI18n();
  const rows = TOUCHPOINT_ORDER.flatMap((tp) => {
    const row = byTouchpoint[tp];
    return row && row.responses > 0 ? [{ tp, row }] : [];
  });
  const figure = formatFigure.bind(null, language);
  return (
    <Panel id="touchpoints-heading" title={t.touchpoints.heading}>
      <Explain id="touchpoint" terms={['touchpoint']} />
      {rows.length === 0 ? (
        <p class="empty">{t.touchpoints.empty}</p>
      ) : (
        <DataTable
          class="data-table"
          caption={t.touchpoints.caption}
          columns={[
            { label: t.touchpoints.name },
            { label: t.touchpoints.responses, numeric: true },
            { label: t.touchpoints.rating, numeric: true },
            { label: t.touchpoints.nps, numeric: true },
            { label: t.touchpoints.balance, numeric: true },
          ]}
        >
          {rows.map(({ tp, row }) => (
            <tr key={tp} data-touchpoint={tp}>
              <th scope="row">{t.touchpointNames[tp]}</th>
              <td class="num">{figure('count', row.responses)}</td>
              <td class="num">{figure('rating', row.rating.average, t.noData)}</td>
              <td class="num">{figure('score', row.nps.score, t.noData)}</td>
              <td class={`num ${row.sentiment.balance < 0 ? 'negative' : row.sentiment.balance > 0 ? 'positive' : ''}`}>
                {formatDelta(language, 'count', row.sentiment.balance)}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </Panel>
  );
}
