// The shop's embed snippet (the tag in its room-reserving wrapper) and the stylesheet lines, each with a Copy button:
// on the overview of a shop without answers (first steps) and in Settings, where a shop with answers finds it.
import { EMBED_CSS, embedSnippet } from '../../../shared/embed.ts';
import { useI18n } from '../i18n.tsx';
import { OVERVIEW_TEXTS } from '../overview/texts.ts';
import { CopyBlock } from './CopyBlock.tsx';

interface Props {
  shopId: string;
  /** The id prefix of the two fields (unique on the page). */
  id?: string;
  onCopied(ok: boolean): void;
}

export function EmbedCode({ shopId, id = 'embed', onCopied }: Props) {
  const { language } = useI18n();
  const t = OVERVIEW_TEXTS[language].onboarding;
  return (
    <>
      <CopyBlock
        id={`${id}-snippet`}
        label={t.snippetLabel}
        value={embedSnippet(location.origin, shopId)}
        rows={3}
        copyLabel={t.copy}
        onCopied={onCopied}
      />
      <CopyBlock
        id={`${id}-css`}
        label={t.cssLabel}
        hint={t.cssHint}
        value={EMBED_CSS}
        rows={2}
        copyLabel={t.copy}
        onCopied={onCopied}
      />
    </>
  );
}
