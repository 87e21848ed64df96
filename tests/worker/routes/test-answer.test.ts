import { describe, expect, it } from 'vitest';
import type { ExportPage } from '../../../shared/owner-api.ts';
import type { Summary } from '../../../shared/schemas.ts';
import { createShop, getSummary, ownerCall } from '../support/api.ts';

describe('POST /v1/shops/:shopId/test-answer', () => {
  it('should store one 5-star answer in segment opinia-test that the summary counts', async () => {
    const { shopId, ownerKey } = await createShop();
    const response = await ownerCall(`/v1/shops/${shopId}/test-answer`, ownerKey, { method: 'POST' });
    expect(response.status).toBe(201);
    const summary = await (await getSummary(shopId, ownerKey, '?segment=opinia-test')).json<Summary>();
    expect(summary).toMatchObject({ responses: 1, rating: { average: 5 }, attention: { open: 0 } });
    const page = await (await ownerCall(`/v1/shops/${shopId}/responses`, ownerKey)).json<ExportPage>();
    expect(page.responses).toMatchObject([{ kind: 'experience', segment: 'opinia-test', rating: 5 }]);
  });

  it('should need the owner key of that shop', async () => {
    const [mine, theirs] = [await createShop(), await createShop()];
    expect((await ownerCall(`/v1/shops/${mine.shopId}/test-answer`, 'opk_wrong', { method: 'POST' })).status).toBe(401);
    expect((await ownerCall(`/v1/shops/${mine.shopId}/test-answer`, theirs.ownerKey, { method: 'POST' })).status).toBe(403);
  });
});
