// The database of one shop checked against itself: every rollup equals a full recount from `responses`,
// and nothing points at an answer that is gone. Reusable by any suite: `await expectConsistent(shopId)`.
import { env } from 'cloudflare:test';
import { expect } from 'vitest';
import { consistencyReport, NO_ORPHANS } from '../../../bench/lib/load-recount.ts';

export { consistencyReport };

export async function expectConsistent(shopId: string): Promise<void> {
  const report = await consistencyReport(env.DB, shopId);
  expect(report.dailyStats.stored, 'daily_stats equals a recount of responses').toEqual(report.dailyStats.recount);
  expect(report.themeStats.stored, 'daily_theme_stats equals a recount of responses').toEqual(report.themeStats.recount);
  expect(report.reviewStats.stored, 'daily_review_stats equals a recount of the reviews').toEqual(report.reviewStats.recount);
  expect(report.reviewThemeStats.stored, 'daily_review_theme_stats equals a recount of the reviews').toEqual(
    report.reviewThemeStats.recount,
  );
  expect(report.customers.stored, 'customers (balance, answers) equal a recount of responses').toEqual(report.customers.recount);
  expect(report.customerBalances.stored, 'customer_balances equals a recount of responses').toEqual(
    report.customerBalances.recount,
  );
  expect(report.productReviews.stored, 'product_reviews equals a recount of published reviews').toEqual(
    report.productReviews.recount,
  );
  expect(report.relationship.stored, 'daily_relationship equals a recount of responses').toEqual(report.relationship.recount);
  expect(report.relationshipTotals.stored, 'daily_relationship_totals (migrations/0021) equals a recount of responses').toEqual(
    report.relationshipTotals.recount,
  );
  expect(report.slices.stored, 'daily_slice_stats (migrations/0021) equals a recount of responses').toEqual(
    report.slices.recount,
  );
  expect(report.productKinds.stored, 'daily_product_kinds (migrations/0023) equals a recount of responses').toEqual(
    report.productKinds.recount,
  );
  expect(
    report.productExperience.stored,
    'daily_product_experience (migrations/0023) equals a recount of the experience answers',
  ).toEqual(report.productExperience.recount);
  expect(report.themeSlices.stored, 'daily_theme_slices (migrations/0021) equals a recount of responses').toEqual(
    report.themeSlices.recount,
  );
  expect(report.complaintSlices.stored, 'complaint_slices (migrations/0022) equals a recount of the attention items').toEqual(
    report.complaintSlices.recount,
  );
  expect(report.complaintHours.stored, 'complaint_hours (migrations/0022) equals a recount of the attention items').toEqual(
    report.complaintHours.recount,
  );
  expect(report.orphaned, 'nothing refers to an erased answer').toEqual(NO_ORPHANS);
}
