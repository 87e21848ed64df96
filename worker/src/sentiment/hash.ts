// FNV-1a (32-bit) over UTF-16 code units: fast, deterministic, identical in Node and workerd.
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a of text[start, end), seeded: hashString(text.slice(start, end), seed) without building the substring. */
export function hashRange(text: string, start: number, end: number, seed: number): number {
  let hash = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

export function hashString(text: string, seed: number): number {
  return hashRange(text, 0, text.length, seed);
}
