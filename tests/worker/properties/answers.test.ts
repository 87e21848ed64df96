// Sequences of answers (retries with other content included), erasures by customer and by order and retention
// runs: after every sequence the rollups equal a recount, and the answers stored are exactly the 201s minus the
// erased. Plus: hostile text in every text field is stored cleaned (NFC, no controls, well-formed, ≤ limit) or refused.
import { env } from 'cloudflare:test';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { characterCount, cleanText, MAX_COMMENT_CHARS, SENTIMENT_LABELS, THEMES, TOUCHPOINTS } from '../../../shared/schemas.ts';
import { enforceRetention } from '../../../worker/src/services/retention.ts';
import { call, createShop, ownerCall, ownerJson, postAnswer, storeAnswerAt } from '../support/api.ts';
import { expectConsistent } from '../support/consistency.ts';
import { hugeString, nastyNumber, nastyString } from './arbitraries.ts';
import { assertProperty, checkAnswer, setting } from './check.ts';

const RUNS = Number(setting('PROPERTY_RUNS') ?? 12);

const CUSTOMERS = ['alice', 'bob', 'cyryl'];
const ORDERS = ['o-1', 'o-2'];
const PRODUCTS = ['mug', 'plate'];
const COMMENTS = [
  'Szybka dostawa, świetna jakość',
  'Broken on arrival, terrible service',
  'Drahé, ale kvalitní',
  'ok',
  'price too high 😡',
  'Love it 😍 fast delivery',
];

const answerFields = fc.record(
  {
    kind: fc.constantFrom('experience', 'review'),
    touchpoint: fc.constantFrom(...TOUCHPOINTS),
    rating: fc.integer({ min: 1, max: 5 }),
    nps: fc.integer({ min: 0, max: 10 }),
    comment: fc.constantFrom(...COMMENTS),
    locale: fc.constantFrom('pl-PL', 'cs', 'en-GB', 'de'),
    customerRef: fc.constantFrom(...CUSTOMERS),
    orderId: fc.constantFrom(...ORDERS),
    productId: fc.constantFrom(...PRODUCTS),
    segment: fc.constantFrom('vip', 'mobile-app'),
    authorName: fc.constant('Ala'),
  },
  { requiredKeys: [] },
);

const operation = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('post' as const),
      client: fc.integer({ min: 0, max: 7 }),
      ip: fc.integer({ min: 0, max: 3 }),
      fields: answerFields,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('past' as const),
      daysAgo: fc.integer({ min: 0, max: 40 }),
      fields: answerFields,
      // The sentiment engine is a stand-in that finds no themes yet: these stand for what it would find.
      themes: fc.uniqueArray(fc.record({ theme: fc.constantFrom(...THEMES), label: fc.constantFrom(...SENTIMENT_LABELS) }), {
        maxLength: 3,
        selector: (t) => t.theme,
      }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('eraseCustomer' as const), ref: fc.constantFrom(...CUSTOMERS, 'nobody') }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('eraseOrder' as const), ref: fc.constantFrom(...ORDERS) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('retention' as const), days: fc.integer({ min: 1, max: 30 }) }) },
);

const count = async (shopId: string) =>
  (await env.DB.prepare('SELECT COUNT(*) AS n FROM responses WHERE shop_id = ?').bind(shopId).first<{ n: number }>())!.n;

describe('answers, retries, erasures and retention', () => {
  it(
    'should keep every rollup equal to a recount and lose or duplicate no answer',
    async () => {
      await assertProperty(
        'sequences of answers and erasures',
        fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 14 }), async (operations) => {
          const { shopId, ownerKey } = await createShop();
          const clientIds = Array.from({ length: 8 }, () => crypto.randomUUID());
          let expected = 0;
          for (const step of operations) {
            if (step.op === 'post') {
              const response = await postAnswer(
                shopId,
                { clientId: clientIds[step.client], ...step.fields },
                { 'CF-Connecting-IP': `203.0.113.${step.ip}` },
              );
              await checkAnswer(response, 'POST');
              if (response.status === 201) expected++;
            } else if (step.op === 'past') {
              const at = new Date(Date.now() - step.daysAgo * 86_400_000).toISOString();
              const { kind: _kind, ...fields } = step.fields; // reviews need the route's intake; past answers are experiences
              await storeAnswerAt(shopId, at, { rating: 3, ...fields, themes: step.themes });
              expected++;
            } else if (step.op === 'retention') {
              const settings = await ownerJson(`/v1/shops/${shopId}/settings`, ownerKey, 'PUT', { retentionDays: step.days });
              expect(settings.status).toBe(200);
              await enforceRetention(env.DB);
              expected = await count(shopId); // what retention removed is checked by the recount below
              await ownerJson(`/v1/shops/${shopId}/settings`, ownerKey, 'PUT', { retentionDays: null });
            } else {
              const path = step.op === 'eraseCustomer' ? `customers/${step.ref}` : `orders/${step.ref}`;
              const response = await ownerCall(`/v1/shops/${shopId}/${path}`, ownerKey, { method: 'DELETE' });
              const body = (await checkAnswer(response, 'DELETE')) as { deleted: number };
              expect(response.status).toBe(200);
              expected -= body.deleted;
              const column = step.op === 'eraseCustomer' ? 'customer_ref' : 'order_id';
              const left = await env.DB.prepare(`SELECT COUNT(*) AS n FROM responses WHERE shop_id = ? AND ${column} = ?`)
                .bind(shopId, step.ref)
                .first();
              expect(left).toEqual({ n: 0 });
            }
            expect(await count(shopId), 'stored answers = 201s − erased').toBe(expected);
          }
          await expectConsistent(shopId);
        }),
        RUNS,
      );
    },
    120_000 * Math.max(1, RUNS / 12),
  );
});

describe('a segment is normalised, stored and filtered by one rule', () => {
  // The counterexample of VITE_PROPERTY_SEED=1032832939 (issue #12 finding 17): 祖 here is U+FA50, a CJK
  // compatibility ideograph whose NFC form is U+7956; the two print alike but were stored apart.
  it('should store the NFC form and find it by either spelling (fixed case of seed 1032832939)', async () => {
    const { shopId, ownerKey } = await createShop();
    const sent = '\uFC2F\uFC0D\uABF0\u{106EB}\uFA50\u{1D5EA}';
    const response = await postAnswer(shopId, { rating: 4, segment: ` ${sent} ` });
    expect(response.status).toBe(201);
    const { id } = await response.json<{ id: string }>();
    const row = await env.DB.prepare('SELECT segment FROM responses WHERE id = ?').bind(id).first<{ segment: string }>();
    expect(row?.segment).toBe(sent.normalize('NFC'));
    expect(row?.segment).not.toBe(sent);
    for (const spelling of [sent, sent.normalize('NFC')]) {
      const response = await ownerCall(`/v1/shops/${shopId}/summary?segment=${encodeURIComponent(spelling)}`, ownerKey);
      expect(response.status, spelling).toBe(200);
      expect((await response.json<{ responses: number }>()).responses, spelling).toBe(1);
    }
  });
});

describe('hostile text in every text field', () => {
  const textFields = [
    'comment',
    'customerRef',
    'orderId',
    'productId',
    'segment',
    'authorName',
    'title',
    'productName',
    'locale',
  ] as const;

  it(
    'should store it cleaned (well-formed, NFC, no control characters, within the limit) or refuse it with 4xx',
    async () => {
      const { shopId, ownerKey } = await createShop();
      await assertProperty(
        'hostile text',
        fc.asyncProperty(
          fc.constantFrom(...textFields),
          fc.oneof({ weight: 9, arbitrary: nastyString }, { weight: 1, arbitrary: hugeString }),
          fc.constantFrom('experience', 'review'),
          async (field, text, kind) => {
            const response = await postAnswer(shopId, { kind, rating: 4, productId: 'mug', [field]: text });
            const body = await checkAnswer(response, 'POST');
            if (response.status !== 201) return;
            const { id } = body as { id: string };
            const column =
              { customerRef: 'customer_ref', orderId: 'order_id', productId: 'product_id' }[field as string] ?? field;
            if (['authorName', 'title', 'productName'].includes(field)) return; // stored on the review, checked by the export below
            const row = await env.DB.prepare(`SELECT ${column} AS value FROM responses WHERE id = ?`)
              .bind(id)
              .first<{ value: string | null }>();
            const stored = row?.value ?? null;
            if (field === 'comment' && stored === null) {
              expect(cleanText(text)).toBe('');
              return;
            }
            expect(stored, `${field} ${JSON.stringify(text.slice(0, 80))}`).not.toBeNull();
            expect(stored!.isWellFormed()).toBe(true);
            expect(stored).toBe(stored!.normalize('NFC'));
            expect(stored).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
            expect(characterCount(stored!)).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
            if (field === 'comment' || field === 'customerRef' || field === 'orderId' || field === 'productId')
              expect(stored).toBe(cleanText(text));
          },
        ),
        RUNS * 4,
      );
      // Whatever went in comes out of every reader: JSON export, CSV export (formula cells defused), summary, reviews.
      const csv = await ownerCall(`/v1/shops/${shopId}/responses.csv`, ownerKey);
      expect(csv.status).toBe(200);
      const { data } = Papa.parse<Record<string, string>>((await csv.text()).replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: true,
      });
      expect(data.length).toBeGreaterThan(0);
      for (const row of data) {
        for (const column of ['comment', 'locale', 'orderId', 'productId', 'customerRef', 'segment'])
          expect(row[column] ?? '', column).not.toMatch(/^[=+\-@\t\r]/);
      }
      for (const path of ['responses?limit=200', 'summary', 'attention', 'moderation', 'products']) {
        const response = await ownerCall(`/v1/shops/${shopId}/${path}`, ownerKey);
        expect(response.status, path).toBe(200);
      }
      const reviews = await call(`/v1/shops/${shopId}/products/mug/reviews?limit=50`);
      await checkAnswer(reviews, 'GET');
      await expectConsistent(shopId);
    },
    120_000 * Math.max(1, RUNS / 12),
  );

  it(
    'should refuse numbers that are not the small integers asked for with 400, never store them',
    async () => {
      const { shopId } = await createShop();
      await assertProperty(
        'hostile numbers',
        fc.asyncProperty(fc.constantFrom('rating', 'nps', 'elapsedMs'), nastyNumber, async (field, value) => {
          const response = await postAnswer(shopId, { rating: 3, [field]: value });
          await checkAnswer(response, 'POST');
          const valid =
            Number.isInteger(value) &&
            (field === 'rating'
              ? value >= 1 && value <= 5
              : field === 'nps'
                ? value >= 0 && value <= 10
                : value >= 0 && Number.isSafeInteger(value));
          if (!valid) expect(response.status, `${field}=${value}`).toBe(400);
          else expect([201, 422], `${field}=${value}`).toContain(response.status);
        }),
        RUNS * 4,
      );
      await expectConsistent(shopId);
    },
    60_000 * Math.max(1, RUNS / 12),
  );
});
