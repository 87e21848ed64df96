// Limits of the public API, zod-free so that the widget can import them (a value import from schemas.ts
// would bring zod along: its module-level schema calls are not tree-shaken). schemas.ts re-exports them.
export const MAX_COMMENT_CHARS = 4000;
export const MAX_REF_CHARS = 128;
export const MAX_BODY_BYTES = 16 * 1024;
