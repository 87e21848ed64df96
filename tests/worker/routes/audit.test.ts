import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { type Audit, AuditSchema, type Rate } from '../../../shared/audit.ts';
import type { Touchpoint } from '../../../shared/schemas.ts';
import { expectConsistent } from '../support/consistency.ts';
import { call, createShop, ownerCall, storeAnswerAt } from '../support/api.ts';

// A seeded shop: answers over Jan–May 2026 (some customers back after more than 62 days), stored in time order.
const TOUCHPOINTS: Touchpoint[] = ['browse', 'checkout', 'post_purchase', 'delivery', 'support', 'return'];
const STAGES = { before: ['browse'], during: ['checkout'], after: ['post_purchase', 'delivery', 'support', 'return'] } as const;
const FROM = '2026-05-01';
const TO = '2026-05-30';
const PREVIOUS = { from: '2026-04-01', to: '2026-04-30' };

function lcg(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

interface Row {
  id: string;
  day: string;
  touchpoint: Touchpoint;
  rating: number | null;
  nps: number | null;
  polarity: number;
  customer_ref: string | null;
  segment: string | null;
  kind: string;
  created_at: string;
}

async function seedShop() {
  const { shopId, ownerKey } = await createShop();
  const random = lcg(17);
  const moments: string[] = [];
  for (let i = 0; i < 20; i++) moments.push(new Date(Date.UTC(2026, 0, 2 + Math.floor(random() * 40), 9, i)).toISOString());
  for (let i = 0; i < 120; i++)
    moments.push(new Date(Date.UTC(2026, 3, 1 + Math.floor(random() * 60), 10, i % 60, Math.floor(i / 60))).toISOString());
  moments.sort();
  for (const at of moments) {
    const touchpoint = TOUCHPOINTS[Math.floor(random() * TOUCHPOINTS.length)]!;
    const weak = touchpoint === 'delivery';
    const rating = random() < 0.8 ? Math.min(5, Math.max(1, Math.round((weak ? 2 : 4) + (random() * 3 - 1.5)))) : undefined;
    const nps = random() < 0.7 ? Math.min(10, Math.round((weak ? 4 : 8) + random() * 4 - 2)) : undefined;
    const customer = random() < 0.75 ? `c${Math.floor(random() * 18)}` : undefined;
    const segment = random() < 0.5 ? 'vip' : random() < 0.5 ? 'mobile' : undefined;
    const review = random() < 0.1;
    const themes = weak && random() < 0.7 ? [{ theme: 'delivery' as const, label: 'negative' as const }] : [];
    await storeAnswerAt(shopId, at, {
      kind: review ? 'review' : 'experience',
      touchpoint,
      ...(rating === undefined && nps === undefined ? { rating: 3 } : {}),
      ...(rating === undefined ? {} : { rating }),
      // The score sets an answer's polarity (issue #13): a late, broken parcel comes with a low one.
      ...(themes.length ? { rating: Math.min(rating ?? 2, 2) } : {}),
      ...(nps === undefined ? {} : { nps }),
      ...(review ? { productId: 'mug', comment: 'A mug' } : {}),
      ...(themes.length ? { comment: 'The parcel came late and broken', themes } : {}),
      ...(customer ? { customerRef: customer } : {}),
      ...(segment ? { segment } : {}),
    });
  }
  const { results } = await env.DB.prepare('SELECT * FROM responses WHERE shop_id = ? ORDER BY created_at')
    .bind(shopId)
    .all<Row>();
  return { shopId, ownerKey, answers: results };
}

// ---- the recount: written out again from the definitions, not with the worker's functions -------------------

const Z = 1.96;
const r = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const within = (rows: Row[], from: string, to: string) => rows.filter((a) => a.day >= from && a.day <= to);

function csatOf(rows: Row[]): Rate {
  const rated = rows.filter((a) => a.rating !== null);
  const n = rated.length;
  if (!n) return { value: null, count: 0, low: null, high: null };
  const p = rated.filter((a) => a.rating! >= 4).length / n;
  const centre = p + (Z * Z) / (2 * n);
  const spread = Z * Math.sqrt((p * (1 - p) + (Z * Z) / (4 * n)) / n);
  const scale = 1 + (Z * Z) / n;
  return {
    value: r(p * 100, 1),
    count: n,
    low: r(Math.max(0, (centre - spread) / scale) * 100, 1),
    high: r(Math.min(1, (centre + spread) / scale) * 100, 1),
  };
}

function npsOf(rows: Row[]): Rate {
  const scored = rows.filter((a) => a.nps !== null);
  const n = scored.length;
  if (!n) return { value: null, count: 0, low: null, high: null };
  const promoters = scored.filter((a) => a.nps! >= 9).length / n;
  const detractors = scored.filter((a) => a.nps! <= 6).length / n;
  const nps = (promoters - detractors) * 100;
  const moe = 100 * Z * Math.sqrt((promoters + detractors - (promoters - detractors) ** 2) / n);
  return { value: r(nps, 1), count: n, low: r(Math.max(-100, nps - moe), 1), high: r(Math.min(100, nps + moe), 1) };
}

function ratingOf(rows: Row[]): Rate {
  const stars = rows.filter((a) => a.rating !== null).map((a) => a.rating!);
  const n = stars.length;
  if (!n) return { value: null, count: 0, low: null, high: null };
  const mean = stars.reduce((s, x) => s + x, 0) / n;
  if (n === 1) return { value: r(mean, 2), count: 1, low: null, high: null };
  const sd = Math.sqrt(stars.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  return {
    value: r(mean, 2),
    count: n,
    low: r(Math.max(1, mean - (Z * sd) / Math.sqrt(n)), 2),
    high: r(Math.min(5, mean + (Z * sd) / Math.sqrt(n)), 2),
  };
}

function verdict(now: Rate, before: Rate): string {
  if (now.count < 10 || before.count < 10) return 'too_few';
  if (now.low! > before.high! || now.high! < before.low!) return now.value! > before.value! ? 'up' : 'down';
  return 'overlapping';
}

const balanceOf = (rows: Row[]) => rows.filter((a) => a.polarity === 1).length - rows.filter((a) => a.polarity === -1).length;

function headlineOf(now: Row[], before: Row[]) {
  const rates = {
    rating: [ratingOf(now), ratingOf(before)],
    nps: [npsOf(now), npsOf(before)],
    csat: [csatOf(now), csatOf(before)],
  } as const;
  return {
    responses: now.length,
    rating: rates.rating[0],
    nps: rates.nps[0],
    csat: rates.csat[0],
    balance: balanceOf(now),
    verdicts: Object.fromEntries(Object.entries(rates).map(([k, [a, b]]) => [k, verdict(a, b)])),
  };
}

const headlineOfAudit = (f: Audit['overall']) => ({
  responses: f.responses,
  rating: f.rating,
  nps: f.nps,
  csat: f.csat,
  balance: f.balance,
  verdicts: { rating: f.changes.rating.verdict, nps: f.changes.nps.verdict, csat: f.changes.csat.verdict },
});

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

function relationshipOf(all: Row[], from: string, to: string) {
  const byCustomer = new Map<string, Row[]>();
  for (const a of all) if (a.customer_ref) byCustomer.set(a.customer_ref, [...(byCustomer.get(a.customer_ref) ?? []), a]);
  let seen = 0;
  let isNew = 0;
  let days = 0;
  const histogram = [0, 0, 0, 0, 0, 0, 0, 0];
  const bounds = [0, 1, 7, 30, 90, 180, 365, 730];
  for (const answers of byCustomer.values()) {
    const inPeriod = within(answers, from, to);
    if (!inPeriod.length) continue;
    seen++;
    const first = answers[0]!.day;
    if (first >= from) isNew++;
    days += daysBetween(first, inPeriod.at(-1)!.day);
    const atStart = daysBetween(first, inPeriod[0]!.day);
    histogram[bounds.findLastIndex((b) => atStart >= b)]!++;
  }
  return { seen, isNew, days, histogram };
}

describe('GET /v1/shops/:shopId/audit', () => {
  it('should equal a recount from the answers: stages, touchpoints, relationship, segments, intervals', async () => {
    const { shopId, ownerKey, answers } = await seedShop();
    const response = await ownerCall(`/v1/shops/${shopId}/audit?from=${FROM}&to=${TO}`, ownerKey);
    expect(response.status).toBe(200);
    const audit: Audit = await response.json();
    const now = within(answers, FROM, TO);
    const before = within(answers, PREVIOUS.from, PREVIOUS.to);
    expect(now.length).toBeGreaterThan(50);
    expect(audit.compared).toEqual(PREVIOUS);

    expect(headlineOfAudit(audit.overall)).toEqual(headlineOf(now, before));
    for (const stage of audit.stages) {
      const touchpoints: readonly string[] = STAGES[stage.stage];
      const pick = (rows: Row[], only: readonly string[]) => rows.filter((a) => only.includes(a.touchpoint));
      expect(headlineOfAudit(stage), stage.stage).toEqual(headlineOf(pick(now, touchpoints), pick(before, touchpoints)));
      for (const point of stage.touchpoints) {
        expect(headlineOfAudit(point), point.touchpoint).toEqual(
          headlineOf(pick(now, [point.touchpoint]), pick(before, [point.touchpoint])),
        );
      }
    }

    const counted = relationshipOf(answers, FROM, TO);
    const previousCounted = relationshipOf(answers, PREVIOUS.from, PREVIOUS.to);
    expect(counted.seen).toBeGreaterThan(10);
    expect(counted.seen - counted.isNew).toBeGreaterThan(3);
    expect(audit.relationship).toMatchObject({
      customersSeen: counted.seen,
      newCustomers: counted.isNew,
      returningCustomers: counted.seen - counted.isNew,
      meanDays: r(counted.days / counted.seen, 1),
      recommendations: {
        promoters: now.filter((a) => a.nps !== null && a.nps >= 9).length,
        reviews: now.filter((a) => a.kind === 'review').length,
      },
      changes: { customersSeen: counted.seen - previousCounted.seen },
    });
    expect(audit.relationship.returningShare).toEqual(
      csatOf(Array.from({ length: counted.seen }, (_, i) => ({ rating: i < counted.seen - counted.isNew ? 5 : 1 }) as Row)),
    );
    // the median, interpolated inside the bucket that holds it
    const half = counted.seen / 2;
    const bounds = [0, 1, 7, 30, 90, 180, 365, 730];
    let cumulative = 0;
    let median: number | null = null;
    for (const [i, n] of counted.histogram.entries()) {
      if (n > 0 && cumulative + n >= half) {
        median = r(bounds[i]! + ((half - cumulative) / n) * (bounds[i + 1]! - bounds[i]!), 1);
        break;
      }
      cumulative += n;
    }
    expect(audit.relationship.medianDays).toBe(median);

    const segments = ['vip', 'mobile']
      .map((segment) => ({ segment, rows: now.filter((a) => a.segment === segment) }))
      .filter(({ rows }) => rows.length >= 10)
      .sort((a, b) => b.rows.length - a.rows.length);
    expect(audit.segments.map((s) => ({ segment: s.segment, ...headlineOfAudit(s) }))).toEqual(
      segments.map(({ segment, rows }) => ({
        segment,
        ...headlineOf(
          rows,
          before.filter((a) => a.segment === segment),
        ),
      })),
    );

    expect(audit.gaps.touchpoint).toBe('delivery');
    expect(audit.gaps.stage).toBe('after');
    const lateDeliveries = now.filter((a) => a.touchpoint === 'delivery' && a.polarity === -1 && a.created_at && a.id);
    expect(audit.gaps.themes[0]).toMatchObject({ theme: 'delivery' });
    expect(audit.gaps.themes[0]!.examples.length).toBe(3);
    const examples = audit.gaps.themes[0]!.examples;
    expect(examples.map((e) => e.createdAt)).toEqual([...examples.map((e) => e.createdAt)].sort().reverse());
    expect(lateDeliveries.length).toBeGreaterThan(3);
    await expectConsistent(shopId);
  }, 30_000);

  it('should say "too few" instead of a direction when either period has fewer than 10 answers', async () => {
    const { shopId, ownerKey } = await createShop();
    await storeAnswerAt(shopId, '2026-04-10T10:00:00Z', { rating: 1 });
    for (let i = 0; i < 3; i++) await storeAnswerAt(shopId, `2026-05-1${i}T10:00:00Z`, { rating: 5 });
    const audit: Audit = await (await ownerCall(`/v1/shops/${shopId}/audit?from=${FROM}&to=${TO}`, ownerKey)).json();
    expect(audit.overall.changes.rating).toMatchObject({ delta: 4, verdict: 'too_few' });
  });

  it('should compare with the same days a year earlier', async () => {
    const { shopId, ownerKey } = await createShop();
    const audit: Audit = await (
      await ownerCall(`/v1/shops/${shopId}/audit?from=2028-02-01&to=2028-02-29&compare=year`, ownerKey)
    ).json();
    expect(audit.compared).toEqual({ from: '2027-02-01', to: '2027-02-28' });
  });

  it('should audit one segment alone', async () => {
    const { shopId, ownerKey } = await createShop();
    await storeAnswerAt(shopId, '2026-05-10T10:00:00Z', { rating: 5, segment: 'vip', customerRef: 'a' });
    await storeAnswerAt(shopId, '2026-05-11T10:00:00Z', { rating: 1, customerRef: 'b' });
    const audit: Audit = await (await ownerCall(`/v1/shops/${shopId}/audit?from=${FROM}&to=${TO}&segment=vip`, ownerKey)).json();
    expect(audit.overall.responses).toBe(1);
    expect(audit.relationship.customersSeen).toBe(1);
  });

  it('should quote each example by the part that names its theme, the theme words marked, the whole comment kept', async () => {
    const { shopId, ownerKey } = await createShop();
    // Scored by the engine as they arrive (no themes given): each comment names the theme after something else.
    const comments = [
      { locale: 'en', comment: 'I love the colour of the mug, but the parcel arrived late and damaged.' },
      { locale: 'pl', comment: 'Produkt super, ale paczka przyszła uszkodzona.' },
      { locale: 'cs', comment: 'Zboží je krásné, jenže balík dorazil pozdě a rozbitý.' },
    ];
    for (const [index, { locale, comment }] of comments.entries())
      await storeAnswerAt(shopId, `2026-05-1${index}T10:00:00Z`, { touchpoint: 'delivery', rating: 1, nps: 0, locale, comment });
    const response = await ownerCall(`/v1/shops/${shopId}/audit?from=${FROM}&to=${TO}`, ownerKey);
    const audit = AuditSchema.parse(await response.json());
    expect(audit.gaps.touchpoint).toBe('delivery');
    const delivery = audit.gaps.themes.find((theme) => theme.theme === 'delivery');
    const quoted = delivery!.examples.map(({ comment, excerpt }) => ({
      comment,
      text: excerpt.text,
      marked: excerpt.marks.map(({ start, end }) => excerpt.text.slice(start, end)),
    }));
    expect(quoted).toEqual([
      { comment: comments[2]!.comment, text: '…balík dorazil pozdě a rozbitý.', marked: ['balík', 'dorazil'] },
      { comment: comments[1]!.comment, text: '…paczka przyszła uszkodzona.', marked: ['paczka', 'przyszła'] },
      { comment: comments[0]!.comment, text: '…the parcel arrived late and damaged.', marked: ['parcel', 'arrived', 'late'] },
    ]);
  });

  it('should need the owner key and answer 400 for a bad query', async () => {
    const { shopId, ownerKey } = await createShop();
    expect((await call(`/v1/shops/${shopId}/audit`)).status).toBe(401);
    expect((await ownerCall(`/v1/shops/${shopId}/audit?compare=decade`, ownerKey)).status).toBe(400);
    expect((await ownerCall(`/v1/shops/${shopId}/audit?from=2026-05-02&to=2026-05-01`, ownerKey)).status).toBe(400);
  });
});
