// How many answers gave each star rating: a table, with a bar drawn in each row for the eye.
import type { RatingSummary } from '../../../shared/schemas.ts';
import { formatFigure } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { plural } from '../locales.ts';
import { Panel } from './Panel.tsx';

const STARS = ['5', '4', '3', '2', '1'] as const;

export function RatingDistribution({ rating }: { rating: RatingSummary }) {
  const { language, t } = useI18n();
  const total = rating.count;
  return (
    <Panel id="distribution-heading" title={t.distribution.heading}>
      <table class="distribution">
        <caption class="sr-only">{t.distribution.caption}</caption>
        <thead class="sr-only">
          <tr>
            <th scope="col">{t.distribution.heading}</th>
            <th scope="col">{t.distribution.share}</th>
            <th scope="col">{t.distribution.answers}</th>
          </tr>
        </thead>
        <tbody>
          {STARS.map((stars) => {
            const count = rating.distribution[stars];
            const share = total ? (count / total) * 100 : 0;
            return (
              <tr key={stars}>
                <th scope="row">{plural(language, t.distribution.stars, Number(stars), stars)}</th>
                <td class="bar-cell">
                  <div class="bar-wrap">
                    <span class="bar-track" aria-hidden="true">
                      <span class={`bar bar-${stars}`} style={{ width: `${share}%` }} />
                    </span>
                    <span class="bar-share">{formatFigure(language, 'percent', total ? share : null, t.noData)}</span>
                  </div>
                </td>
                <td class="num">{formatFigure(language, 'count', count)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Panel>
  );
}
