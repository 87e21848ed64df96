// `wrangler dev` on a free loopback port over a bench's persisted local D1: how every bench times the worker over
// HTTP. The process is returned at once (the caller stops it whatever happens); `ready()` waits until it serves.
import type { ChildProcess } from 'node:child_process';
import { freePort, waitUntilServing } from '../../scripts/lib/net.ts';
import { startWrangler, wranglerOutput } from '../../scripts/lib/wrangler.ts';

export interface BenchWorker {
  worker: ChildProcess;
  /** `http://127.0.0.1:<port>` */
  base: string;
  ready(): Promise<void>;
}

export async function startBenchWorker(persistTo: string): Promise<BenchWorker> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const worker = startWrangler(
    [
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--persist-to',
      persistTo,
      '--var',
      'ENVIRONMENT:development',
      '--show-interactive-dev-session=false',
    ],
    { quiet: true },
  );
  const ready = () =>
    waitUntilServing(
      `${base}/openapi.json`,
      90_000,
      () => worker.exitCode === null,
      () => wranglerOutput(worker),
    );
  return { worker, base, ready };
}
