// wrangler dev on one persisted local D1 that the crash bench kills (SIGKILL, the whole process group: wrangler's
// Node and its workerd) and starts again on the same directory, each time on a fresh loopback port.
import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, waitUntilServing } from '../../scripts/lib/net.ts';
import { localDevArgs, startWrangler, stopProcessGroup, wranglerOutput } from '../../scripts/lib/wrangler.ts';

export interface CrashableWorker {
  /** The base URL of the running worker (changes on every restart). */
  url(): string;
  /** Resolves when the worker serves again (at once while it runs). */
  up(): Promise<void>;
  start(): Promise<void>;
  /** SIGKILL to wrangler and workerd at once; resolves when the process has gone and its port refuses. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export function crashableWorker(configPath: string, persistTo: string): CrashableWorker {
  let child: ChildProcess | undefined;
  let base = '';
  let ready: Promise<void> = Promise.resolve();
  let markReady: () => void = () => {};

  return {
    url: () => base,
    up: () => ready,
    async start() {
      const port = await freePort();
      child = startWrangler(localDevArgs(configPath, port, persistTo), { quiet: true });
      const started = child;
      await waitUntilServing(
        `http://127.0.0.1:${port}/openapi.json`,
        120_000,
        () => started.exitCode === null && started.signalCode === null,
        () => wranglerOutput(started),
      );
      base = `http://127.0.0.1:${port}`;
      markReady();
    },
    async kill() {
      const victim = child;
      if (!victim?.pid) return;
      ready = new Promise((resolve) => (markReady = resolve));
      const exited = new Promise((resolve) => victim.once('exit', resolve));
      process.kill(-victim.pid, 'SIGKILL');
      await exited;
      // workerd is in the same group; wait until nothing answers on the old port any more.
      const old = base;
      while (
        await fetch(`${old}/openapi.json`).then(
          () => true,
          () => false,
        )
      )
        await sleep(50);
    },
    async stop() {
      if (child) await stopProcessGroup(child);
    },
  };
}
