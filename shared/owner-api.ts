// Schemas of the owner's endpoints beyond the summary: attention queue, customers, settings, export.
import { z } from 'zod';
import { outboundUrlProblem } from './webhook-url.ts';
import {
  AnswerFiltersSchema,
  DaySchema,
  pathParam,
  refParam,
  ResponseKindSchema,
  SegmentSchema,
  SentimentLabelSchema,
  SolvedSchema,
  ThemeSchema,
  TouchpointSchema,
} from './schemas.ts';
import { HOLD_REASONS, REVIEW_STATUSES, ReviewSettingsInputSchema } from './reviews.ts';
import { DigestSettingsSchema, SamplingSchema } from './audit.ts';
import { AttentionReplySchema, EmailSchema, FollowUpSummarySchema, ReplyDeliverySchema, ResolutionSchema } from './close-loop.ts';
import {
  EmailSettingsInputSchema,
  EmailSettingsSchema,
  InvitationSettingsInputSchema,
  InvitationSettingsSchema,
} from './invitations.ts';

export const CursorSchema = z.string().max(200).meta({ description: 'Opaque; pass `nextCursor` of the previous page.' });
const LimitSchema = z.coerce.number().int().min(1).max(200).default(50);

// ---- answers as stored -------------------------------------------------------------------------

export const ExportedAnswerSchema = z
  .object({
    id: z.string(),
    createdAt: z.iso.datetime(),
    day: DaySchema,
    kind: ResponseKindSchema,
    touchpoint: TouchpointSchema,
    rating: z.int().nullable(),
    nps: z.int().nullable(),
    comment: z.string().nullable(),
    locale: z.string().nullable(),
    orderId: z.string().nullable(),
    productId: z.string().nullable(),
    customerRef: z.string().nullable(),
    segment: SegmentSchema.nullable(),
    sentiment: z.object({ label: SentimentLabelSchema, score: z.number(), lang: z.string() }).nullable(),
    themes: z.array(z.object({ theme: ThemeSchema, label: SentimentLabelSchema })),
    polarity: z.int(),
    channel: z
      .enum(['onsite', 'link'])
      .meta({ description: "`onsite`: the widget on the shop's pages; `link`: the hosted page of an invitation." }),
    followUpOf: z.string().nullable().meta({ description: 'Follow-ups: the complaint they follow up.' }),
    solved: SolvedSchema.nullable().meta({ description: 'Follow-ups: "Did we make it right?"' }),
    mixed: z
      .boolean()
      .meta({ description: 'The comment confidently says the opposite of the score; the score still sets `polarity`.' }),
    review: z
      .object({
        title: z.string().nullable(),
        authorName: z.string().nullable(),
        verified: z.boolean(),
        status: z.enum(['published', 'held', 'rejected']).meta({ description: 'Moderation status.' }),
      })
      .nullable()
      .meta({
        description:
          'Product reviews: what the review shows beside the rating and text, and its moderation status; null otherwise.',
      }),
  })
  .meta({ id: 'ExportedAnswer' });

// ---- attention queue -----------------------------------------------------------------------------

export const ATTENTION_REASONS = ['negative_comment', 'low_rating', 'detractor', 'negative_theme'] as const;
export const ATTENTION_STATUSES = ['open', 'replied', 'resolved'] as const;
/** What the owner may set by hand (replying sets `replied`). */
export const ATTENTION_UPDATE_STATUSES = ['open', 'resolved'] as const;

export const AttentionItemSchema = ExportedAnswerSchema.pick({
  touchpoint: true,
  rating: true,
  nps: true,
  comment: true,
  locale: true,
  orderId: true,
  customerRef: true,
  themes: true,
  mixed: true,
})
  .extend({
    id: z.string(),
    responseId: z.string(),
    status: z.enum(ATTENTION_STATUSES),
    reasons: z.array(z.enum(ATTENTION_REASONS)).meta({
      description:
        '`low_rating` 1–2 stars; `detractor` NPS 0–6; `negative_comment` a negative comment on an answer without a score; ' +
        '`negative_theme` a confidently negative comment on a scored answer, about the themes labelled negative in `themes`.',
    }),
    createdAt: z.iso.datetime(),
    resolvedAt: z.iso.datetime().nullable(),
    note: z.string().nullable(),
    resolution: ResolutionSchema.nullable().meta({ description: 'Set when resolved.' }),
    firstReplyAt: z.iso.datetime().nullable(),
    replies: z.array(AttentionReplySchema).meta({ description: "The owner's private replies, oldest first." }),
    followUp: FollowUpSummarySchema.nullable().meta({ description: 'The customer\'s latest answer to "Did we make it right?".' }),
    kind: ResponseKindSchema.meta({ description: 'An experience answer or a product review.' }),
    productId: z.string().nullable(),
    title: z.string().nullable().meta({ description: 'Product reviews: the headline (the text is `comment`).' }),
    moderation: z
      .object({ status: z.enum(REVIEW_STATUSES), holdReasons: z.array(z.enum(HOLD_REASONS)) })
      .nullable()
      .meta({
        description:
          "Product reviews: published, held for the owner's check (and why) or rejected; null for other answers. A review " +
          'held for a link, the same text again or a burst from one source opens its item only once the owner approves it; ' +
          'rejected as `spam` or `off_topic`, an item not yet replied to leaves the queue.',
      }),
  })
  .meta({ id: 'AttentionItem' });

export const AttentionQuerySchema = AnswerFiltersSchema.extend({
  status: z.enum(ATTENTION_STATUSES).optional(),
  cursor: CursorSchema.optional(),
  limit: LimitSchema,
});

export const AttentionPageSchema = z
  .object({
    items: z.array(AttentionItemSchema),
    nextCursor: z.string().nullable(),
    shopLocale: z
      .string()
      .nullable()
      .meta({
        description:
          "The shop's default locale. A reply is written in the item's `locale`, else in this one, else in English " +
          '(shared/reply-language.ts): the dashboard offers its reply templates in that language.',
      }),
  })
  .meta({ id: 'AttentionPage' });

export const AttentionUpdateSchema = z
  .object({
    status: z.enum(ATTENTION_UPDATE_STATUSES),
    resolution: z
      .literal('closed_without_answer')
      .optional()
      .meta({ description: 'With `resolved`: how it ended (the only one an owner sets; follow-ups set the others).' }),
    note: z.string().trim().max(2000).optional().meta({ description: 'What was done; replaces the previous note.' }),
  })
  .meta({ id: 'AttentionUpdate' });

export const AttentionParamsSchema = z.object({
  shopId: pathParam('shopId', 64),
  id: pathParam('id', 64),
});

// ---- customers (the emotional bank account per customer) -----------------------------------------

export const CustomerParamsSchema = z.object({
  shopId: pathParam('shopId', 64),
  customerRef: refParam('customerRef'),
});

export const CUSTOMER_LIST_MAX = 100;

export const CustomerListQuerySchema = z.object({
  order: z
    .enum(['balance'])
    .default('balance')
    .meta({ description: 'Lowest balance first (the customers owed the most care), then by reference.' }),
  cursor: CursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(CUSTOMER_LIST_MAX).default(20),
});

export const CustomerListItemSchema = z
  .object({
    customerRef: z.string(),
    balance: z.int().meta({ description: 'The emotional bank account: deposits minus withdrawals.' }),
    answers: z.int(),
    lastSeen: z.iso.datetime(),
    openComplaints: z.int().meta({ description: "The customer's attention items still open." }),
  })
  .meta({ id: 'CustomerListItem' });

export const CustomerListSchema = z
  .object({ customers: z.array(CustomerListItemSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'CustomerList' });

export type CustomerListItem = z.infer<typeof CustomerListItemSchema>;
export type CustomerList = z.infer<typeof CustomerListSchema>;

export const TimelineEntrySchema = z
  .object({
    id: z.string(),
    createdAt: z.iso.datetime(),
    kind: ResponseKindSchema,
    touchpoint: TouchpointSchema,
    rating: z.int().nullable(),
    nps: z.int().nullable(),
    comment: z.string().nullable(),
    sentiment: SentimentLabelSchema.nullable(),
    polarity: z.int().min(-1).max(1).meta({ description: '+1 a deposit, −1 a withdrawal, 0 neither.' }),
    balance: z.int().meta({ description: 'The running balance after this answer.' }),
    followUpOf: z.string().nullable().meta({ description: 'Follow-ups: the complaint they follow up.' }),
  })
  .meta({ id: 'TimelineEntry' });

export const CustomerRecoverySchema = z
  .object({
    attentionId: z.string().meta({ description: 'The complaint (answer id = attention item id).' }),
    complainedAt: z.iso.datetime(),
    balanceBefore: z.int().meta({ description: 'The balance just before the complaint.' }),
    balanceAfterComplaint: z.int(),
    repliedAt: z.iso.datetime().nullable(),
    balanceAfterRepair: z.int().nullable().meta({ description: 'The balance after the follow-up; null until there is one.' }),
    resolution: ResolutionSchema.nullable(),
  })
  .meta({ id: 'CustomerRecovery' });

export const CustomerSchema = z
  .object({
    customerRef: z.string(),
    balance: z.int(),
    answers: z.int(),
    firstSeen: z.iso.datetime(),
    lastSeen: z.iso.datetime(),
    byTouchpoint: z.record(TouchpointSchema, z.object({ answers: z.int(), balance: z.int() })),
    timeline: z.array(TimelineEntrySchema),
    replies: z
      .array(AttentionReplySchema.extend({ attentionId: z.string() }))
      .meta({ description: "The owner's private replies to this customer, oldest first." }),
    recoveries: z
      .array(CustomerRecoverySchema)
      .meta({ description: 'Per complaint: the balance before it, after it and after the repair.' }),
  })
  .meta({ id: 'Customer' });

// ---- settings (alerts) ---------------------------------------------------------------------------

const WebhookUrlSchema = z
  .string()
  .max(2048)
  .superRefine((url, context) => {
    // Loopback http passes here; the worker refuses it unless it runs as a local development or test worker.
    const problem = outboundUrlProblem(url, { allowLoopbackHttp: true });
    if (problem) context.addIssue({ code: 'custom', message: `webhook URL ${problem}` });
  })
  .meta({
    format: 'uri',
    description:
      'Receives a POST for every new attention item (Slack-compatible `text` plus the item). An https URL of a public host: ' +
      'private, loopback, link-local and metadata addresses, user:password@ and other schemes are refused (http://localhost only ' +
      'on a local development worker). Redirects are not followed: a 3xx answer counts as a failed attempt.',
  });

const RetentionDaysSchema = z
  .int()
  .min(1)
  .max(3650)
  .nullable()
  .meta({ description: 'Answers older than this many days are deleted every day; null keeps them.' });

export const SettingsInputSchema = z
  .object({ webhooks: z.array(WebhookUrlSchema).max(5).optional(), retentionDays: RetentionDaysSchema.optional() })
  .extend(ReviewSettingsInputSchema.shape)
  .extend({
    digest: DigestSettingsSchema.nullable().optional().meta({ description: 'The periodic audit digest; null turns it off.' }),
    sampling: SamplingSchema.optional(),
  })
  .extend({ invitations: InvitationSettingsInputSchema.optional(), email: EmailSettingsInputSchema.optional() })
  .meta({ id: 'SettingsInput' });

export const SettingsSchema = z
  .object({
    webhooks: z.array(z.string()),
    retentionDays: RetentionDaysSchema,
    requireVerifiedReviews: z.boolean().meta({ description: 'Hold reviews without a valid order token.' }),
    reviewDisclosure: z
      .object({ en: z.string().optional(), pl: z.string().optional(), cs: z.string().optional() })
      .nullable()
      .meta({ description: 'Your own "how reviews are verified" text per language; null uses the default text.' }),
    orderTokenSecret: z
      .string()
      .meta({ description: 'Your server signs verified-purchase tokens with it (HMAC-SHA256). Keep it secret.' }),
    webhookSecret: z
      .string()
      .meta({ description: 'Signs each delivery: header `Opinia-Signature: sha256=<hex HMAC-SHA256 of the raw body>`.' }),
    digest: DigestSettingsSchema.nullable(),
    sampling: SamplingSchema,
    invitations: InvitationSettingsSchema,
    email: EmailSettingsSchema,
  })
  .meta({ id: 'Settings' });

export const WebhookPayloadSchema = z
  .object({
    type: z.literal('attention.opened'),
    text: z.string().meta({ description: 'One line for chat tools such as Slack.' }),
    shopId: z.string(),
    item: AttentionItemSchema,
  })
  .meta({ id: 'WebhookPayload' });

export const AttentionRepliedPayloadSchema = z
  .object({
    type: z.literal('attention.replied'),
    text: z.string().meta({ description: 'One line for chat tools such as Slack.' }),
    shopId: z.string(),
    item: AttentionItemSchema,
    reply: AttentionReplySchema,
    customerRef: z.string().nullable(),
    orderId: z.string().nullable(),
    email: EmailSchema.meta({ description: "A ready e-mail in the customer's language for the shop's mail system to send." }),
    emailSent: z.boolean().meta({
      description:
        "True when Opinia already sent `email` through the shop's mail provider (the order's address was still known): do not send it again.",
    }),
    delivery: ReplyDeliverySchema.meta({
      description:
        "How the reply went out, as the reply's own answer (`ReplyResult.delivery`) says: `email` when Opinia sent `email` " +
        "(then `emailSent` is true), `widget` when it waits for the customer on the shop's pages: send `email` yourself " +
        'if you have their address.',
    }),
    emailFailed: z.boolean().meta({
      description:
        "True when the shop's mail provider and the order's address were at hand but the provider refused the e-mail or " +
        'could not be reached (`delivery` is then `widget`): your mail system may retry with `email`.',
    }),
    followUp: z
      .object({
        token: z.string().meta({ description: 'Goes with the follow-up answer as `followUpToken`.' }),
        link: z.string().nullable().meta({ description: 'The hosted "Did we make it right?" page, when there is one.' }),
      })
      .meta({ description: 'How the customer answers "Did we make it right?".' }),
  })
  .meta({ id: 'AttentionRepliedPayload' });

/** The answer to the owner's reply (`POST …/attention/{id}/reply`): the reply, the item, and how the reply went out. */
export const ReplyResultSchema = z
  .object({
    reply: AttentionReplySchema,
    item: AttentionItemSchema,
    delivery: ReplyDeliverySchema,
    emailFailed: z.boolean().meta({
      description:
        "True when the shop's mail provider and the order's address were at hand but the provider refused the e-mail or " +
        'could not be reached: `delivery` is then `widget`. The address is used for that one attempt and not kept.',
    }),
    webhookDeliveries: z
      .int()
      .min(0)
      .meta({
        description:
          "How many of the shop's webhook URLs get `attention.replied` with the ready e-mail (with `emailSent` saying " +
          'whether Opinia sent it already); 0 when the shop has none.',
      }),
  })
  .meta({ id: 'ReplyResult' });

export const AttentionFollowedUpPayloadSchema = z
  .object({
    type: z.literal('attention.followed_up'),
    text: z.string().meta({ description: 'One line for chat tools such as Slack.' }),
    shopId: z.string(),
    item: AttentionItemSchema,
    followUp: FollowUpSummarySchema,
  })
  .meta({ id: 'AttentionFollowedUpPayload' });

// ---- privacy and keys ----------------------------------------------------------------------------

export const OrderParamsSchema = z.object({
  shopId: pathParam('shopId', 64),
  orderId: refParam('orderId'),
});

export const DeletedSchema = z
  .object({ deleted: z.int().meta({ description: 'How many answers were deleted (rollups corrected).' }) })
  .meta({ id: 'Deleted' });

export const RotatedKeySchema = z
  .object({ ownerKey: z.string().meta({ description: 'The new key, shown once; the old one stops working at once.' }) })
  .meta({ id: 'RotatedKey' });

// ---- export --------------------------------------------------------------------------------------

export const ExportQuerySchema = AnswerFiltersSchema.extend({ cursor: CursorSchema.optional(), limit: LimitSchema });

export const ExportPageSchema = z
  .object({ responses: z.array(ExportedAnswerSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'ExportPage' });

export type AttentionReason = (typeof ATTENTION_REASONS)[number];
export type AttentionStatus = (typeof ATTENTION_STATUSES)[number];
export type AttentionItem = z.infer<typeof AttentionItemSchema>;
export type AttentionPage = z.infer<typeof AttentionPageSchema>;
export type AttentionUpdate = z.infer<typeof AttentionUpdateSchema>;
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
export type Customer = z.infer<typeof CustomerSchema>;
export type CustomerRecovery = z.infer<typeof CustomerRecoverySchema>;
export type SettingsInput = z.infer<typeof SettingsInputSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type WebhookPayload = z.infer<typeof WebhookPayloadSchema>;
export type AttentionRepliedPayload = z.infer<typeof AttentionRepliedPayloadSchema>;
export type AttentionFollowedUpPayload = z.infer<typeof AttentionFollowedUpPayloadSchema>;
export type ReplyResult = z.infer<typeof ReplyResultSchema>;
export type ExportedAnswer = z.infer<typeof ExportedAnswerSchema>;
export type ExportPage = z.infer<typeof ExportPageSchema>;

export const CustomerExportSchema = z
  .object({
    customerRef: z.string(),
    exportedAt: z.iso.datetime(),
    answers: z.array(ExportedAnswerSchema),
    replies: z
      .array(AttentionReplySchema.extend({ attentionId: z.string() }))
      .meta({ description: "The shop's private replies to this customer's complaints." }),
  })
  .meta({ id: 'CustomerExport' });

export type CustomerExport = z.infer<typeof CustomerExportSchema>;
export type Deleted = z.infer<typeof DeletedSchema>;
export type RotatedKey = z.infer<typeof RotatedKeySchema>;
