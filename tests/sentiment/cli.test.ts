import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function runCli(input: string): string[] {
  const result = spawnSync(join(root, 'node_modules', '.bin', 'node'), [join(root, 'scripts', 'sentiment', 'cli.ts')], {
    input,
    encoding: 'utf8',
  });
  expect(result.status).toBe(0);
  return result.stdout.trimEnd().split('\n');
}

describe('sentiment CLI', () => {
  it('should write one answer per line, in order, and an error line for malformed input', () => {
    const lines = runCli(
      `${[
        JSON.stringify({ text: 'fast delivery but poor quality' }),
        '{not json',
        JSON.stringify({ text: 'Polecam, wszystko super!', locale: 'pl' }),
        JSON.stringify({ locale: 'cs' }),
        JSON.stringify({ text: 'Nefunguje, vracím zboží.', locale: 'cs' }),
      ].join('\n')}\n`,
    );
    expect(lines).toHaveLength(5);
    const [first, second, third, fourth, fifth] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(Object.keys(first!).sort()).toEqual(['label', 'lang', 'score', 'themes']);
    expect(first).toMatchObject({
      lang: 'en',
      themes: [
        { theme: 'delivery', label: 'positive' },
        { theme: 'quality', label: 'negative' },
      ],
    });
    expect(second).toHaveProperty('error');
    expect(third).toMatchObject({ label: 'positive', lang: 'pl' });
    expect(fourth).toHaveProperty('error');
    expect(fifth).toMatchObject({ label: 'negative', lang: 'cs' });
    // a child process that loads both artifacts: ~1 s idle, 6.4 s at load 34 (over the 5 s default)
  }, 60_000);
});
