// One local stack for the whole e2e project (starting wrangler dev per file cost ~30 s each):
// fresh D1 in a temp dir, random free ports. Test files reach it through `useE2E()` (harness.ts);
// they run one after another and compare summaries before/after, so sharing the database is safe.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../scripts/lib/net.ts';
import { startStack, type Stack } from '../../scripts/lib/stack.ts';

export type SharedStack = Omit<Stack, 'stop'>;

declare module 'vitest' {
  export interface ProvidedContext {
    e2eStack: SharedStack;
  }
}

export default async function startSharedStack(project: TestProject): Promise<() => Promise<void>> {
  const persistTo = await mkdtemp(join(tmpdir(), 'opinia-e2e-'));
  const [port, shopPort] = [await freePort(), await freePort()];
  // Every spec answers the demo shop from 127.0.0.1: the per-shopper limit would refuse the suite as one busy
  // shopper. The limits themselves are specified in tests/worker/routes/abuse.test.ts.
  const stack = await startStack({ port, shopPort, persistTo, quiet: true, limits: { SHOPPER_LIMIT: 100_000 } });
  project.provide('e2eStack', { workerUrl: stack.workerUrl, shopUrl: stack.shopUrl, demo: stack.demo });
  return async () => {
    await stack.stop();
    await rm(persistTo, { recursive: true, force: true });
  };
}
