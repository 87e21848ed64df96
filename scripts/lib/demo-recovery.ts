// Closing the loop in the demo shop: the owner's replies to most complaints (some fast, some late, some not
// yet) and the customers' follow-ups ("Did we make it right?"), through the worker's own write paths. One reply and
// the follow-ups' words fit any complaint (a parcel, a price, a refund), since they go to whichever comes in turn.
// Runs once per local database: nothing happens when the demo shop has replies already.
import { ResponseInputSchema } from '../../shared/schemas.ts';
import { saveAnswer } from '../../worker/src/db/responses.ts';
import type { Shop } from '../../worker/src/db/shops.ts';
import { prepareAnswer } from '../../worker/src/domain/answer.ts';
import { replyLanguage } from '../../shared/reply-language.ts';
import { replyToComplaint } from '../../worker/src/services/attention-reply.ts';
import { followUpIntake } from '../../worker/src/services/follow-up-intake.ts';

const HOUR_MS = 3_600_000;
/** Hours from the complaint to the first reply, in turn: most within a day, some late, one very late. */
const REPLY_AFTER_HOURS = [2, 5, 20, 30, 9, 60, 3, 14];
const REPLIES = {
  en: 'Thank you for telling us, and I am sorry. We have looked into it and are putting it right, and I will check personally that it is sorted for you.',
  pl: 'Dziękujemy, że dał(a) nam Pan/Pani znać, i przepraszamy. Sprawdziliśmy to i naprawiamy, a ja osobiście dopilnuję, żeby sprawa została załatwiona.',
  cs: 'Děkujeme, že jste nám dali vědět, a omlouváme se. Prověřili jsme to a napravujeme to; osobně ověřím, že se vše vyřeší.',
} as const;
const FOLLOW_UPS = [
  {
    solved: 'yes',
    rating: 5,
    nps: 9,
    comment: { en: 'Sorted quickly, thank you!', pl: 'Szybko załatwione, dziękuję!', cs: 'Rychle vyřešeno, děkuji!' },
  },
  { solved: 'yes', rating: 4, nps: 8, comment: null },
  {
    solved: 'partly',
    rating: 4,
    nps: 7,
    comment: { en: 'Better, though it took a while.', pl: 'Lepiej, choć trwało to długo.', cs: 'Lepší, i když to trvalo.' },
  },
  {
    solved: 'no',
    rating: 2,
    nps: 4,
    comment: {
      en: 'Still not sorted, I am still waiting.',
      pl: 'Nadal nie załatwione, wciąż czekam.',
      cs: 'Pořád to není vyřešené, stále čekám.',
    },
  },
  { solved: 'yes', rating: 5, nps: 10, comment: null },
] as const;

export async function seedDemoRecovery(db: D1Database, shop: Shop, now: number): Promise<{ replies: number; followUps: number }> {
  if (await db.prepare('SELECT 1 AS found FROM attention_replies WHERE shop_id = ? LIMIT 1').bind(shop.id).first())
    return { replies: 0, followUps: 0 };
  const { results: items } = await db
    .prepare(
      `SELECT a.id, a.created_at AS createdAt, r.locale FROM attention_items a JOIN responses r ON r.id = a.id
       WHERE a.shop_id = ? ORDER BY a.created_at DESC LIMIT 60`,
    )
    .bind(shop.id)
    .all<{ id: string; createdAt: string; locale: string | null }>();
  let replies = 0;
  let followUps = 0;
  for (const [index, item] of items.entries()) {
    if (index % 5 === 4) continue; // not answered yet: the queue shows it due, or overdue in red
    const replyAt = Date.parse(item.createdAt) + REPLY_AFTER_HOURS[index % REPLY_AFTER_HOURS.length]! * HOUR_MS;
    if (replyAt > now) continue;
    const lang = replyLanguage(item.locale, shop.defaultLocale);
    const replied = await replyToComplaint(db, shop, item.id, REPLIES[lang], new Date(replyAt));
    if (!replied) continue;
    replies++;
    const followUpAt = replyAt + 26 * HOUR_MS;
    if (index % 3 === 2 || followUpAt > now) continue; // some customers never answer the follow-up
    const token = await db
      .prepare('SELECT follow_up_token AS token FROM attention_replies WHERE shop_id = ? AND attention_id = ?')
      .bind(shop.id, item.id)
      .first<{ token: string }>();
    const choice = FOLLOW_UPS[index % FOLLOW_UPS.length]!;
    const input = ResponseInputSchema.parse({
      clientId: crypto.randomUUID(),
      kind: 'follow_up',
      followUpOf: item.id,
      followUpToken: token!.token,
      solved: choice.solved,
      rating: choice.rating,
      nps: choice.nps,
      ...(choice.comment ? { comment: choice.comment[lang] } : {}),
    });
    const { answer } = prepareAnswer(input, shop, crypto.randomUUID(), new Date(followUpAt));
    const intake = await followUpIntake(db, shop, answer, input);
    await saveAnswer(db, answer, { attention: [], deliveries: [], extra: intake?.statements ?? [] });
    followUps++;
  }
  return { replies, followUps };
}
