import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { DEMO_SHOP_ID, seedDemoShop } from './demo-shop.ts';
import { waitUntilServing } from './net.ts';
import { startShopServer } from './shop-server.ts';
import { runWrangler, startWrangler, stopProcessGroup, wranglerOutput } from './wrangler.ts';
import { wranglerConfigWithLimits, type RateLimitName } from './wrangler-config.ts';

export interface StackOptions {
  port?: number;
  shopPort?: number;
  persistTo?: string;
  quiet?: boolean;
  /** Raise rate limits for this run (a copy of wrangler.toml goes into `persistTo`): browser tests send many answers from one address. */
  limits?: Partial<Record<RateLimitName, number>>;
  /** Told a line before each slow step (migrations, the demo seed, wrangler's start), so a long wait is not silence. */
  progress?: (line: string) => void;
}

export interface Stack {
  workerUrl: string;
  shopUrl: string;
  demo: { shopId: typeof DEMO_SHOP_ID; ownerKey: string; orderTokenSecret: string };
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The whole thing, locally: local D1 migrated, the demo shop seeded, `wrangler dev` serving the worker and
 * the built widget, and the example shop on its own origin. Build the widget first (`npm run build:widget`).
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const port = options.port ?? 8787;
  const shopPort = options.shopPort ?? port + 1;
  const persistTo = resolve(ROOT, options.persistTo ?? '.wrangler/state');
  const workerUrl = `http://localhost:${port}`;
  const shopUrl = `http://localhost:${shopPort}`;

  const progress = options.progress ?? (() => {});
  const seconds = (since: number) => `${Math.round((performance.now() - since) / 1000)} s`;

  await mkdir(persistTo, { recursive: true });
  const config = options.limits ? ['-c', wranglerConfigWithLimits(persistTo, options.limits).path] : [];
  let since = performance.now();
  progress('Applying migrations to the local D1 database…');
  await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo, ...config]);
  progress(`Migrations applied (${seconds(since)}).`);
  since = performance.now();
  progress('Seeding the demo shop (90 days of answers; this can take a minute or two)…');
  const { ownerKey, orderTokenSecret, created } = await seedDemoShop(persistTo, [shopUrl]);
  progress(`Demo shop seeded: ${created} new answers (${seconds(since)}).`);
  progress(`Starting wrangler dev on port ${port}…`);

  const worker = startWrangler(
    [
      'dev',
      ...config,
      '--port',
      String(port),
      '--persist-to',
      persistTo,
      '--var',
      'ENVIRONMENT:development',
      '--show-interactive-dev-session=false',
    ],
    { quiet: options.quiet },
  );
  let shopServer: Server | undefined;
  const stop = async () => {
    shopServer?.close();
    await stopProcessGroup(worker);
  };
  try {
    await waitUntilServing(
      `${workerUrl}/openapi.json`,
      90_000,
      () => worker.exitCode === null,
      () => wranglerOutput(worker),
    );
    shopServer = await startShopServer(resolve(ROOT, 'examples/shop'), shopPort, workerUrl, {
      shopId: DEMO_SHOP_ID,
      secret: orderTokenSecret,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { workerUrl, shopUrl, demo: { shopId: DEMO_SHOP_ID, ownerKey, orderTokenSecret }, stop };
}
