// The hosted "Did we make it right?" page (`/f/<follow-up token>`): the link in the reply's e-mail and webhook.
// The token (fut_…, 128 random bits, made with the reply) is the whole credential: it names the reply, hence the
// shop and the complaint. Sending the form records a `follow_up` answer exactly as the on-site card does.
import type { InvitationLocale } from '../../../shared/invitations.ts';
import type { ReplyLanguage } from '../../../shared/close-loop.ts';
import { ResponseInputSchema, SOLVED_ANSWERS, type Solved } from '../../../shared/schemas.ts';
import { findAttention } from '../db/attention.ts';
import { saveAnswer } from '../db/responses.ts';
import { findShop, type Shop } from '../db/shops.ts';
import { prepareAnswer, type StoredAnswer } from '../domain/answer.ts';
import { followUpIntake } from './follow-up-intake.ts';

export const isFollowUpToken = (token: string): boolean => /^fut_[A-Za-z0-9_-]{16,64}$/.test(token);

export interface FollowUpPage {
  shop: Shop;
  attentionId: string;
  reply: { text: string; lang: ReplyLanguage };
  /** The complaint was followed up already (here or on the shop's pages). */
  answered: boolean;
  token: string;
}

/** The newest reply that carried this token, its shop and whether the complaint has a follow-up; null if unknown. */
export async function lookupFollowUp(db: D1Database, token: string): Promise<FollowUpPage | null> {
  if (!isFollowUpToken(token)) return null;
  const row = await db
    .prepare(
      `SELECT p.shop_id, p.attention_id, p.text, p.lang,
         EXISTS (SELECT 1 FROM responses f WHERE f.shop_id = p.shop_id AND f.follow_up_of = p.attention_id) AS answered
       FROM attention_replies p WHERE p.follow_up_token = ? ORDER BY p.created_at DESC LIMIT 1`,
    )
    .bind(token)
    .first<{ shop_id: string; attention_id: string; text: string; lang: ReplyLanguage; answered: number }>();
  if (!row) return null;
  const shop = await findShop(db, row.shop_id);
  if (!shop || !(await findAttention(db, shop.id, row.attention_id))) return null; // erased meanwhile
  return { shop, attentionId: row.attention_id, reply: { text: row.text, lang: row.lang }, answered: row.answered === 1, token };
}

type FormValues = Record<string, string | File>;
const value = (form: FormValues, name: string): string | undefined => {
  const field = form[name];
  return typeof field === 'string' && field.trim() !== '' ? field.trim() : undefined;
};

/** What the form sent, if it is a whole follow-up: solved yes/partly/no and a 1–5 rating; the comment is optional. */
export function followUpFromForm(form: FormValues): { solved: Solved; rating: number; comment?: string | undefined } | null {
  const solved = value(form, 'solved');
  const rating = Number(value(form, 'rating'));
  if (!(SOLVED_ANSWERS as readonly string[]).includes(solved ?? '') || !Number.isInteger(rating) || rating < 1 || rating > 5)
    return null;
  return { solved: solved as Solved, rating, comment: value(form, 'comment') };
}

/**
 * Records the page's follow-up (channel `link`) through the same intake as the widget's: 409 when the complaint was
 * followed up already, 400 when the form is not whole.
 */
export async function recordFollowUp(
  db: D1Database,
  page: FollowUpPage,
  form: FormValues,
  now: Date,
): Promise<{ ok: true; id: string } | { ok: false; status: 400 | 409 }> {
  if (page.answered) return { ok: false, status: 409 };
  const sent = followUpFromForm(form);
  if (!sent) return { ok: false, status: 400 };
  const parsed = ResponseInputSchema.safeParse({
    clientId: crypto.randomUUID(),
    kind: 'follow_up',
    followUpOf: page.attentionId,
    followUpToken: page.token,
    solved: sent.solved,
    rating: sent.rating,
    comment: sent.comment,
    locale: page.reply.lang,
  });
  if (!parsed.success) return { ok: false, status: 400 };
  const { answer, attention } = prepareAnswer(parsed.data, page.shop, crypto.randomUUID(), now);
  const stored: StoredAnswer = { ...answer, channel: 'link' };
  const followUp = await followUpIntake(db, page.shop, stored, parsed.data);
  const saved = await saveAnswer(db, stored, { attention, deliveries: [], extra: followUp?.statements });
  return { ok: true, id: saved.id };
}

export const followUpLocale = (page: FollowUpPage): InvitationLocale => page.reply.lang;
