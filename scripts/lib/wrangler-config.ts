import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export type RateLimitName = 'SHOPPER_LIMIT' | 'SHOP_LIMIT';

/**
 * A copy of wrangler.toml in `dir` (paths made absolute, since the copy lives elsewhere) with some rate limits
 * raised: for runs that send many shoppers' answers from one address or flood one shop on purpose (the browser
 * tests, the load bench). The production file is never changed; the limits themselves are tested in workerd.
 */
export function wranglerConfigWithLimits(
  dir: string,
  limits: Partial<Record<RateLimitName, number>>,
): { path: string; original: Partial<Record<RateLimitName, number>> } {
  const absolute = (key: string) => (text: string) =>
    text.replace(
      new RegExp(`^(${key}\\s*=\\s*)"([^"]+)"`, 'm'),
      (_, prefix: string, value: string) => `${prefix}${JSON.stringify(resolve(ROOT, value))}`,
    );
  let copy = [absolute('main'), absolute('directory'), absolute('migrations_dir')].reduce(
    (text, rewrite) => rewrite(text),
    readFileSync(join(ROOT, 'wrangler.toml'), 'utf8'),
  );
  const original: Partial<Record<RateLimitName, number>> = {};
  for (const [name, limit] of Object.entries(limits) as [RateLimitName, number][]) {
    const pattern = new RegExp(`(name = "${name}"[^[]*?limit = )(\\d+)`);
    const found = pattern.exec(copy);
    if (!found) throw new Error(`no ${name} in wrangler.toml`);
    original[name] = Number(found[2]);
    copy = copy.replace(pattern, `$1${limit}`);
  }
  const path = join(dir, 'wrangler.toml');
  writeFileSync(path, copy);
  return { path, original };
}
