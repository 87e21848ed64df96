// The README gallery's overview shots (docs/screenshots), written only with SCREENSHOTS=1:
//   SCREENSHOTS=1 npx vitest run --project e2e tests/e2e/gallery.test.ts
// In `npm test` it is skipped (no browser is started).
import { describe, it } from 'vitest';
import { useE2E } from './harness.ts';
import { GALLERY_SCHEMES, writeGallery } from './screenshots.ts';

describe.runIf(process.env.SCREENSHOTS)('the README gallery', () => {
  const e2e = useE2E();
  for (const lang of ['en', 'pl', 'cs'] as const) {
    for (const scheme of GALLERY_SCHEMES) {
      it(
        `should write the widget's shots in ${lang}, ${scheme} (data-theme="${scheme}" on a ${scheme} page)`,
        () => writeGallery(e2e, lang, scheme),
        180_000,
      );
    }
  }
});
