// What customers talk about, praised or complained about, and how that moved (e.g. delivery: praised → complained).
import type { ThemeSummary } from '../../../shared/schemas.ts';
import { formatFigure } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { OVERVIEW_TEXTS } from '../overview/texts.ts';
import { moodOf, shiftOf } from '../themes.ts';
import { DataTable } from './DataTable.tsx';
import { Panel } from './Panel.tsx';

const SHIFT_ARROW = { turnedNegative: '↘', turnedPositive: '↗', better: '▲', worse: '▼', steady: '■', noHistory: '•' } as const;

export function ThemesTable({ themes }: { themes: ThemeSummary[] }) {
  const { language, t } = useI18n();
  const rows = [...themes].filter((theme) => theme.mentions > 0).sort((a, b) => b.mentions - a.mentions);
  const count = (value: number) => formatFigure(language, 'count', value);
  const change = OVERVIEW_TEXTS[language].themeChange;
  return (
    <Panel id="themes-heading" title={t.themes.heading}>
      {rows.length === 0 ? (
        <p class="empty">{t.themes.empty}</p>
      ) : (
        <DataTable
          class="data-table themes-table"
          caption={t.themes.caption}
          columns={[
            { label: t.themes.theme },
            { label: t.themes.mentions, numeric: true },
            { label: t.themes.positive, numeric: true },
            { label: t.themes.negative, numeric: true },
            { label: t.themes.change, short: change.short },
          ]}
        >
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
        </DataTable>
      )}
      {rows.length > 0 && <p class="table-note small">{change.note}</p>}
    </Panel>
  );
}
