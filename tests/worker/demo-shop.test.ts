// The demo shop of `npm start` (scripts/lib/demo-data.ts, the very function demo-shop.ts runs on the local D1):
// seeded with complaints, replies and follow-ups, so the dashboard's Recovery panel shows real figures — some
// complaints answered fast, some late, some still waiting past 48 h; some repairs worked, some did not.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { AttentionPage, Customer } from '../../shared/owner-api.ts';
import type { Summary } from '../../shared/schemas.ts';
import { seedDemoData } from '../../scripts/lib/demo-data.ts';
import { createShop, getSummary, ownerCall } from './support/api.ts';

const HOUR_MS = 3_600_000;

describe('the demo shop', () => {
  it('should be seeded with complaints, replies and follow-ups that give the Recovery panel real figures, each at the touchpoint where it happens', async () => {
    const { shopId, ownerKey } = await createShop({ name: 'Zielony Kosz' });
    const now = Date.now();
    await seedDemoData(env.DB, shopId, now);

    const { recovery } = await (await getSummary(shopId, ownerKey)).json<Summary>();
    // Some complaints still wait for a reply, and some replies came after 48 h.
    expect(recovery.replied).toBeGreaterThan(0);
    expect(recovery.replied).toBeLessThan(recovery.complaints);
    expect(recovery.repliedWithin48h).toBeLessThan(recovery.replied);
    expect(recovery.medianHoursToFirstReply).toBeGreaterThan(0);
    expect(recovery.medianHoursToFirstReply).toBeLessThan(24);
    // Some customers answered the follow-up; some repairs worked and some did not.
    expect(recovery.followUps).toBeGreaterThan(0);
    expect(recovery.followUps).toBeLessThan(recovery.replied);
    expect(recovery.recovered).toBeGreaterThan(0);
    expect(recovery.recovered).toBeLessThan(recovery.followUps);
    expect(recovery.recoveryRate).toBe(Math.round((recovery.recovered / recovery.followUps) * 1000) / 10);
    expect(recovery.detractorsWon).toBeGreaterThan(0);
    expect(recovery.trend.filter((point) => point.recovered > 0).length).toBeGreaterThan(1);

    // At least one complaint unanswered for more than 48 h: the attention queue shows it overdue, in red.
    const overdue = await env.DB.prepare(
      `SELECT COUNT(*) AS n FROM attention_items WHERE shop_id = ? AND status = 'open' AND first_reply_at IS NULL AND created_at < ?`,
    )
      .bind(shopId, new Date(now - 48 * HOUR_MS).toISOString())
      .first<{ n: number }>();
    expect(overdue!.n).toBeGreaterThan(0);

    // A named customer whose balance fell with a complaint and rose again with the repair.
    const refs = (
      await env.DB.prepare(
        `SELECT DISTINCT r.customer_ref AS ref FROM responses r JOIN attention_items a ON a.id = r.id
         WHERE r.shop_id = ? AND a.resolution = 'recovered' AND r.customer_ref IS NOT NULL`,
      )
        .bind(shopId)
        .all<{ ref: string }>()
    ).results.map((row) => row.ref);
    const customers = await Promise.all(
      refs.map(async (ref) => (await ownerCall(`/v1/shops/${shopId}/customers/${ref}`, ownerKey)).json<Customer>()),
    );
    const repaired = customers.flatMap((customer) =>
      customer.recoveries.filter(
        (recovery) =>
          recovery.resolution === 'recovered' &&
          recovery.balanceAfterComplaint < recovery.balanceBefore &&
          recovery.balanceAfterRepair! > recovery.balanceAfterComplaint,
      ),
    );
    expect(repaired.length).toBeGreaterThan(0);

    // A parcel is judged when it arrives (or once unpacked), a refund where returns and support are handled: never
    // at the checkout or while browsing (the demo's byTouchpoint and touchpoint filters must tell a true story).
    const { results: comments } = await env.DB.prepare(
      'SELECT touchpoint, comment FROM responses WHERE shop_id = ? AND comment IS NOT NULL',
    )
      .bind(shopId)
      .all<{ touchpoint: string; comment: string }>();
    const PARCEL = /deliver|parcel|packag|shipping|courier|box|paczk|dostaw|kurier|wysyłk|zapakow|balík|doprav|doruč|balen/i;
    const REFUND = /refund|zwrot|vrácení/i;
    const misplaced = comments.filter(
      ({ touchpoint, comment }) =>
        (PARCEL.test(comment) && !['delivery', 'post_purchase'].includes(touchpoint)) ||
        (REFUND.test(comment) && !['return', 'support'].includes(touchpoint)),
    );
    expect(comments.length).toBeGreaterThan(100);
    expect(misplaced).toEqual([]);
  }, 60_000);

  it('should keep its link spam in Moderation, not in the complaint queue', async () => {
    const { shopId, ownerKey } = await createShop({ name: 'Zielony Kosz' });
    await seedDemoData(env.DB, shopId, Date.now());
    const { results: held } = await env.DB.prepare(
      `SELECT v.id, v.hold_reasons, v.body, (SELECT COUNT(*) FROM attention_items a WHERE a.id = v.id) AS items
       FROM reviews v WHERE v.shop_id = ? AND v.status = 'held'`,
    )
      .bind(shopId)
      .all<{ id: string; hold_reasons: string; body: string; items: number }>();
    const spam = held.find((review) => review.body.includes('www.cheap-brushes.example'));
    expect(spam).toMatchObject({ hold_reasons: '["links"]', items: 0 });
    // Every review in the queue that is not published says so on its item.
    const page = await (await ownerCall(`/v1/shops/${shopId}/attention?limit=200`, ownerKey)).json<AttentionPage>();
    expect(page.items.some((item) => item.id === spam!.id)).toBe(false);
    expect(page.items.filter((item) => item.moderation?.holdReasons.includes('links'))).toEqual([]);
  }, 60_000);
});
