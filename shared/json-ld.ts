// JSON meant to sit inside an HTML <script> element (JSON-LD): zod-free and tiny, so the widget can import it.

/**
 * `JSON.stringify(value)` with `<`, `>`, `&`, U+2028 and U+2029 written as `\u003c`, `\u003e`, `\u0026`,
 * `\u2028`, `\u2029`. These characters only ever occur inside JSON strings, where the escapes mean the same
 * character: the text parses to the same value, yet can never close the `<script>` element (`</script>`),
 * open a comment (`<!--`) or end a line in a JavaScript parser, however the page is serialised again.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${(character.charCodeAt(0) + 65536).toString(16).slice(1)}`,
  );
}
