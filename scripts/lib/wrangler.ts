import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const WRANGLER = join(dirname(createRequire(import.meta.url).resolve('wrangler/package.json')), 'bin/wrangler.js');

/** Environment for every wrangler we start: no metrics, no prompts. */
export const WRANGLER_ENV = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false', // Request.cf is looked up online; offline it only logs errors
  CI: 'true',
  NO_COLOR: '1',
};

const ROOT = resolve(import.meta.dirname, '../..');
/** wrangler.toml's [assets] directory: `wrangler dev` exits at once (code 1) when it does not exist. */
const ASSETS = join(ROOT, 'dist', 'public');
/** How much of a quiet wrangler's output is kept for the error message when it fails. */
const OUTPUT_TAIL = 16_384;
const outputs = new WeakMap<ChildProcess, { text: string }>();

/**
 * `wrangler dev` refuses to start without wrangler.toml's assets directory, which only `npm run build` makes: in a
 * fresh clone every bench that starts it failed with "wrangler dev exited before it was ready" (the reason went to
 * the unread pipe). Builds the widget assets (dist/public) once when they are missing.
 */
export function ensureAssets(): void {
  if (existsSync(ASSETS)) return;
  console.log('dist/public (the assets wrangler dev serves) is missing: running `npm run build:widget` once…');
  const built = spawnSync('npm', ['run', 'build:widget'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: process.env,
  });
  if (built.status !== 0 || !existsSync(ASSETS))
    throw new Error('`npm run build:widget` failed: wrangler dev cannot start without dist/public');
}

/**
 * Runs wrangler on the same Node binary as this script (Node 22 from node_modules/.bin under npm scripts).
 * `quiet`: its output is read (never left to fill the pipe, which would stall wrangler once it has logged 64 KB,
 * about 700 requests) and its tail kept for wranglerOutput().
 */
/** `wrangler dev` on 127.0.0.1:port with a config and a local D1 under persistTo, quiet but for warnings (the benches). */
export function localDevArgs(config: string, port: number, persistTo: string): string[] {
  return [
    'dev',
    '-c',
    config,
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--persist-to',
    persistTo,
    '--show-interactive-dev-session=false',
    '--log-level',
    'warn',
  ];
}

export function startWrangler(args: string[], options: { quiet?: boolean } = {}): ChildProcess {
  if (args[0] === 'dev') ensureAssets();
  const child = spawn(process.execPath, [WRANGLER, ...args], {
    env: WRANGLER_ENV,
    stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    detached: true, // its own process group, so stopping it also stops workerd
  });
  if (options.quiet) {
    const kept = { text: '' };
    outputs.set(child, kept);
    const keep = (chunk: Buffer) => {
      kept.text = (kept.text + chunk.toString()).slice(-OUTPUT_TAIL);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }
  return child;
}

/** The last 16 KB a quiet wrangler wrote (stdout and stderr), for error messages. */
export function wranglerOutput(child: ChildProcess): string {
  return outputs.get(child)?.text ?? '';
}

/** Runs a wrangler command to its end; rejects with its output when it fails. */
export function runWrangler(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = startWrangler(args, { quiet: true });
    child.on('error', reject);
    child.on('close', (code) => {
      const output = wranglerOutput(child);
      if (code === 0) resolve(output);
      else reject(new Error(`wrangler ${args.join(' ')} failed (${code}):\n${output}`));
    });
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
