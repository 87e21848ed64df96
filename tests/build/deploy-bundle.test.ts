import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { runWrangler } from '../../scripts/lib/wrangler.ts';

// Cloudflare's limit for a Worker on the free plan, after compression.
const FREE_PLAN_LIMIT_GZ = 3 * 1024 * 1024;

describe('the production bundle', () => {
  let outdir = '';
  afterAll(() => (outdir ? rm(outdir, { recursive: true, force: true }) : undefined));

  it('should build with `wrangler deploy --dry-run` and fit a Worker', async () => {
    outdir = await mkdtemp(join(tmpdir(), 'opinia-bundle-'));
    await runWrangler(['deploy', '--dry-run', '--outdir', outdir]);
    const files = await readdir(outdir);
    expect(files).toContain('index.js');
    const bundle = await readFile(join(outdir, 'index.js'));
    const gz = gzipSync(bundle).byteLength;
    console.log(`worker bundle: ${bundle.byteLength} B raw, ${gz} B gz (${files.join(', ')})`);
    expect(gz).toBeLessThan(FREE_PLAN_LIMIT_GZ);
  }, 120_000);
});
