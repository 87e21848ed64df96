// scripts/lib: a quiet wrangler's output is read (never left to fill its pipe) and, when it exits before it is
// ready, the error says why — the fresh-clone "wrangler dev exited before it was ready" of issue 17.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { freePort, waitUntilServing } from '../../../scripts/lib/net.ts';

describe('waiting for wrangler dev', () => {
  it('should name the reason when the server exits before it is ready', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [
      '-e',
      'console.error("The directory specified by assets.directory does not exist"); process.exit(1)',
    ]);
    let said = '';
    child.stderr.on('data', (chunk) => (said += chunk));
    await new Promise((resolve) => child.on('close', resolve));
    await expect(
      waitUntilServing(
        `http://127.0.0.1:${port}/`,
        5000,
        () => child.exitCode === null,
        () => said,
      ),
    ).rejects.toThrow(/exited before it was ready; it said:\nThe directory specified by assets.directory does not exist/);
  });
});
