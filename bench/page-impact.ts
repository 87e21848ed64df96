// What the Opinia tag costs a shop page: the example product page (reviews mode) and thank-you page (experience
// form) loaded in Debian's Chromium with and without the tag, alternating in the same run, CPU throttled 4×.
// Prints Total Blocking Time, CLS, long tasks in the widget's window and bytes transferred, with deltas and
// budgets (TBT delta ≤ 10 ms, CLS delta 0, widget long tasks 0), then Lighthouse performance scores.
// Usage: npm run build:widget && npm run bench:page-impact [-- --runs 7] [-- --no-lighthouse]
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Browser } from 'playwright-core';
import { freePort } from '../scripts/lib/net.ts';
import { startStack } from '../scripts/lib/stack.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const PAGES = ['en/product.html', 'en/thank-you.html'];
const TAG = /<script[^>]*widget\.js[^>]*><\/script>/g;

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, 'no-lighthouse': { type: 'boolean', default: false } },
});
const RUNS = Number(args.runs);

interface Sample {
  tbt: number;
  cls: number;
  longTasks: number;
  widgetLongTasks: number;
  bytes: number;
}

/** Serves /with/… as the shop serves it and /without/… with the Opinia tag cut out: one origin, same files. */
async function startVariantServer(shopUrl: string) {
  const port = await freePort();
  const server = createServer(async (request, response) => {
    const [, variant, ...rest] = (request.url ?? '/').split('/');
    const upstream = await fetch(`${shopUrl}/${rest.join('/')}`);
    let body: Buffer | string = Buffer.from(await upstream.arrayBuffer());
    const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
    if (variant === 'without' && type.startsWith('text/html')) body = body.toString('utf8').replace(TAG, '');
    response.writeHead(upstream.status, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
  });
  await new Promise<void>((done) => server.listen(port, 'localhost', done));
  return { url: `http://localhost:${port}`, close: () => server.close() };
}

async function measure(browser: Browser, url: string, withTag: boolean): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => void (bytes += event.encodedDataLength));
  await page.addInitScript(() => {
    const perf = { longTasks: [] as { start: number; end: number }[], cls: 0 };
    (window as unknown as { __perf: typeof perf }).__perf = perf;
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) perf.longTasks.push({ start: task.startTime, end: task.startTime + task.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!shift.hadRecentInput) perf.cls += shift.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  if (withTag) await page.locator('opinia-widget').locator('button, [role=radio], p').first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(1500); // let late work (the chunk, its fetches) land
  const result = await page.evaluate(() => {
    const { longTasks, cls } = (window as unknown as { __perf: { longTasks: { start: number; end: number }[]; cls: number } })
      .__perf;
    // The widget's window: from the loader's arrival to a quarter second after its last own resource arrived.
    const own = performance
      .getEntriesByType('resource')
      .filter((entry) => /widget(-ui|-reviews)?[.\w-]*\.js|\/v1\/shops\//.test(entry.name)) as PerformanceResourceTiming[];
    const from = Math.min(...own.map((entry) => entry.responseEnd), Infinity);
    const to = Math.max(...own.map((entry) => entry.responseEnd), -Infinity) + 250;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    return {
      tbt: longTasks.filter((task) => task.end > fcp).reduce((sum, task) => sum + Math.max(0, task.end - task.start - 50), 0),
      cls,
      longTasks: longTasks.length,
      widgetLongTasks: longTasks.filter((task) => task.end > from && task.start < to).length,
    };
  });
  await context.close();
  return { ...result, bytes };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (n: number, digits = 0) => n.toFixed(digits);

async function lighthouseScore(url: string): Promise<number> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    return Math.round((result?.lhr.categories.performance?.score ?? 0) * 100);
  } finally {
    chrome.kill();
  }
}

const persistTo = await mkdtemp(join(tmpdir(), 'opinia-page-impact-'));
const stack = await startStack({ port: await freePort(), shopPort: await freePort(), persistTo, quiet: true });
const variants = await startVariantServer(stack.shopUrl);
let failed = false;
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  console.log(
    `page impact: ${RUNS} runs per variant, alternating, CPU throttled 4× (medians over the runs, and the worst run for widget long tasks)\n`,
  );
  for (const path of PAGES) {
    const samples: Record<'with' | 'without', Sample[]> = { with: [], without: [] };
    await measure(browser, `${variants.url}/with/${path}`, true); // warm-up: wrangler's first requests are slow
    for (let run = 0; run < RUNS; run++) {
      for (const variant of ['without', 'with'] as const)
        samples[variant].push(await measure(browser, `${variants.url}/${variant}/${path}`, variant === 'with'));
    }
    const m = (variant: 'with' | 'without', key: keyof Sample) => median(samples[variant].map((sample) => sample[key]));
    const tbtDelta = m('with', 'tbt') - m('without', 'tbt');
    const clsDelta = m('with', 'cls') - m('without', 'cls');
    const widgetTasks = m('with', 'widgetLongTasks');
    const widgetTasksMax = Math.max(...samples.with.map((sample) => sample.widgetLongTasks));
    const rows = [
      [
        'Total Blocking Time (ms)',
        fmt(m('without', 'tbt')),
        fmt(m('with', 'tbt')),
        fmt(tbtDelta),
        tbtDelta <= 10 ? 'ok ≤ 10' : 'OVER 10',
      ],
      ['CLS', fmt(m('without', 'cls'), 4), fmt(m('with', 'cls'), 4), fmt(clsDelta, 4), clsDelta <= 0 ? 'ok = 0' : 'OVER 0'],
      [
        'long tasks (all)',
        fmt(m('without', 'longTasks')),
        fmt(m('with', 'longTasks')),
        fmt(m('with', 'longTasks') - m('without', 'longTasks')),
        '',
      ],
      ['widget long tasks', '–', `${widgetTasks} (max ${widgetTasksMax})`, '', widgetTasks === 0 ? 'ok = 0' : 'OVER 0'],
      [
        'bytes transferred',
        fmt(m('without', 'bytes')),
        fmt(m('with', 'bytes')),
        fmt(m('with', 'bytes') - m('without', 'bytes')),
        '',
      ],
    ];
    failed ||= rows.some((row) => row[4]!.startsWith('OVER'));
    console.log(`${path}\n${'metric'.padEnd(26)}${'without'.padStart(10)}${'with'.padStart(10)}${'delta'.padStart(10)}  budget`);
    for (const row of rows)
      console.log(`${row[0]!.padEnd(26)}${row[1]!.padStart(10)}${row[2]!.padStart(10)}${row[3]!.padStart(10)}  ${row[4]}`);
    console.log('');
  }
  await browser.close();
  if (!args['no-lighthouse']) {
    console.log('Lighthouse performance (default mobile profile, simulated throttling):');
    for (const path of PAGES) {
      const without = await lighthouseScore(`${variants.url}/without/${path}`);
      const withTag = await lighthouseScore(`${variants.url}/with/${path}`);
      console.log(`${path.padEnd(24)} without ${without}  with ${withTag}`);
    }
  }
} finally {
  variants.close();
  await stack.stop();
  await rm(persistTo, { recursive: true, force: true });
}
if (failed) {
  console.error('\nThe widget is over a page-impact budget.');
  process.exitCode = 1;
}
