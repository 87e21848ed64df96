import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { runWrangler } from '../../scripts/lib/wrangler.ts';

// Cloudflare's limit for a Worker on the free plan, after compression.
const FREE_PLAN_LIMIT_GZ = 3 * 1024 * 1024;
// Issue #13: the worker bundle stays at most 2.5 MB gzipped.
const BUNDLE_BUDGET_GZ = 2.5 * 1024 * 1024;

describe('the production bundle', () => {
  let outdir = '';
  afterAll(() => (outdir ? rm(outdir, { recursive: true, force: true }) : undefined));

  it('should build with `wrangler deploy --dry-run` and fit a Worker', async () => {
    outdir = await mkdtemp(join(tmpdir(), 'opinia-bundle-'));
    await runWrangler(['deploy', '--dry-run', '--outdir', outdir]);
    const files = await readdir(outdir);
    expect(files).toContain('index.js');
    const bundle = await readFile(join(outdir, 'index.js'));
    // Every module is uploaded: index.js and the default sentiment artifact's weight tables, Data modules of their own
    // (worker/src/sentiment/model-commercial.ts); not the source map or wrangler's README.
    const modules = files.filter((file) => !file.endsWith('.map') && file !== 'README.md');
    expect(modules.filter((file) => /model-commercial\.(en|pl|cs|language)\.bin$/.test(file))).toHaveLength(4);
    // with its star heads (artifact.ts StarHead) for the languages with star-rated training reviews
    expect(modules.filter((file) => /model-commercial\.stars-(en|pl)\.bin$/.test(file))).toHaveLength(2);
    // and not the opt-in artifact's tables (model.<table>.bin: only `npm run deploy:full-model` aliases them in)
    expect(modules.filter((file) => /-model\.(en|pl|cs|language)\.bin$/.test(file))).toEqual([]);
    let raw = 0;
    let gz = 0;
    for (const file of modules) {
      const bytes = await readFile(join(outdir, file));
      raw += bytes.byteLength;
      gz += gzipSync(bytes).byteLength;
    }
    console.log(`worker bundle: ${raw} B raw, ${gz} B gz (${modules.join(', ')})`);
    expect(gz).toBeLessThan(FREE_PLAN_LIMIT_GZ);
    expect(gz).toBeLessThanOrEqual(BUNDLE_BUDGET_GZ);
    // By default only the commercially trained artifact ships: the opt-in one (trained on the airline tweets, among
    // other non-commercial sources) must not be in the bundle.
    const text = bundle.toString('utf8');
    expect(text).toContain('opinia-shop');
    expect(text).not.toContain('twitter-us-airline');
  }, 120_000);
});
