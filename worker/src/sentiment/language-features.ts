// Character n-gram features for language identification (raw letters keep ą/ř/ů…, the folded view covers texts without them).
import { hashRange, hashString } from './hash.ts';
import { foldDiacritics } from './normalize.ts';

export const LANGUAGE_HASH_BITS = 15;
const WORD = /\p{L}+/gu;

export function languageFeatures(text: string): number[] {
  const mask = (1 << LANGUAGE_HASH_BITS) - 1;
  const out: number[] = [];
  const words = text.toLowerCase().match(WORD) ?? [];
  for (let w = 0; w < words.length && w < 200; w++) {
    const raw = words[w]!;
    const folded = foldDiacritics(raw);
    out.push(hashString(folded, 1) & mask);
    const padded = ` ${folded} `;
    // In place, not on substrings: building them took a third of the engine's time.
    for (let i = 0; i + 3 <= padded.length; i++) out.push(hashRange(padded, i, i + 3, 5) & mask);
    if (folded !== raw) {
      for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) > 127) out.push(hashString(raw.charAt(i), 9) & mask);
    }
  }
  return out;
}
