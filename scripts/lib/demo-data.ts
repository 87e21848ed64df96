// The demo shop's data, through the worker's own write paths (scoring, rollups, attention queue, customers,
// reviews, replies and follow-ups): plain D1, no Node API, so `npm start` (demo-shop.ts, on the local D1 before
// wrangler dev starts) and a workerd spec (tests/worker/demo-shop.test.ts) seed exactly the same shop.
import { ResponseInputSchema } from '../../shared/schemas.ts';
import { voteHelpful } from '../../worker/src/db/reviews.ts';
import { saveAnswer } from '../../worker/src/db/responses.ts';
import { findShop } from '../../worker/src/db/shops.ts';
import { prepareAnswer } from '../../worker/src/domain/answer.ts';
import { attentionOnIntake } from '../../worker/src/domain/moderation.ts';
import { reviewIntake } from '../../worker/src/services/review-intake.ts';
import { DEMO_ANSWERS, DEMO_REVIEWS } from './demo-answers.ts';
import { seedDemoRecovery } from './demo-recovery.ts';

const DAY_MS = 86_400_000;

/**
 * Stores the demo answers (dated over the 90 days before `now`), the product reviews with their helpful votes, and
 * the owner's replies and the customers' follow-ups. Idempotent: fixed clientIds, and replies only once per shop.
 * Returns how many answers were new.
 */
export async function seedDemoData(db: D1Database, shopId: string, now: number): Promise<{ created: number }> {
  const shop = (await findShop(db, shopId))!;
  let created = 0;
  for (const [index, { daysAgo, ...answer }] of DEMO_ANSWERS.entries()) {
    const at = new Date(now - daysAgo * DAY_MS - (index % 600) * 60_000);
    const { answer: stored, attention } = prepareAnswer(ResponseInputSchema.parse(answer), shop, crypto.randomUUID(), at);
    if ((await saveAnswer(db, stored, { attention, deliveries: [] })).created) created++;
  }
  for (const [index, { daysAgo, helpfulVotes, ...input }] of DEMO_REVIEWS.entries()) {
    const at = new Date(now - daysAgo * DAY_MS - index * 3_600_000);
    const { answer, attention } = prepareAnswer(ResponseInputSchema.parse(input), shop, crypto.randomUUID(), at);
    const review = await reviewIntake(db, shop, answer, input, `demo-source-${index}`, at);
    // As the worker does: a review held as spam (the link "review" of the seed) waits in Moderation, not in the queue.
    const saved = await saveAnswer(db, answer, { attention: attentionOnIntake(attention, review), deliveries: [], review });
    if (!saved.created) continue;
    created++;
    for (let vote = 0; vote < helpfulVotes; vote++)
      await voteHelpful(db, shopId, saved.id, `demo-voter-${vote}`, `demo-source-${vote}`, at.toISOString());
  }
  await seedDemoRecovery(db, (await findShop(db, shopId))!, now);
  return { created };
}
