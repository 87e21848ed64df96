/// <reference path="./data-modules.d.ts" />
// The opt-in artifact, also trained on non-commercial or unlicensed sources (docs/sentiment.md, "Artifacts and
// licences"), stored like the default one (model-commercial.ts). Only the opt-in build imports it: npm run
// deploy:full-model aliases ./model-commercial.ts to this module (`wrangler deploy --alias`).
import { withWeightTables, type ModelArtifact, type StoredArtifact } from './artifact.ts';
import CS from './model.cs.bin';
import EN from './model.en.bin';
import SETTINGS from './model.json' with { type: 'json' };
import LANGUAGE from './model.language.bin';
import PL from './model.pl.bin';

/** which artifact this module holds */
export const MODEL_NAME: 'commercial' | 'full' = 'full';

export const MODEL: ModelArtifact = withWeightTables(SETTINGS as StoredArtifact, {
  en: EN,
  pl: PL,
  cs: CS,
  language: LANGUAGE,
});
