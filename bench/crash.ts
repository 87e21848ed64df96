// Crash: several clients send answers, product reviews and owner actions to local `wrangler dev` while the bench
// SIGKILLs wrangler and workerd at random moments and starts them again on the same persisted D1. Then:
// (a) everything a client was told was stored (a 2xx) is stored, (b) every rollup equals a recount from the stored
// rows (no half-written batch), (c) the requests that got no answer, retried as the widget retries them (same
// clientId; a private complaint reply with the same Idempotency-Key, as the dashboard does), are stored once and
// counted once. Prints the figures and PASS/FAIL; exits 1 on FAIL.
//
//   npm run bench:crash
//   CRASH_KILLS=3 CRASH_CLIENTS=4 npm run bench:crash   # quicker
//   CRASH_SEED=7 npm run bench:crash                     # another (reproducible) choice of kill moments
//   CRASH_KEEP=1 npm run bench:crash                     # keep the temp dir (printed)
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { getPlatformProxy } from 'wrangler';
import { runWrangler } from '../scripts/lib/wrangler.ts';
import { wranglerConfigWithLimits } from '../scripts/lib/wrangler-config.ts';
import { crashableWorker } from './lib/crash-stack.ts';
import { prng } from './lib/generate.ts';
import { loadAnswer } from './lib/load-answers.ts';
import { consistencyReport, inconsistencies } from './lib/load-recount.ts';

const KILLS = Number(process.env.CRASH_KILLS ?? 5);
const CLIENTS = Number(process.env.CRASH_CLIENTS ?? 8);
const SEED = Number(process.env.CRASH_SEED ?? 1);
/** How long the worker serves before the next kill: 1.5–6 s, drawn from the seed. */
const UP_MS = [1500, 6000] as const;
/** Answers re-sent at the end although they were acknowledged: each must answer 200 with the first id. */
const RESENT_ACKNOWLEDGED = 100;

const random = prng(SEED); // seeded, so a run's kill moments and request mix can be repeated

type Outcome = { status: number; body: unknown; replayed: boolean } | 'no answer';

interface Answer {
  clientId: string;
  body: string;
  ip: string;
  review: boolean;
  low: boolean;
  /** The id and status of the first 2xx this clientId got. */
  acknowledged?: { id: string; status: number };
  attempts: number;
}

type OwnerAction =
  | { kind: 'decision'; reviewId: string; decision: 'approve' | 'reject' }
  | { kind: 'review reply'; reviewId: string; text: string }
  | { kind: 'resolve'; itemId: string }
  | { kind: 'complaint reply'; itemId: string; text: string; key: string; attempts: number; replyId?: string };

const counts = {
  requests: 0,
  noAnswer: 0,
  statuses: new Map<number, number>(),
  retries: new Map<number, number>(),
  ownerAcknowledged: new Map<string, number>(),
  ownerNotApplicable: 0,
  /** Complaint replies retried after no answer, by what the retry answered. */
  replyRetries: new Map<'replayed' | 'stored by the retry', number>(),
};

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

async function main() {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'opinia-crash-'));
  const persistTo = join(dir, 'state');
  const { path: configPath } = wranglerConfigWithLimits(dir, { SHOP_LIMIT: 10_000_000, SHOPPER_LIMIT: 10_000_000 });
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
  console.log(`temp dir: ${dir} · seed ${SEED} · ${KILLS} kills · ${CLIENTS} clients`);
  await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo, '-c', configPath]);
  const worker = crashableWorker(configPath, persistTo);
  const bootMs: number[] = [];
  let boot = Date.now();
  await worker.start();
  bootMs.push(Date.now() - boot);

  const created = await fetch(`${worker.url()}/v1/shops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Crash test shop', origins: ['https://shop.example'] }),
  });
  if (created.status !== 201) throw new Error(`creating the shop answered ${created.status}: ${await created.text()}`);
  const { shopId, ownerKey } = (await created.json()) as { shopId: string; ownerKey: string };
  const owner = { Authorization: `Bearer ${ownerKey}`, 'Content-Type': 'application/json' };

  /** One request to the running worker; 'no answer' when the connection failed or dropped (the kill). */
  async function send(path: string, init: RequestInit): Promise<Outcome> {
    await worker.up();
    counts.requests++;
    try {
      const response = await fetch(`${worker.url()}${path}`, { ...init, signal: AbortSignal.timeout(30_000) });
      const text = await response.text();
      bump(counts.statuses, response.status);
      return {
        status: response.status,
        body: text ? JSON.parse(text) : null,
        replayed: response.headers.get('Idempotent-Replayed') === 'true',
      };
    } catch {
      counts.noAnswer++;
      return 'no answer';
    }
  }

  const answers: Answer[] = [];
  /** Answers without an answer yet: retried (same body, same clientId) by the next free client. */
  const unanswered: Answer[] = [];
  const reviewsToDecide: string[] = [];
  const approved: string[] = [];
  const complaints: string[] = [];
  /** Complaints replied to (or tried): the ones the owner then resolves. */
  const replied: string[] = [];
  /** Owner actions acknowledged, checked against the database at the end. */
  const ownerDone: OwnerAction[] = [];
  /**
   * Owner actions that got no answer, retried like the dashboard's user would (same request again; a complaint reply
   * with the same Idempotency-Key, as the dashboard's reply box sends it).
   */
  const ownerUnanswered: OwnerAction[] = [];
  let n = 0;
  let stopping = false;

  async function postAnswer(answer: Answer): Promise<void> {
    answer.attempts++;
    const outcome = await send(`/v1/shops/${shopId}/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': answer.ip },
      body: answer.body,
    });
    if (outcome === 'no answer') {
      unanswered.push(answer);
      return;
    }
    if (answer.attempts > 1) bump(counts.retries, outcome.status);
    if (outcome.status !== 200 && outcome.status !== 201) return;
    const id = (outcome.body as { id: string }).id;
    if (answer.acknowledged && answer.acknowledged.id !== id)
      throw new Error(`clientId ${answer.clientId} answered id ${id} after ${answer.acknowledged.id}`);
    answer.acknowledged ??= { id, status: outcome.status };
    if (answer.review) reviewsToDecide.push(id);
    else if (answer.low) complaints.push(id);
  }

  function newAnswer(): Answer {
    const { body, ip } = loadAnswer(n);
    const parsed = JSON.parse(body) as Record<string, unknown>;
    // A third of the answers are product reviews (the load bench's mix has a tenth).
    if (n % 3 === 1) {
      parsed.kind = 'review';
      parsed.productId ??= `product-${n % 40}`;
    }
    n++;
    const answer: Answer = {
      clientId: parsed.clientId as string,
      body: JSON.stringify(parsed),
      ip,
      review: parsed.kind === 'review',
      low: (parsed.rating as number) <= 2,
      attempts: 0,
    };
    answers.push(answer);
    return answer;
  }

  async function ownerAct(action: OwnerAction): Promise<void> {
    const [path, body] =
      action.kind === 'decision'
        ? [
            `/reviews/${action.reviewId}/decision`,
            action.decision === 'approve' ? { decision: 'approve' } : { decision: 'reject', reason: 'spam' },
          ]
        : action.kind === 'review reply'
          ? [`/reviews/${action.reviewId}/reply`, { text: action.text }]
          : action.kind === 'resolve'
            ? [`/attention/${action.itemId}`, { status: 'resolved' }]
            : [`/attention/${action.itemId}/reply`, { text: action.text }];
    const headers = action.kind === 'complaint reply' ? { ...owner, 'Idempotency-Key': action.key } : owner;
    if (action.kind === 'complaint reply') action.attempts++;
    const outcome = await send(`/v1/shops/${shopId}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    if (outcome === 'no answer') {
      ownerUnanswered.push(action);
      return;
    }
    if (action.kind === 'complaint reply' && action.attempts > 1)
      bump(counts.replyRetries, outcome.replayed ? 'replayed' : 'stored by the retry');
    if (outcome.status === 404 && action.kind !== 'decision' && action.kind !== 'review reply') {
      counts.ownerNotApplicable++; // a low rating whose comment opened no attention item
      return;
    }
    if (outcome.status >= 300) throw new Error(`${action.kind} answered ${outcome.status}: ${JSON.stringify(outcome.body)}`);
    bump(counts.ownerAcknowledged, action.kind);
    if (action.kind === 'complaint reply')
      ownerDone.push({ ...action, replyId: (outcome.body as { reply: { id: string } }).reply.id });
    else ownerDone.push(action);
    if (action.kind === 'decision' && action.decision === 'approve') approved.push(action.reviewId);
  }

  /** The next owner action, if one is due (about one request in six), else null. */
  function nextOwnerAction(): OwnerAction | null {
    if (random() > 1 / 6) return null;
    const pick = random();
    if (pick < 0.35 && reviewsToDecide.length)
      return { kind: 'decision', reviewId: reviewsToDecide.shift()!, decision: random() < 0.75 ? 'approve' : 'reject' };
    if (pick < 0.6 && approved.length)
      return { kind: 'review reply', reviewId: approved.shift()!, text: 'Thank you for your review!' };
    if (pick < 0.8 && complaints.length) {
      const itemId = complaints.shift()!;
      replied.push(itemId);
      return {
        kind: 'complaint reply',
        itemId,
        text: 'We are sorry; a new one is on its way.',
        key: crypto.randomUUID(),
        attempts: 0,
      };
    }
    if (replied.length) return { kind: 'resolve', itemId: replied.shift()! };
    return null;
  }

  async function client(): Promise<void> {
    while (!stopping) {
      const retry = unanswered.shift();
      if (retry) {
        await postAnswer(retry);
        continue;
      }
      const ownerRetry = ownerUnanswered.shift();
      if (ownerRetry) {
        await ownerAct(ownerRetry);
        continue;
      }
      const action = nextOwnerAction();
      if (action) await ownerAct(action);
      else await postAnswer(newAnswer());
    }
  }

  console.log(`\nshop ${shopId}: ${CLIENTS} clients sending; killing wrangler dev ${KILLS} times …`);
  const clients = Array.from({ length: CLIENTS }, () => client());
  const killedAt: number[] = [];
  for (let kill = 0; kill < KILLS; kill++) {
    await sleep(UP_MS[0] + random() * (UP_MS[1] - UP_MS[0]));
    killedAt.push(counts.requests);
    await worker.kill();
    process.stdout.write(
      `  kill ${kill + 1}: after ${counts.requests} requests, ${counts.noAnswer} without an answer so far; restarting … `,
    );
    boot = Date.now();
    await worker.start();
    bootMs.push(Date.now() - boot);
    console.log(`serving again in ${((Date.now() - boot) / 1000).toFixed(1)} s`);
  }
  await sleep(UP_MS[0]);
  stopping = true;
  await Promise.all(clients);
  // What is still without an answer goes out again until it has one (the worker runs, so it will).
  while (unanswered.length || ownerUnanswered.length) {
    const answer = unanswered.shift();
    if (answer) await postAnswer(answer);
    const action = ownerUnanswered.shift();
    if (action) await ownerAct(action);
  }
  // Idempotency on acknowledged answers too: the same clientId again answers 200 and the first id.
  let resentOk = 0;
  const acknowledged = answers.filter((answer) => answer.acknowledged);
  const resent = acknowledged.filter(
    (_, index) => index % Math.max(1, Math.floor(acknowledged.length / RESENT_ACKNOWLEDGED)) === 0,
  );
  for (const answer of resent) {
    const outcome = await send(`/v1/shops/${shopId}/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': answer.ip },
      body: answer.body,
    });
    if (outcome !== 'no answer' && outcome.status === 200 && (outcome.body as { id: string }).id === answer.acknowledged!.id)
      resentOk++;
  }
  await worker.stop();

  // Read the database back through the same persist dir, wrangler dev stopped.
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath,
    persist: { path: join(persistTo, 'v3') },
    remoteBindings: false,
  });
  const all = async <T>(sql: string, ...binds: unknown[]) =>
    (
      await proxy.env.DB.prepare(sql)
        .bind(...binds)
        .all<T>()
    ).results;
  let stored: Map<string, string>;
  let duplicates: number;
  let report: Awaited<ReturnType<typeof consistencyReport>>;
  let reviewRows: Map<string, { status: string; reply: string | null }>;
  let itemRows: Map<string, string>;
  let replyIds: Set<string>;
  let repliesPerItem: Map<string, number>;
  try {
    const rows = await all<{ client_id: string; id: string }>('SELECT client_id, id FROM responses WHERE shop_id = ?', shopId);
    stored = new Map(rows.map((row) => [row.client_id, row.id]));
    duplicates = rows.length - stored.size;
    report = await consistencyReport(proxy.env.DB, shopId);
    reviewRows = new Map(
      (
        await all<{ id: string; status: string; reply: string | null }>(
          'SELECT id, status, reply FROM reviews WHERE shop_id = ?',
          shopId,
        )
      ).map((row) => [row.id, row]),
    );
    itemRows = new Map(
      (await all<{ id: string; status: string }>('SELECT id, status FROM attention_items WHERE shop_id = ?', shopId)).map(
        (row) => [row.id, row.status],
      ),
    );
    const replies = await all<{ id: string; attention_id: string }>(
      'SELECT id, attention_id FROM attention_replies WHERE shop_id = ?',
      shopId,
    );
    replyIds = new Set(replies.map((row) => row.id));
    repliesPerItem = new Map();
    for (const row of replies) bump(repliesPerItem, row.attention_id);
  } finally {
    await proxy.dispose();
  }

  // (a) acknowledged answers, stored under the id the client was told
  const acknowledgedAnswers = answers.filter((answer) => answer.acknowledged);
  const lostAnswers = acknowledgedAnswers.filter((answer) => stored.get(answer.clientId) !== answer.acknowledged!.id);
  const unexplained = [...stored.keys()].filter((clientId) => !answers.some((answer) => answer.clientId === clientId));
  const neverAnswered = answers.filter((answer) => !answer.acknowledged);
  // (a) acknowledged owner actions, as stored
  const lostOwner = ownerDone.filter((action) => {
    if (action.kind === 'decision')
      return reviewRows.get(action.reviewId)?.status !== (action.decision === 'approve' ? 'published' : 'rejected');
    if (action.kind === 'review reply') return reviewRows.get(action.reviewId)?.reply !== action.text;
    if (action.kind === 'resolve') return itemRows.get(action.itemId) !== 'resolved';
    return !replyIds.has(action.replyId!);
  });
  const differing = inconsistencies(report);
  const retried = answers.filter((answer) => answer.attempts > 1).length;
  const statusList = (map: Map<number, number>) =>
    [...map]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}×${count}`)
      .join(' ') || 'none';
  const non2xx = [...counts.statuses].filter(([status]) => status >= 300 && status !== 404).reduce((sum, [, c]) => sum + c, 0);
  const repeatedReplies = [...repliesPerItem.values()].filter((count) => count > 1).length;

  console.log('\n=== crash: SIGKILL wrangler dev (wrangler + workerd) mid-write, restart on the same local D1 ===');
  console.log(
    `kills                 ${KILLS} (after request ${killedAt.join(', ')}); boots ${bootMs.map((ms) => (ms / 1000).toFixed(1)).join(', ')} s`,
  );
  console.log(
    `requests              ${counts.requests} (${counts.noAnswer} without an answer: connection refused or dropped by a kill)`,
  );
  console.log(`statuses              ${statusList(counts.statuses)}`);
  console.log(
    `answers               ${answers.length} distinct clientIds (${answers.filter((a) => a.review).length} product reviews), ${acknowledgedAnswers.length} acknowledged`,
  );
  console.log(
    `retried (same id)     ${retried} answers that got no answer: retries answered ${statusList(counts.retries)} (200 = the first attempt had been stored before the kill)`,
  );
  console.log(
    `stored                ${stored.size} answers · duplicates ${duplicates} · unexplained ${unexplained.length} · never acknowledged ${neverAnswered.length}`,
  );
  console.log(`lost (2xx, not stored) ${lostAnswers.length} answers · ${lostOwner.length} owner actions`);
  console.log(`re-sent acknowledged  ${resentOk} of ${resent.length} answered 200 with the first id`);
  console.log(
    `owner actions         ${[...counts.ownerAcknowledged].map(([kind, count]) => `${kind} ${count}`).join(' · ')} acknowledged; ${counts.ownerNotApplicable} complaint actions found no item (404)`,
  );
  const replyRetries = [...counts.replyRetries].map(([outcome, count]) => `${outcome} ${count}`).join(' · ') || 'none';
  console.log(
    `complaint replies     retried with their Idempotency-Key after no answer: ${replyRetries} (replayed = stored before the kill, answered again, sent once); ${repeatedReplies} items have more than one reply`,
  );
  console.log(
    `rollups = recount     ${differing.length === 0 ? 'yes' : `NO: ${differing.join(', ')}`} (${Object.keys(report).length} checks: daily_stats, daily_review_stats, themes, slices, complaint slices and hours, customers, product_reviews, orphans)`,
  );
  console.log(`unexpected statuses   ${non2xx}`);

  const pass =
    lostAnswers.length === 0 &&
    lostOwner.length === 0 &&
    duplicates === 0 &&
    repeatedReplies === 0 &&
    unexplained.length === 0 &&
    neverAnswered.length === 0 &&
    resentOk === resent.length &&
    differing.length === 0 &&
    non2xx === 0;
  console.log(
    `\n${pass ? 'PASS' : 'FAIL'}: ${KILLS} kills, ${acknowledgedAnswers.length} answers acknowledged, ${lostAnswers.length + lostOwner.length} lost, ${duplicates} duplicates, ${repeatedReplies} repeated replies, ${differing.length} rollup mismatches (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
  if (process.env.CRASH_KEEP) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  process.exitCode = pass ? 0 : 1;
}

await main();
