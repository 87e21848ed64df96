import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExportPage } from '../../../shared/owner-api.ts';
import { createShop, ownerCall, storeAnswerAt } from '../support/api.ts';

async function seed() {
  const shop = await createShop();
  await storeAnswerAt(shop.shopId, '2026-07-01T08:00:00Z', {
    rating: 5,
    comment: 'Zażółć gęślą jaźń, "super"',
    locale: 'pl',
    segment: 'vip',
  });
  await storeAnswerAt(shop.shopId, '2026-07-02T08:00:00Z', {
    rating: 1,
    comment: '=HYPERLINK("http://evil.example","click")',
    locale: 'en',
  });
  await storeAnswerAt(shop.shopId, '2026-07-03T08:00:00Z', {
    nps: 9,
    comment: 'Příliš žluťoučký kůň,\núpěl ďábelské ódy',
    locale: 'cs',
    customerRef: '@admin',
  });
  await storeAnswerAt(shop.shopId, '2026-07-04T08:00:00Z', {
    rating: 3,
    touchpoint: 'delivery',
    comment: '-2 stars for the delay',
  });
  return shop;
}

describe('GET /v1/shops/:shopId/responses (JSON export)', () => {
  it("should page through the answers newest first with the summary's filters", async () => {
    const { shopId, ownerKey } = await seed();
    const first = await (
      await ownerCall(`/v1/shops/${shopId}/responses?from=2026-07-01&to=2026-07-31&limit=3`, ownerKey)
    ).json<ExportPage>();
    expect(first.responses.map((answer) => answer.createdAt)).toEqual([
      '2026-07-04T08:00:00.000Z',
      '2026-07-03T08:00:00.000Z',
      '2026-07-02T08:00:00.000Z',
    ]);
    const second = await (
      await ownerCall(`/v1/shops/${shopId}/responses?from=2026-07-01&to=2026-07-31&limit=3&cursor=${first.nextCursor}`, ownerKey)
    ).json<ExportPage>();
    expect(second.responses).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(second.responses[0]).toMatchObject({
      rating: 5,
      segment: 'vip',
      locale: 'pl',
      polarity: expect.any(Number),
      themes: expect.any(Array),
    });

    const filtered = await (
      await ownerCall(`/v1/shops/${shopId}/responses?from=2026-07-01&to=2026-07-31&touchpoint=delivery`, ownerKey)
    ).json<ExportPage>();
    expect(filtered.responses.map((answer) => answer.comment)).toEqual(['-2 stars for the delay']);
  });

  it('should need the owner key', async () => {
    const { shopId } = await createShop();
    expect((await ownerCall(`/v1/shops/${shopId}/responses`, 'opk_wrong')).status).toBe(401);
    expect((await ownerCall(`/v1/shops/${shopId}/responses.csv`, 'opk_wrong')).status).toBe(401);
  });
});

describe('GET /v1/shops/:shopId/responses.csv', () => {
  it('should stream RFC 4180 CSV in UTF-8 with a BOM that a CSV parser reads back exactly', async () => {
    const { shopId, ownerKey } = await seed();
    const response = await ownerCall(`/v1/shops/${shopId}/responses.csv?from=2026-07-01&to=2026-07-31`, ownerKey);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toContain('attachment');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes); // drops the BOM
    expect(text).toContain('\r\n');

    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(4);
    const byRating = Object.fromEntries(parsed.data.map((row) => [row.createdAt, row]));
    expect(byRating['2026-07-01T08:00:00.000Z']).toMatchObject({
      comment: 'Zażółć gęślą jaźń, "super"',
      rating: '5',
      segment: 'vip',
    });
    expect(byRating['2026-07-03T08:00:00.000Z']).toMatchObject({ comment: 'Příliš žluťoučký kůň,\núpěl ďábelské ódy', nps: '9' });
  });

  it('should neutralise cells a spreadsheet would run as a formula', async () => {
    const { shopId, ownerKey } = await seed();
    const text = await (await ownerCall(`/v1/shops/${shopId}/responses.csv?from=2026-07-01&to=2026-07-31`, ownerKey)).text();
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    const comments = rows.map((row) => row.comment);
    expect(comments).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(comments).toContain("'-2 stars for the delay");
    expect(rows.map((row) => row.customerRef)).toContain("'@admin");
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@]/);
  });

  it('should stream more answers than one page', async () => {
    const { shopId, ownerKey } = await createShop();
    for (let i = 0; i < 520; i++)
      await storeAnswerAt(shopId, new Date(Date.UTC(2026, 7, 1, 0, i)).toISOString(), { rating: (i % 5) + 1 });
    const text = await (await ownerCall(`/v1/shops/${shopId}/responses.csv?from=2026-08-01&to=2026-08-01`, ownerKey)).text();
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(520);
    expect(new Set(rows.map((row) => row.id)).size).toBe(520);
  }, 60_000);
});
