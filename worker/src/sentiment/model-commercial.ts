/// <reference path="./data-modules.d.ts" />
// The default artifact (commercial sources only): its settings in a small JSON module, and each weight table in a
// Data module of its own, one byte per weight (artifact.ts StoredLinear). The runtime hands a Data module over as an
// ArrayBuffer, which the engine uses in place: a cold start parses 1 KB of JSON instead of 2.4 MB, and decodes nothing
// (docs/sentiment.md, "Speed and size"). The opt-in build replaces this module with model-full.ts
// (npm run deploy:full-model: `wrangler deploy --alias`), so that a bundle holds one artifact only.
import { withWeightTables, type ModelArtifact, type StoredArtifact } from './artifact.ts';
import CS from './model-commercial.cs.bin';
import EN from './model-commercial.en.bin';
import SETTINGS from './model-commercial.json' with { type: 'json' };
import LANGUAGE from './model-commercial.language.bin';
import PL from './model-commercial.pl.bin';
import STARS_EN from './model-commercial.stars-en.bin';
import STARS_PL from './model-commercial.stars-pl.bin';

/** which artifact this module holds */
export const MODEL_NAME: 'commercial' | 'full' = 'commercial';

export const MODEL: ModelArtifact = withWeightTables(SETTINGS as StoredArtifact, {
  en: EN,
  pl: PL,
  cs: CS,
  language: LANGUAGE,
  // the star heads (artifact.ts StarHead) of the languages with star-rated training reviews
  'stars-en': STARS_EN,
  'stars-pl': STARS_PL,
});
