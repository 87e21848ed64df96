// The smallest sample a figure is compared or relied on with: below it, the audit draws no direction (`too_few`)
// and the overview marks a figure "only n = …". Its own file, without zod, so the dashboard can import it.

/** Fewer answers than this on either side: no direction is drawn (`too_few`). */
export const MIN_COMPARABLE_ANSWERS = 10;
