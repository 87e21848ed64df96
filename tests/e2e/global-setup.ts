// One local stack and one Chromium for the whole e2e project (starting wrangler dev per file cost ~30 s each, a
// browser 1–3 s): fresh D1 in a temp dir, random free ports. Test files reach both through `useE2E()` (harness.ts);
// they run one after another and compare summaries before/after, so sharing the database is safe.
// The stack starts in the background: the e2e project runs after the unit and worker projects (its
// sequence.groupOrder in vitest.config.ts), so under `npm test` wrangler boots while they run, and the first
// e2e file waits in useE2E() for the file that says the stack is ready (or why it failed to start).
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../scripts/lib/net.ts';
import { startStack, type Stack } from '../../scripts/lib/stack.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.ts';

export type SharedStack = Omit<Stack, 'stop'>;

/** What the stack's ready file holds: the stack, or why it did not start. */
export type StackReport = { stack: SharedStack } | { error: string };

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of a JSON file (StackReport) written once the shared stack is up or has failed. */
    e2eStackReport: string;
    /** WebSocket endpoint of the shared Chromium (playwright's `chromium.connect`). */
    e2eBrowser: string;
  }
}

export default async function startShared(project: TestProject): Promise<() => Promise<void>> {
  const persistTo = await mkdtemp(join(tmpdir(), 'opinia-e2e-'));
  const reportFile = join(persistTo, 'stack-report.json');
  const report = async (value: StackReport) => {
    await writeFile(`${reportFile}.tmp`, JSON.stringify(value));
    await rename(`${reportFile}.tmp`, reportFile); // whole or not at all
  };
  const [port, shopPort] = [await freePort(), await freePort()];
  // Every spec answers the demo shop from 127.0.0.1: the per-shopper limit would refuse the suite as one busy
  // shopper. The limits themselves are specified in tests/worker/routes/abuse.test.ts.
  const starting: Promise<Stack | undefined> = startStack({
    port,
    shopPort,
    persistTo,
    quiet: true,
    limits: { SHOPPER_LIMIT: 100_000 },
  }).then(
    async (stack) => {
      await report({ stack: { workerUrl: stack.workerUrl, shopUrl: stack.shopUrl, demo: stack.demo } });
      return stack;
    },
    async (error: unknown) => {
      await report({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      return undefined;
    },
  );
  const browser = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  project.provide('e2eStackReport', reportFile);
  project.provide('e2eBrowser', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await (await starting)?.stop();
    await rm(persistTo, { recursive: true, force: true });
  };
}
