// Load: 50 concurrent connections post answers to one shop for 30 s against local `wrangler dev` (loopback only),
// then the database is read back: stored answers must equal the 201s and every rollup must equal a recount.
// Budget: zero errors (non-2xx or connection errors) and zero lost answers. Prints PASS/FAIL and exits 1 on FAIL.
//
//   npm run bench:load
//   LOAD_SECONDS=10 LOAD_CONNECTIONS=20 npm run bench:load    # a quicker run
//   LOAD_KEEP=1 npm run bench:load                            # keep the temp dir (printed) for a look afterwards
//
// wrangler dev runs on a generated copy of wrangler.toml in a temp dir, on a fresh persist dir, with the per-shop
// limit (SHOP_LIMIT, 6000/min in production) raised: a 30-s flood to one shop is exactly what that limit refuses.
// The per-shopper limit stays as configured; every request carries its own CF-Connecting-IP, which wrangler dev
// honours (Cloudflare's edge overwrites it in production), so it models many shoppers.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPlatformProxy } from 'wrangler';
import { localDevArgs, runWrangler, startWrangler, stopProcessGroup, wranglerOutput } from '../scripts/lib/wrangler.ts';
import { wranglerConfigWithLimits } from '../scripts/lib/wrangler-config.ts';
import { freePort, waitUntilServing } from '../scripts/lib/net.ts';
import { loadAnswer } from './lib/load-answers.ts';
import { consistencyReport, inconsistencies } from './lib/load-recount.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const RAISED_SHOP_LIMIT = 10_000_000;

/** wrangler.toml copied with the per-shop limit raised. */
function loadConfig(dir: string): { path: string; shopLimit: string } {
  const { path, original } = wranglerConfigWithLimits(dir, { SHOP_LIMIT: RAISED_SHOP_LIMIT });
  return { path, shopLimit: String(original.SHOP_LIMIT) };
}

function run(options: autocannon.Options, onResponse: (status: number) => void): Promise<autocannon.Result> {
  return new Promise((resolvePromise, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolvePromise(result)));
    instance.on('response', (_client: unknown, statusCode: number) => onResponse(statusCode));
  });
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'opinia-load-'));
  const persistTo = join(dir, 'state');
  const config = loadConfig(dir);
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
  console.log(`temp dir: ${dir}`);
  console.log(
    `NOTE: per-shop limit SHOP_LIMIT raised from ${config.shopLimit}/min to ${RAISED_SHOP_LIMIT}/min in the bench's copy of wrangler.toml`,
  );
  console.log(
    '      (production keeps it; a flood to one shop is what it refuses). SHOPPER_LIMIT unchanged; one CF-Connecting-IP per request.',
  );

  await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo, '-c', config.path]);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const worker = startWrangler(localDevArgs(config.path, port, persistTo), { quiet: true });
  let workerLog = '';
  worker.stdout?.on('data', (chunk) => (workerLog += chunk));
  worker.stderr?.on('data', (chunk) => (workerLog += chunk));

  const statuses = new Map<number, number>();
  /** Requests sent whose answer autocannon never saw (in flight at the deadline), by body → shopper address. */
  const pending = new Map<string, string>();
  const retried = new Map<number, number>();
  let result: autocannon.Result;
  let shopId: string;
  try {
    await waitUntilServing(
      `${url}/openapi.json`,
      90_000,
      () => worker.exitCode === null,
      () => wranglerOutput(worker),
    );
    const created = await fetch(`${url}/v1/shops`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Load test shop', origins: ['https://shop.example'] }),
    });
    if (created.status !== 201) throw new Error(`creating the shop answered ${created.status}: ${await created.text()}`);
    shopId = ((await created.json()) as { shopId: string }).shopId;

    // Warm up (first requests compile the worker and open D1); not counted, but stored, so counted in the check below.
    let n = 0;
    let warmup201 = 0;
    for (let i = 0; i < 20; i++) {
      const { body, ip } = loadAnswer(n++);
      const response = await fetch(`${url}/v1/shops/${shopId}/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip },
        body,
      });
      if (response.status === 201) warmup201++;
      else throw new Error(`warm-up answer ${response.status}: ${await response.text()}`);
    }

    console.log(`\nposting answers to shop ${shopId}: ${CONNECTIONS} connections for ${SECONDS} s on ${url} …`);
    result = await run(
      {
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            path: `/v1/shops/${shopId}/responses`,
            setupRequest: (request, context) => {
              const { body, ip } = loadAnswer(n++);
              pending.set(body, ip);
              (context as { body?: string }).body = body;
              return { ...request, body, headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip } };
            },
            onResponse: (_status, _body, context) => {
              pending.delete((context as { body: string }).body);
            },
          },
        ],
      },
      (status) => statuses.set(status, (statuses.get(status) ?? 0) + 1),
    );
    statuses.set(201, (statuses.get(201) ?? 0) + warmup201);

    // autocannon stops at the deadline without waiting for the requests in flight: their answers may or may not
    // have been stored. Retry each exactly as the widget does (same clientId): 201 if it never landed, 200 if it did.
    for (const [body, ip] of pending) {
      const response = await fetch(`${url}/v1/shops/${shopId}/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip },
        body,
      });
      retried.set(response.status, (retried.get(response.status) ?? 0) + 1);
    }
  } finally {
    await stopProcessGroup(worker);
  }

  // Read the database back through the same persist dir, wrangler dev stopped.
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath: config.path,
    persist: { path: join(persistTo, 'v3') },
    remoteBindings: false,
  });
  let stored: number;
  let report: Awaited<ReturnType<typeof consistencyReport>>;
  try {
    stored = (await proxy.env.DB.prepare('SELECT COUNT(*) AS n FROM responses WHERE shop_id = ?')
      .bind(shopId)
      .first<{ n: number }>())!.n;
    report = await consistencyReport(proxy.env.DB, shopId);
  } finally {
    await proxy.dispose();
  }

  const created = statuses.get(201) ?? 0;
  const landedInFlight = retried.get(200) ?? 0;
  const retriedCreated = retried.get(201) ?? 0;
  const retryFailures = [...retried]
    .filter(([status]) => status !== 200 && status !== 201)
    .reduce((sum, [, count]) => sum + count, 0);
  const accounted = created + landedInFlight + retriedCreated;
  const non2xx = [...statuses].filter(([status]) => status < 200 || status >= 300).reduce((sum, [, count]) => sum + count, 0);
  const connectionErrors = result.errors;
  const differing = inconsistencies(report);
  const requests = result.requests.total;
  const perSecond = requests / result.duration;

  console.log('\n=== load: POST /v1/shops/:shopId/responses ===');
  console.log(`requests          ${requests} in ${result.duration.toFixed(1)} s (${CONNECTIONS} connections)`);
  console.log(
    `throughput        ${perSecond.toFixed(1)} req/s (autocannon mean ${result.requests.average.toFixed(1)}/s, ${(result.throughput.average / 1024).toFixed(0)} KiB/s)`,
  );
  console.log(
    `latency           p50 ${result.latency.p50} ms · p90 ${result.latency.p90} ms · p99 ${result.latency.p99} ms · max ${result.latency.max} ms`,
  );
  console.log(
    `status codes      ${[...statuses]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}×${count}`)
      .join(' ')} (incl. 20 warm-up 201s)`,
  );
  console.log(`errors            non-2xx ${non2xx} · connection errors ${connectionErrors} · timeouts ${result.timeouts}`);
  console.log(
    `in flight at end  ${pending.size} retried with the same clientId: ${landedInFlight} had been stored (200), ${retriedCreated} had not (201), ${retryFailures} failed`,
  );
  console.log(
    `stored answers    ${stored} · 201s ${created} + in-flight stored ${landedInFlight} + retried 201s ${retriedCreated} = ${accounted} · ${stored === accounted ? 'equal' : `DIFFERENT by ${stored - accounted}`}`,
  );
  console.log(
    `rollups = recount ${differing.length === 0 ? 'yes' : `NO: ${differing.join(', ')}`} (daily_stats, daily_theme_stats, customers, customer_balances, product_reviews, orphans)`,
  );
  const rollupRows = report.dailyStats.stored.length;
  console.log(
    `                  ${rollupRows} daily_stats rows, ${report.themeStats.stored.length} theme rows, ${report.customers.stored.length} customers`,
  );

  const pass =
    non2xx === 0 &&
    connectionErrors === 0 &&
    result.timeouts === 0 &&
    retryFailures === 0 &&
    stored === accounted &&
    differing.length === 0;
  console.log(
    `\n${pass ? 'PASS' : 'FAIL'}: ${perSecond.toFixed(0)} answers/s, ${non2xx + connectionErrors + retryFailures} errors, ${Math.max(0, accounted - stored)} lost, ${Math.max(0, stored - accounted)} unexplained`,
  );
  if (!pass && workerLog.trim()) console.log(`\nwrangler dev said:\n${workerLog.slice(-4000)}`);
  if (process.env.LOAD_KEEP) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  process.exitCode = pass ? 0 : 1;
}

await main();
