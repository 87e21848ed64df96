// Learns from each shop's own stars (issue #13 item 4). Every comment that arrived with stars is a labelled example
// in that shop's language and domain: once a shop has enough of them in a language, the scheduled job fits class
// offsets over the shared model (sentiment/shop-correction.ts) and stores them; comments that arrive WITHOUT stars in
// that language are then scored with them (routes/responses.ts). Comments with stars never need them: their stars
// set the answer's polarity.
import { loadShopCorrection, ratedComments, saveShopCorrection, shopsDueForCorrection } from '../db/shop-sentiment.ts';
import { commentProbabilities } from '../sentiment/index.ts';
import { classOfRating, fitShopOffsets } from '../sentiment/shop-correction.ts';

/**
 * Rated comments a shop needs in a language before it gets a correction: where the simulation on real reviews
 * (npm run sim:shop-adaptation) shows the mean gain staying at or above one point of macro-F1.
 */
export const MIN_RATED_COMMENTS = 200;
/** The most recent rated comments a fit reads (bounded work per shop; recent comments describe the shop best). */
export const MAX_FIT_COMMENTS = 1000;
/** A correction is refitted once a day. */
export const REFIT_AFTER_MS = 24 * 3_600_000;
/** (shop, language) fits per scheduled run: the rest wait for the next run. */
const FITS_PER_RUN = 10;

/** Fits and stores the corrections that are due (of all shops, or of one); returns how many were fitted. */
export async function fitShopCorrections(db: D1Database, now: Date, options: { shopId?: string } = {}): Promise<number> {
  const due = await shopsDueForCorrection(
    db,
    MIN_RATED_COMMENTS,
    new Date(now.getTime() - REFIT_AFTER_MS).toISOString(),
    FITS_PER_RUN,
    options.shopId,
  );
  for (const { shopId, lang } of due) {
    const rated = await ratedComments(db, shopId, lang, MAX_FIT_COMMENTS);
    const examples = rated.map((row) => ({
      probabilities: commentProbabilities(row.comment, lang).probabilities,
      gold: classOfRating(row.rating),
    }));
    await saveShopCorrection(db, shopId, lang, fitShopOffsets(examples), examples.length, now.toISOString());
  }
  return due.length;
}

/** The correction a comment without stars is scored with ({} when the shop has none yet). */
export const shopCorrection = loadShopCorrection;
