// Responses, rating, CSAT, NPS and the emotional balance, each with its change; then the queue and customers.
import type { Summary } from '../../../shared/schemas.ts';
import { formatDay, formatFigure, formatLongDuration } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { KpiTile } from './KpiTile.tsx';
import { Explain } from '../glossary/Explain.tsx';

export function KpiTiles({ summary }: { summary: Summary }) {
  const { language, t } = useI18n();
  const { previous, attention, customers } = summary;
  const deltas = previous.deltas;
  const count = (value: number) => formatFigure(language, 'count', value);
  return (
    <section class="kpis" aria-labelledby="kpi-heading">
      <div class="panel-head">
        <h2 id="kpi-heading">{t.kpi.heading}</h2>
        <p class="muted small">{t.delta.vsPrevious(formatDay(language, previous.from), formatDay(language, previous.to))}</p>
      </div>
      <ul class="tiles" role="list">
        <KpiTile
          id="responses"
          label={t.kpi.responses}
          kind="count"
          value={summary.responses}
          delta={previous.responses ? deltas.responses : null}
        />
        <KpiTile
          id="rating"
          label={t.kpi.rating}
          kind="rating"
          value={summary.rating.average}
          unit="/ 5"
          delta={deltas.ratingAverage}
        />
        <KpiTile id="csat" label={t.kpi.csat} kind="percent" value={summary.csat} delta={deltas.csat} />
        <KpiTile id="nps" label={t.kpi.nps} kind="score" value={summary.nps.score} delta={deltas.nps} />
        <KpiTile
          id="balance"
          label={t.kpi.balance}
          kind="net"
          value={summary.sentiment.balance}
          delta={previous.responses ? deltas.balance : null}
          note={t.kpi.balanceHint}
        />
        <KpiTile
          id="open"
          label={t.extra.openItems}
          kind="count"
          value={attention.open}
          note={
            <>
              {t.extra.medianResolve}:{' '}
              {attention.medianHoursToResolve === null
                ? t.noData
                : (formatLongDuration(language, attention.medianHoursToResolve) ??
                  `${formatFigure(language, 'hours', attention.medianHoursToResolve)} ${t.extra.hours}`)}
            </>
          }
        />
        <KpiTile
          id="customers"
          label={t.extra.customers}
          kind="count"
          value={customers.inCredit}
          note={
            <>
              <span data-customers-split>
                {`${t.extra.inDebit}: ${count(customers.inDebit)} · ${t.extra.even}: ${count(customers.even)}`}
              </span>
              <br />
              <span data-unfiltered>{t.extra.customersHint}</span>
            </>
          }
        />
      </ul>
      <Explain id="kpi" terms={['csat', 'nps', 'balance']} />
    </section>
  );
}
