// Closing the loop: the owner's private reply to a complaint and the customer's follow-up.
// (The attention item and webhook payloads that carry these live in owner-api.ts.)
import { z } from 'zod';
import { REPLY_LANGUAGES } from './reply-language.ts';
import { SolvedSchema, textSchema } from './schemas.ts';

export { REPLY_LANGUAGES };

export const RESOLUTIONS = ['recovered', 'not_recovered', 'closed_without_answer'] as const;
export const ResolutionSchema = z.enum(RESOLUTIONS).meta({
  id: 'Resolution',
  description: "How a resolved item ended: from the customer's follow-up, or closed by the owner without one.",
});

/** Replies are written to people: a few sentences, not an essay. */
export const MAX_REPLY_CHARS = 2000;

export const ReplyInputSchema = z
  .object({ text: textSchema(1, MAX_REPLY_CHARS).meta({ description: 'The reply, plain text; never published.' }) })
  .meta({ id: 'ReplyInput' });

export const AttentionReplySchema = z
  .object({
    id: z.string(),
    createdAt: z.iso.datetime(),
    text: z.string(),
    lang: z
      .enum(REPLY_LANGUAGES)
      .meta({ description: "The language the customer is written to in (of the complaint, else the shop's)." }),
  })
  .meta({ id: 'AttentionReply' });

/** How a reply reaches the customer: what the reply endpoint did, not what it might do. */
export const REPLY_DELIVERIES = ['email', 'widget'] as const;
export const ReplyDeliverySchema = z.enum(REPLY_DELIVERIES).meta({
  id: 'ReplyDelivery',
  description:
    "`email`: Opinia sent the reply's e-mail through the shop's mail provider to the order's address. `widget`: no e-mail " +
    'went out from Opinia (no mail provider, no address at hand, or the provider refused it); the reply waits for the ' +
    "customer on the shop's pages (the on-site reply card, `GET /v1/shops/{shopId}/replies`).",
});

export const FollowUpSummarySchema = z
  .object({
    id: z.string().meta({ description: "The follow-up answer's id (kind `follow_up`)." }),
    createdAt: z.iso.datetime(),
    solved: SolvedSchema,
    rating: z.int().nullable(),
    nps: z.int().nullable(),
    comment: z.string().nullable(),
  })
  .meta({ id: 'FollowUpSummary' });

export const EmailSchema = z
  .object({
    locale: z.enum(REPLY_LANGUAGES),
    subject: z.string(),
    text: z.string(),
    html: z.string().meta({ description: 'Every piece of shop or shopper text in it is HTML-escaped.' }),
  })
  .meta({ id: 'Email' });

// ---- on-site: the reply card ----------------------------------------------------------------------

export const PendingRepliesQuerySchema = z
  .object({
    clientId: z.uuid().optional().meta({ description: 'A clientId this browser sent an earlier answer with.' }),
    customer: textSchema(1, 128).optional().meta({ description: "The page's `data-customer`." }),
  })
  .refine((query) => query.clientId !== undefined || query.customer !== undefined, {
    message: 'clientId or customer is required',
    path: ['clientId'],
  });

export const PendingReplySchema = z
  .object({
    id: z.string(),
    attentionId: z.string().meta({ description: "The complaint's answer id: send it as `followUpOf`." }),
    createdAt: z.iso.datetime(),
    text: z.string(),
    lang: z.enum(REPLY_LANGUAGES),
    shopName: z.string(),
    followUpToken: z.string().meta({ description: 'Send it as `followUpToken` with the follow-up answer.' }),
  })
  .meta({ id: 'PendingReply' });

export const PendingRepliesSchema = z
  .object({
    replies: z.array(PendingReplySchema).meta({ description: 'Newest reply per complaint not yet followed up, at most 3.' }),
  })
  .meta({ id: 'PendingReplies' });

export type Resolution = z.infer<typeof ResolutionSchema>;
export type { ReplyLanguage } from './reply-language.ts';
export type AttentionReply = z.infer<typeof AttentionReplySchema>;
export type ReplyDelivery = z.infer<typeof ReplyDeliverySchema>;
export type FollowUpSummary = z.infer<typeof FollowUpSummarySchema>;
export type Email = z.infer<typeof EmailSchema>;
export type PendingReply = z.infer<typeof PendingReplySchema>;
export type PendingReplies = z.infer<typeof PendingRepliesSchema>;
