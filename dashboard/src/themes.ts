// Reading a theme's figures: is it praised or complained about, and which way did that move?
import type { ThemeSummary } from '../../shared/schemas.ts';

export type Mood = 'praised' | 'complained' | 'mixed' | 'tooFew';

/** Fewer mentions than this: no verdict ("Too few mentions to tell"), as a rate on too few answers says "only n = 3". */
export const MIN_THEME_MENTIONS = 5;
export type Shift = 'turnedNegative' | 'turnedPositive' | 'better' | 'worse' | 'steady' | 'noHistory';

/** (positive − negative) / mentions, −1…1. */
export const netOf = (theme: ThemeSummary) => (theme.mentions ? (theme.positive - theme.negative) / theme.mentions : 0);

export function moodOf(theme: ThemeSummary): Mood {
  if (theme.mentions < MIN_THEME_MENTIONS) return 'tooFew';
  const net = netOf(theme);
  return net > 0.2 ? 'praised' : net < -0.2 ? 'complained' : 'mixed';
}

/** `delta` is the change of the net share against the previous period (−2…2), null without earlier mentions. */
export function shiftOf(theme: ThemeSummary): Shift {
  if (theme.delta === null) return 'noHistory';
  const now = netOf(theme);
  const before = now - theme.delta;
  if (before > 0 && now < 0) return 'turnedNegative';
  if (before < 0 && now > 0) return 'turnedPositive';
  if (Math.abs(theme.delta) < 0.05) return 'steady';
  return theme.delta > 0 ? 'better' : 'worse';
}
