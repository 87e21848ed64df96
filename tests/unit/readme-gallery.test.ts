// The README's gallery shows pictures that exist (docs/screenshots is rewritten by the specs with SCREENSHOTS=1).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('README: the gallery', () => {
  it("should show only screenshots that are in docs/screenshots, and at least the widget's in both schemes", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const gallery = /\n## Gallery\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
    const shown = [...gallery.matchAll(/docs\/screenshots\/([\w.-]+\.png)/g)].map((match) => match[1]!);
    expect(shown.filter((name) => !existsSync(new URL(`../../docs/screenshots/${name}`, import.meta.url)))).toEqual([]);
    expect(shown).toEqual(
      expect.arrayContaining([
        'widget-experience-en-light.png',
        'widget-experience-en-dark.png',
        'widget-review-cs-dark.png',
        'invitation-page-en.png',
        'invitation-email-en.png',
        'dashboard-en.png',
        'close-loop-reply-card-en-light.png',
        'close-loop-reply-card-en-dark-375.png',
        'close-loop-reply-box-en-light.png',
        'close-loop-thread-en-light.png',
        'close-loop-recovery-en-light.png',
        'dashboard-customer-en-light-1280.png',
      ]),
    );
  });
});
