// A reply template marks what only the owner can say with "[…]" ("We have [what you did]"). A reply that still holds
// one of them was not finished: sent as it is, the customer would read the instruction instead of the repair.
import { REPLY_TEMPLATES } from './templates.ts';

const PLACEHOLDERS: readonly string[] = Object.values(REPLY_TEMPLATES).flatMap((texts) =>
  texts.flatMap((text) => text.match(/\[[^\]]+\]/g) ?? []),
);

/** Where the first template placeholder left in `text` starts and ends, or null when none is left. */
export function placeholderLeft(text: string): { start: number; end: number } | null {
  for (const placeholder of PLACEHOLDERS) {
    const start = text.indexOf(placeholder);
    if (start >= 0) return { start, end: start + placeholder.length };
  }
  return null;
}
