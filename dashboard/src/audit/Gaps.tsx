// The gaps: the weakest stage and touchpoint and the themes pulling them down, each with up to three example
// comments, newest first, each quoted by its part that names the theme (the theme's words marked); red only where the
// API says it stands out beyond the noise (`stageStandsOut`, `touchpointStandsOut`), else named as the lowest, not
// clearly worse. A theme's counts say whose comments they come from (the lowest touchpoint's). Comments are shopper
// text: text nodes, never HTML.
import type { ComponentChildren } from 'preact';
import type { Excerpt, Gap } from '../../../shared/audit.ts';
import { formatMoment } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { touchpointName } from './names.ts';
import { AUDIT_TEXTS } from './texts.ts';

/** The part of a comment about the theme, its theme words marked: text nodes and <mark>s of text, never HTML. */
function Quoted({ excerpt }: { excerpt: Excerpt }) {
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const { start, end } of excerpt.marks) {
    if (start < at || end <= start) continue;
    parts.push(excerpt.text.slice(at, start), <mark key={start}>{excerpt.text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(excerpt.text.slice(at));
  return <>{parts}</>;
}

export function Gaps({ gaps }: { gaps: Gap }) {
  const { language, t: common } = useI18n();
  const t = AUDIT_TEXTS[language];
  if (!gaps.stage && !gaps.touchpoint) return <p class="empty">{t.noGap}</p>;
  return (
    <>
      <dl class="audit-gap-where">
        {gaps.stage && (
          <div data-gap="stage" data-weakest={gaps.stageStandsOut ? 'stands-out' : 'level'}>
            <dt>{gaps.stageStandsOut ? t.weakestStage : t.lowestStage}</dt>
            <dd>{t.stages[gaps.stage]}</dd>
          </div>
        )}
        {gaps.touchpoint && (
          <div data-gap="touchpoint" data-weakest={gaps.touchpointStandsOut ? 'stands-out' : 'level'}>
            <dt>{gaps.touchpointStandsOut ? t.weakestTouchpoint : t.lowestTouchpoint}</dt>
            <dd>{touchpointName(language, gaps.touchpoint)}</dd>
          </div>
        )}
      </dl>
      {((gaps.stage && !gaps.stageStandsOut) || (gaps.touchpoint && !gaps.touchpointStandsOut)) && (
        <p class="muted small audit-level-note" data-level-note>
          {t.levelNote}
        </p>
      )}
      {gaps.themes.length === 0 ? (
        <p class="empty">{t.noExamples}</p>
      ) : (
        <>
          {gaps.touchpoint && (
            <p class="audit-themes-scope small" data-themes-scope>
              {t.themesScope(touchpointName(language, gaps.touchpoint))}
            </p>
          )}
          <ul class="audit-gap-themes">
            {gaps.themes.map((theme) => (
              <li key={theme.theme} data-gap-theme={theme.theme}>
                <h3>
                  {common.themeNames[theme.theme]}{' '}
                  <span class="muted small" data-mentions>
                    {gaps.touchpoint
                      ? t.mentionsAt(theme.mentions, theme.negative, touchpointName(language, gaps.touchpoint))
                      : t.mentions(theme.mentions, theme.negative)}
                  </span>
                </h3>
                {theme.examples.length ? (
                  <ul class="audit-examples" aria-label={`${t.examples}: ${common.themeNames[theme.theme]}`}>
                    {theme.examples.map((example) => (
                      <li key={example.id}>
                        <blockquote class="audit-comment" data-excerpt>
                          <Quoted excerpt={example.excerpt} />
                        </blockquote>
                        <time class="muted small" dateTime={example.createdAt}>
                          {formatMoment(language, example.createdAt)}
                        </time>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p class="muted small">{t.noExamples}</p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
