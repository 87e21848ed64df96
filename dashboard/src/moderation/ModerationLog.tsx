// The moderation log: every step (automatic hold or publication, the owner's decisions and replies), newest first,
// each with its review's stars and the start of its title or text (the shopper's words, as text), the id in small print.
import { useState } from 'preact/hooks';
import type { HoldReason, RejectReason } from '../../../shared/reviews.ts';
import { DataTable } from '../components/DataTable.tsx';
import { Panel } from '../components/Panel.tsx';
import { formatMoment } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import type { ModerationLogEntry } from './api.ts';
import { Stars } from './ReviewCard.tsx';
import { MODERATION_TEXTS } from './texts.ts';

const FIRST_ROWS = 50;

export function ModerationLog({ entries }: { entries: ModerationLogEntry[] | null }) {
  const { language } = useI18n();
  const t = MODERATION_TEXTS[language];
  const [all, setAll] = useState(false);
  const reasonText = (reason: string | null) =>
    (reason ?? '')
      .split(',')
      .filter(Boolean)
      .map((part) => t.holdReasons[part as HoldReason] ?? t.rejectReasons[part as RejectReason] ?? part)
      .join(', ');
  const rows = entries && !all ? entries.slice(0, FIRST_ROWS) : (entries ?? []);
  return (
    <Panel id="moderation-log-heading" title={t.log.heading} class="moderation-log">
      {entries === null ? (
        <p class="muted small">{t.loading}</p>
      ) : entries.length === 0 ? (
        <p class="empty">{t.log.empty}</p>
      ) : (
        <DataTable
          stacked
          caption={t.log.caption}
          columns={[
            { label: t.log.when },
            { label: t.log.action },
            { label: t.log.reason },
            { label: t.log.actor },
            { label: t.log.rating },
            { label: t.log.review },
          ]}
        >
          {rows.map((entry, index) => (
            <tr key={`${entry.reviewId}-${entry.at}-${index}`} data-log-action={entry.action}>
              <td data-label={t.log.when}>
                <time dateTime={entry.at}>{formatMoment(language, entry.at)}</time>
              </td>
              <td data-label={t.log.action}>{t.actions[entry.action] ?? entry.action}</td>
              <td data-label={t.log.reason}>{reasonText(entry.reason)}</td>
              <td data-label={t.log.actor}>{t.actors[entry.actor] ?? entry.actor}</td>
              <td data-label={t.log.rating}>
                <Stars rating={entry.rating} label={t.stars(entry.rating)} />
              </td>
              <td class="log-review" data-label={t.log.review} data-log-review={entry.reviewId}>
                <span class={entry.excerpt ? 'log-excerpt' : 'log-excerpt muted'} title={t.log.reviewId(entry.reviewId)}>
                  {entry.excerpt ?? t.log.noText}
                </span>
                <span class="mono small muted log-id">{entry.reviewId.slice(0, 8)}</span>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {entries && !all && entries.length > FIRST_ROWS && (
        <button type="button" class="button button-wide" onClick={() => setAll(true)}>
          {t.loadMore}
        </button>
      )}
    </Panel>
  );
}
