// What customers talk about, praised or complained about, and how that moved (e.g. delivery: praised → complained).
import type { ThemeSummary } from '../../../shared/schemas.ts';
import { formatFigure } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { moodOf, shiftOf } from '../themes.ts';
import { Panel } from './Panel.tsx';

const SHIFT_ARROW = { turnedNegative: '↘', turnedPositive: '↗', better: '▲', worse: '▼', steady: '■', noHistory: '•' } as const;

export function ThemesTable({ themes }: { themes: ThemeSummary[] }) {
  const { language, t } = useI18n();
  const rows = [...themes].filter((theme) => theme.mentions > 0).sort((a, b) => b.mentions - a.mentions);
  const count = (value: number) => formatFigure(language, 'count', value);
  return (
    <Panel id="themes-heading" title={t.themes.heading}>
      {rows.length === 0 ? (
        <p class="empty">{t.themes.empty}</p>
      ) : (
        <div class="table-scroll" tabIndex={0} role="region" aria-label={t.themes.caption}>
          <table class="data-table">
            <caption class="sr-only">{t.themes.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.themes.theme}</th>
                <th scope="col" class="num">{t.themes.mentions}</th>
                <th scope="col" class="num">{t.themes.positive}</th>
                <th scope="col" class="num">{t.themes.negative}</th>
                <th scope="col">{t.themes.change}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((theme) => {
                const mood = moodOf(theme);
                const shift = shiftOf(theme);
                return (
                  <tr key={theme.theme} data-theme={theme.theme}>
                    <th scope="row">
                      {t.themeNames[theme.theme]}
                      <span class={`pill pill-${mood}`}>{t.themes[mood]}</span>
                    </th>
                    <td class="num">{count(theme.mentions)}</td>
                    <td class="num positive">{count(theme.positive)}</td>
                    <td class="num negative">{count(theme.negative)}</td>
                    <td class={`shift shift-${shift}`}>
                      <span aria-hidden="true">{SHIFT_ARROW[shift]} </span>
                      {t.themes[shift]}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
