// What a comment complains about: the themes its clauses speak of negatively. One predicate for the worker (the
// `negative_theme` attention reason, worker/src/domain/mixed.ts) and the dashboard (the "Complaint: …" chip of an
// attention card), so that both name the same themes. Types only from schemas.ts: no zod in the dashboard's bundle.
import type { SentimentLabel, Theme } from './schemas.ts';

export type ThemeMentions = readonly { theme: Theme; label: SentimentLabel }[] | null | undefined;

/** The themes a comment complains about (labelled negative), in the order the comment names them. */
export function negativeThemes(themes: ThemeMentions): Theme[] {
  return (themes ?? []).filter((entry) => entry.label === 'negative').map((entry) => entry.theme);
}
