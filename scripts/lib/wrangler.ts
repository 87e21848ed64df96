import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const WRANGLER = join(dirname(createRequire(import.meta.url).resolve('wrangler/package.json')), 'bin/wrangler.js');

/** Environment for every wrangler we start: no metrics, no prompts. */
export const WRANGLER_ENV = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false', // Request.cf is looked up online; offline it only logs errors
  CI: 'true',
  NO_COLOR: '1',
};

/** Runs wrangler on the same Node binary as this script (Node 22 from node_modules/.bin under npm scripts). */
export function startWrangler(args: string[], options: { quiet?: boolean } = {}): ChildProcess {
  return spawn(process.execPath, [WRANGLER, ...args], {
    env: WRANGLER_ENV,
    stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    detached: true, // its own process group, so stopping it also stops workerd
  });
}

/** Runs a wrangler command to its end; rejects with its output when it fails. */
export function runWrangler(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = startWrangler(args, { quiet: true });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`wrangler ${args.join(' ')} failed (${code}):\n${output}`))));
  });
}

export function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const forceKill = setTimeout(() => signal('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(forceKill);
      resolve();
    });
    function signal(name: NodeJS.Signals) {
      try {
        process.kill(-child.pid!, name);
      } catch {
        resolve();
      }
    }
    signal('SIGTERM');
  });
}
