// Experience answers and product reviews side by side (issue #14 item 12): the summary's byKind block, one column each.
import type { KindSummary, Summary } from '../../../shared/schemas.ts';
import { DataTable } from '../components/DataTable.tsx';
import { Panel } from '../components/Panel.tsx';
import { formatDelta, formatFigure, type FigureKind } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { OVERVIEW_TEXTS } from './texts.ts';

export function KindPanel({ byKind }: { byKind: Summary['byKind'] }) {
  const { language, t: common } = useI18n();
  const t = OVERVIEW_TEXTS[language];
  // The rating and the NPS say how many answers they rest on: one review that carried a score reads "NPS 100.0".
  const rows: [string, string, FigureKind, (kind: KindSummary) => number | null, ((kind: KindSummary) => number)?][] = [
    ['responses', t.byKind.responses, 'count', (kind) => kind.responses],
    ['rating', t.byKind.rating, 'rating', (kind) => kind.rating.average, (kind) => kind.rating.count],
    ['csat', t.byKind.csat, 'percent', (kind) => kind.csat],
    ['nps', t.byKind.nps, 'score', (kind) => kind.nps.score, (kind) => kind.nps.count],
    ['balance', t.byKind.balance, 'count', (kind) => kind.sentiment.balance],
  ];
  return (
    <Panel id="kinds-heading" title={t.byKind.heading} class="kinds">
      <p class="muted small" id="kinds-note">
        {t.byKind.note}
      </p>
      <DataTable
        class="data-table"
        caption={t.byKind.caption}
        columns={[
          { label: t.byKind.figure },
          { label: t.kinds.experience, numeric: true },
          { label: t.kinds.review, numeric: true },
        ]}
      >
        {rows.map(([id, label, kind, pick, count]) => (
          <tr key={id} data-kind-figure={id}>
            <th scope="row">{label}</th>
            {(['experience', 'review'] as const).map((name) => (
              <td key={name} class="num" data-kind={name}>
                {id === 'balance'
                  ? formatDelta(language, 'count', pick(byKind[name]))
                  : formatFigure(language, kind, pick(byKind[name]), common.noData)}
                {count && count(byKind[name]) > 0 && (
                  <span class="muted small figure-count"> (n = {formatFigure(language, 'count', count(byKind[name]), '')})</span>
                )}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
    </Panel>
  );
}
