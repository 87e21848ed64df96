// The embed code for a shop that already has answers (a new shop sees it in its first steps on the overview): the
// same snippet and stylesheet lines with Copy buttons, the outcome said to screen readers in a hidden live region.
import { useState } from 'preact/hooks';
import type { Credentials } from '../api.ts';
import { EmbedCode } from '../components/EmbedCode.tsx';
import { useI18n } from '../i18n.tsx';
import { OVERVIEW_TEXTS } from '../overview/texts.ts';
import { Section } from './Section.tsx';
import { SETTINGS_TEXTS } from './texts.ts';

export function EmbedSection({ credentials }: { credentials: Credentials }) {
  const { language } = useI18n();
  const t = SETTINGS_TEXTS[language].embed;
  const [copied, setCopied] = useState<boolean | null>(null);
  const said = copied === null ? '' : OVERVIEW_TEXTS[language].onboarding[copied ? 'copied' : 'copyFailed'];
  const onCopied = (ok: boolean) => {
    setCopied(null); // emptied first, so that a second Copy is announced again
    requestAnimationFrame(() => setCopied(ok));
  };
  return (
    <Section id="embed" title={t.heading} intro={t.intro}>
      <EmbedCode id="settings-embed" shopId={credentials.shopId} onCopied={onCopied} />
      <p class="sr-only" aria-live="polite" aria-atomic="true" data-copy-status>
        {said}
      </p>
    </Section>
  );
}
