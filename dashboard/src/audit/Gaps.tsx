// The gaps: the weakest stage and touchpoint and the themes pulling them down, each with up to three example
// comments, newest first; red only where the API says it stands out beyond the noise (`stageStandsOut`,
// `touchpointStandsOut`), else named as the lowest, within the noise. Comments are shopper text: text nodes, never HTML.
import type { Gap } from '../../../shared/audit.ts';
import { formatMoment } from '../format.ts';
import { useI18n } from '../i18n.tsx';
import { AUDIT_TEXTS } from './texts.ts';

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
            <dd>{common.touchpointNames[gaps.touchpoint]}</dd>
          </div>
        )}
      </dl>
      {gaps.themes.length === 0 ? (
        <p class="empty">{t.noExamples}</p>
      ) : (
        <ul class="audit-gap-themes">
          {gaps.themes.map((theme) => (
            <li key={theme.theme} data-gap-theme={theme.theme}>
              <h3>
                {common.themeNames[theme.theme]} <span class="muted small">{t.mentions(theme.mentions, theme.negative)}</span>
              </h3>
              {theme.examples.length ? (
                <ul class="audit-examples" aria-label={`${t.examples}: ${common.themeNames[theme.theme]}`}>
                  {theme.examples.map((example) => (
                    <li key={example.id}>
                      <blockquote class="audit-comment">{example.comment}</blockquote>
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
      )}
    </>
  );
}
