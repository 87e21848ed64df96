/**
 * Compares two byte strings in time that depends only on their length (no early exit), so a caller cannot
 * learn how much of a secret matched. Portable: the worker, Node scripts and tests all run it.
 */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  let difference = 0;
  for (let i = 0; i < a.byteLength; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}
