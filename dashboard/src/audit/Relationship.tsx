// Customers and the relationship: who was seen, new vs returning, how long they stay, what they recommend.
import type { Relationship as RelationshipData } from '../../../shared/audit.ts';
import { formatFigure } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { Change, CountChange } from './Change.tsx';
import { rateInterval, rateValue } from './format.ts';
import { AUDIT_TEXTS } from './texts.ts';

export function Relationship({ relationship: r, min }: { relationship: RelationshipData; min: number }) {
  const { language } = useI18n();
  const t = AUDIT_TEXTS[language];
  const count = (value: number) => formatFigure(language, 'count', value);
  const days = (value: number | null) => (value === null ? '—' : t.days(formatFigure(language, 'decimal', value)));
  const interval = rateInterval(language, 'share', r.returningShare);
  return (
    <dl class="audit-relationship">
      <div data-figure="customersSeen">
        <dt>{t.customersSeen}</dt>
        <dd>
          <span class="value">{count(r.customersSeen)}</span> <CountChange value={r.changes.customersSeen} />
        </dd>
      </div>
      <div data-figure="newCustomers">
        <dt>{t.newCustomers}</dt>
        <dd>
          <span class="value">{count(r.newCustomers)}</span>
        </dd>
      </div>
      <div data-figure="returningCustomers">
        <dt>{t.returningCustomers}</dt>
        <dd>
          <span class="value">{count(r.returningCustomers)}</span>
        </dd>
      </div>
      <div data-figure="returningShare">
        <dt>{t.returningShare}</dt>
        <dd>
          <span class="value">{rateValue(language, 'share', r.returningShare)}</span>
          {interval && <span class="interval"> ({interval})</span>}{' '}
          <Change metric="share" change={r.changes.returningShare} min={min} />
        </dd>
      </div>
      <div data-figure="meanDays">
        <dt>{t.meanDays}</dt>
        <dd>
          <span class="value">{days(r.meanDays)}</span>
        </dd>
      </div>
      <div data-figure="medianDays">
        <dt>{t.medianDays}</dt>
        <dd>
          <span class="value">{days(r.medianDays)}</span>
        </dd>
      </div>
      <div data-figure="promoters">
        <dt>{t.promoters}</dt>
        <dd>
          <span class="value">{count(r.recommendations.promoters)}</span>
        </dd>
      </div>
      <div data-figure="reviews">
        <dt>{t.reviews}</dt>
        <dd>
          <span class="value">{count(r.recommendations.reviews)}</span>
        </dd>
      </div>
    </dl>
  );
}
