// npm run --silent sentiment < in.jsonl > out.jsonl
// One {"text", "locale"?} per line in; one {"label", "score", "lang", "themes"} per line out, in order.
// A malformed line gives {"error": ...} and the rest goes on.
import { createInterface } from 'node:readline';
import { createAnalyzer } from '../../worker/src/sentiment/engine.ts';
import { readArtifact } from './artifact-files.ts';

// The worker's default artifact (worker/src/sentiment/index.ts), read from its files: Node does not import Text modules.
const { analyze } = createAnalyzer(readArtifact('model-commercial.json'));

export function analyzeLine(line: string): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: 'invalid JSON' });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return JSON.stringify({ error: 'expected an object' });
  const { text, locale } = input as { text?: unknown; locale?: unknown };
  if (typeof text !== 'string') return JSON.stringify({ error: '"text" must be a string' });
  if (locale !== undefined && typeof locale !== 'string') return JSON.stringify({ error: '"locale" must be a string' });
  const { label, score, lang, themes } = analyze(text, locale === undefined ? {} : { locale });
  return JSON.stringify({ label, score, lang, themes });
}

if (import.meta.main) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) process.stdout.write(`${analyzeLine(line)}\n`);
}
