// The Invitations screen: what became of the invitations after the purchase (sent, opened, answered) per touchpoint
// and per score group of the answer — the proof of no gating — and the summary's answers by channel for the same days.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OrderInvitationAudit } from '../../../shared/invitation-audit.ts';
import type { Summary } from '../../../shared/schemas.ts';
import { DataTable } from '../components/DataTable.tsx';
import { DateField } from '../components/DateField.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { LiveStatus } from '../components/LiveStatus.tsx';
import { Panel } from '../components/Panel.tsx';
import { formatFigure } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import type { ViewProps } from '../shell/views.tsx';
import { fetchOrderAudit, fetchPeriodSummary, type Period } from './api.ts';
import { SCORE_GROUPS } from './constants.ts';
import './invitations.css';
import { ReportOrder } from './ReportOrder.tsx';
import { INVITATIONS_TEXTS } from './texts.ts';
import { Explain } from '../glossary/Explain.tsx';

interface Loaded {
  audit: OrderInvitationAudit;
  summary: Summary;
}

function usePeriodData(credentials: ViewProps['credentials'], period: Period, attempt: number) {
  const [data, setData] = useState<Loaded | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    Promise.all([
      fetchOrderAudit(credentials, period, controller.signal),
      fetchPeriodSummary(credentials, period, controller.signal),
    ]).then(
      ([audit, summary]) => {
        setData({ audit, summary });
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [credentials, period.from, period.to, attempt]);
  return { data, loading, error };
}

export function InvitationsView({ credentials, onApiError }: ViewProps) {
  const { language } = useI18n();
  const t = INVITATIONS_TEXTS[language];
  const [period, setPeriod] = useState<Period>({ from: '', to: '' });
  const [attempt, setAttempt] = useState(0);
  const { data, loading, error } = usePeriodData(credentials, period, attempt);
  const [message, setMessage] = useState('');
  const announce = useRef(false);
  const figure = formatFigure.bind(null, language);
  // The days in the inputs (a draft until applied), written under them in the dashboard's language.
  const [days, setDays] = useState<Period>({ from: '', to: '' });
  const shownFrom = data?.audit.from ?? '';
  const shownTo = data?.audit.to ?? '';
  useEffect(() => setDays({ from: shownFrom, to: shownTo }), [shownFrom, shownTo]);
  const draft = (end: keyof Period) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setDays((previous) => ({ ...previous, [end]: value }));
  };

  useEffect(() => {
    if (error) onApiError(error);
  }, [error]);
  useEffect(() => {
    if (!loading && data && announce.current) {
      announce.current = false;
      setMessage(t.loaded(figure('count', data.audit.orders)));
    }
  }, [loading, data]);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    announce.current = true;
    setPeriod({ from: String(form.get('from') ?? ''), to: String(form.get('to') ?? '') });
  };

  return (
    <main id="main" class="content invitations" aria-busy={loading}>
      <form class="panel invitations-period" onSubmit={onSubmit} aria-labelledby="invitations-period-heading">
        <h2 id="invitations-period-heading" class="sr-only">
          {t.period.heading}
        </h2>
        <DateField
          id="invitations-from"
          label={t.period.from}
          name="from"
          defaultValue={shownFrom}
          key={`from-${shownFrom}`}
          onInput={draft('from')}
          day={days.from}
        />
        <DateField
          id="invitations-to"
          label={t.period.to}
          name="to"
          defaultValue={shownTo}
          key={`to-${shownTo}`}
          onInput={draft('to')}
          day={days.to}
        />
        <button type="submit" class="button button-primary">
          {t.period.apply}
        </button>
      </form>
      <LiveStatus message={message} />
      {error ? <ErrorNotice error={error} onRetry={() => setAttempt((n) => n + 1)} /> : null}
      {!data ? null : (
        <div class={loading ? 'figures is-loading' : 'figures'}>
          <p class="no-gating">{t.noGating}</p>
          <Explain id="gating" terms={['gating']} />
          <RatesPanel audit={data.audit} />
          <ChannelsPanel byChannel={data.summary.byChannel} />
          <ScoresPanel audit={data.audit} />
        </div>
      )}
      <ReportOrder credentials={credentials} onApiError={onApiError} onReported={() => setAttempt((n) => n + 1)} />
    </main>
  );
}

function RatesPanel({ audit }: { audit: OrderInvitationAudit }) {
  const { language } = useI18n();
  const t = INVITATIONS_TEXTS[language];
  const figure = formatFigure.bind(null, language);
  const held = new Map<string, number>();
  for (const row of audit.touchpoints) {
    for (const [reason, count] of Object.entries(row.skipped)) held.set(reason, (held.get(reason) ?? 0) + count);
    if (row.failed) held.set('failed', (held.get('failed') ?? 0) + row.failed);
  }
  const any = audit.touchpoints.some((row) => row.invitations > 0);
  return (
    <Panel id="invitations-rates-heading" title={t.rates.heading}>
      {!any ? (
        <p class="empty">{t.empty}</p>
      ) : (
        <>
          <DataTable
            class="data-table"
            caption={t.rates.caption}
            columns={[
              { label: t.rates.touchpoint },
              { label: t.rates.invitations, numeric: true },
              { label: t.rates.sent, numeric: true },
              { label: t.rates.opened, numeric: true },
              { label: t.rates.answered, numeric: true },
              { label: t.rates.rate, numeric: true },
              { label: t.rates.scheduled, numeric: true },
              { label: t.rates.notSent, numeric: true },
            ]}
          >
            {audit.touchpoints.map((row) => (
              <tr key={row.touchpoint} data-touchpoint={row.touchpoint}>
                <th scope="row">{t.touchpoints[row.touchpoint]}</th>
                <td class="num" data-figure="invitations">
                  {figure('count', row.invitations)}
                </td>
                <td class="num" data-figure="sent">
                  {figure('count', row.sent)}
                </td>
                <td class="num" data-figure="opened">
                  {figure('count', row.opened)}
                </td>
                <td class="num" data-figure="answered">
                  {figure('count', row.answered)}
                </td>
                <td class="num" data-figure="rate">
                  {figure('percent', row.responseRate === null ? null : row.responseRate * 100)}
                </td>
                <td class="num" data-figure="scheduled">
                  {figure('count', row.scheduled)}
                </td>
                <td class="num" data-figure="not-sent">
                  {figure('count', row.failed + Object.values(row.skipped).reduce((sum, n) => sum + n, 0))}
                </td>
              </tr>
            ))}
          </DataTable>
          {held.size ? (
            <p class="small muted held-reasons">
              {t.notSentWhy}{' '}
              {[...held].map(([reason, count]) => `${t.skipReasons[reason] ?? reason} ${figure('count', count)}`).join(' · ')}
            </p>
          ) : null}
        </>
      )}
    </Panel>
  );
}

function ScoresPanel({ audit }: { audit: OrderInvitationAudit }) {
  const { language } = useI18n();
  const t = INVITATIONS_TEXTS[language];
  const figure = formatFigure.bind(null, language);
  const rows = audit.touchpoints.filter((row) => row.invitations > 0);
  return (
    <Panel id="invitations-scores-heading" title={t.scores.heading}>
      <p class="small muted">{t.scores.intro}</p>
      <DataTable
        class="data-table score-table"
        caption={t.scores.caption}
        columns={[
          { label: t.scores.touchpoint },
          { label: t.scores.group },
          { label: t.scores.sent, numeric: true },
          { label: t.scores.opened, numeric: true },
          { label: t.scores.answered, numeric: true },
        ]}
      >
        {[
          ...rows.map((row) => ({ key: row.touchpoint, name: t.touchpoints[row.touchpoint], byScore: row.byScore })),
          { key: 'all', name: t.scores.total, byScore: audit.byScore },
        ].map(({ key, name, byScore }) =>
          SCORE_GROUPS.map((group, index) => (
            <tr key={`${key}-${group}`} data-touchpoint={key} data-group={group} class={index === 0 ? 'group-start' : undefined}>
              <th scope="row">
                <span class={index === 0 ? undefined : 'sr-only'}>{name}</span>
              </th>
              <th scope="row" class="group-name">
                {t.groups[group]}
              </th>
              <td class="num" data-figure="sent">
                {figure('count', byScore[group].sent)}
              </td>
              <td class="num" data-figure="opened">
                {figure('count', byScore[group].opened)}
              </td>
              <td class="num" data-figure="answered">
                {figure('count', byScore[group].answered)}
              </td>
            </tr>
          )),
        )}
      </DataTable>
    </Panel>
  );
}

function ChannelsPanel({ byChannel }: { byChannel: Summary['byChannel'] }) {
  const { language } = useI18n();
  const t = INVITATIONS_TEXTS[language];
  const figure = formatFigure.bind(null, language);
  const total = byChannel.onsite + byChannel.link;
  return (
    <Panel id="invitations-channels-heading" title={t.channels.heading}>
      <DataTable
        class="data-table"
        caption={t.channels.caption}
        columns={[
          { label: t.channels.channel },
          { label: t.channels.answers, numeric: true },
          { label: t.channels.share, numeric: true },
        ]}
      >
        {(['onsite', 'link'] as const).map((channel) => (
          <tr key={channel} data-channel={channel}>
            <th scope="row">{t.channels[channel]}</th>
            <td class="num" data-figure="answers">
              {figure('count', byChannel[channel])}
            </td>
            <td class="num" data-figure="share">
              {figure('percent', total ? (byChannel[channel] / total) * 100 : null)}
            </td>
          </tr>
        ))}
      </DataTable>
    </Panel>
  );
}
