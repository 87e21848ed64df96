// Schemas of public product reviews: the public list, votes, invitations, and the owner's moderation.
import { z } from 'zod';
import { pathParam, refParam, textSchema } from './schemas.ts';

export const REVIEW_SORTS = ['newest', 'highest', 'lowest', 'helpful'] as const;
export const REVIEW_STATUSES = ['published', 'held', 'rejected'] as const;
export const HOLD_REASONS = ['links', 'profanity', 'duplicate', 'burst', 'unverified'] as const;
/** The only reasons an owner may reject a review for: never its rating. */
export const REJECT_REASONS = ['spam', 'offensive', 'off_topic', 'personal_data'] as const;

export const ProductParamsSchema = z.object({ shopId: pathParam('shopId', 64), productId: refParam('productId') });
export const ReviewParamsSchema = z.object({ shopId: pathParam('shopId', 64), id: pathParam('id', 64) });

export const ReviewsQuerySchema = z.object({
  sort: z.enum(REVIEW_SORTS).default('newest'),
  rating: z.coerce.number().int().min(1).max(5).optional().meta({ description: 'Only reviews with this many stars.' }),
  lang: z
    .string()
    .regex(/^[A-Za-z]{2,3}$/)
    .transform((language) => language.toLowerCase())
    .optional()
    .meta({
      description: 'Reviews in this language first, then the others (sort newest and helpful; the rating sorts are global).',
    }),
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

const DistributionSchema = z.object({ '1': z.int(), '2': z.int(), '3': z.int(), '4': z.int(), '5': z.int() });

export const ReviewAggregateSchema = z
  .object({ average: z.number().nullable(), count: z.int(), distribution: DistributionSchema })
  .meta({ id: 'ReviewAggregate' });

export const PublicReviewSchema = z
  .object({
    id: z.string(),
    rating: z.int().min(1).max(5),
    title: z.string().nullable(),
    body: z.string().nullable(),
    authorName: z.string().nullable().meta({ description: 'As the reviewer gave it; null shows a neutral label.' }),
    verified: z.boolean().meta({ description: 'Bought the product: checked with a token signed by the shop.' }),
    lang: z.string(),
    createdAt: z.iso.datetime(),
    helpful: z.int(),
    reply: z.object({ text: z.string(), at: z.iso.datetime() }).nullable(),
  })
  .meta({ id: 'PublicReview' });

export const DisclosureSchema = z
  .object({ text: z.string(), lang: z.string() })
  .meta({ id: 'ReviewDisclosure', description: 'Whether and how the shop checks that reviews come from buyers (EU Omnibus).' });

export const ReviewsPageSchema = z
  .object({
    productId: z.string(),
    productName: z.string().nullable(),
    aggregate: ReviewAggregateSchema,
    reviews: z.array(PublicReviewSchema),
    nextCursor: z.string().nullable(),
    disclosure: DisclosureSchema,
  })
  .meta({ id: 'ReviewsPage' });

export const VoteSchema = z
  .object({ voterId: z.uuid().meta({ description: 'A random id the browser keeps: one vote per browser.' }) })
  .meta({ id: 'Vote' });
export const VotedSchema = z.object({ helpful: z.int(), counted: z.boolean() }).meta({ id: 'Voted' });

export const InvitationSchema = z
  .object({
    responseId: z.string().min(1).max(64).meta({ description: 'The experience answer after which the invitation was shown.' }),
  })
  .meta({ id: 'Invitation' });

export const InvitationAuditSchema = z
  .object({
    byRating: z.array(z.object({ rating: z.int().nullable(), answers: z.int(), invited: z.int(), share: z.number().nullable() })),
    byNps: z.array(
      z.object({
        group: z.enum(['promoter', 'passive', 'detractor', 'none']),
        answers: z.int(),
        invited: z.int(),
        share: z.number().nullable(),
      }),
    ),
  })
  .meta({
    id: 'InvitationAudit',
    description: 'Share of experience answers offered the review invitation, by score: equal shares mean no gating.',
  });

// ---- owner: moderation ---------------------------------------------------------------------------

export const OwnerReviewSchema = PublicReviewSchema.extend({
  productId: z.string(),
  status: z.enum(REVIEW_STATUSES),
  holdReasons: z.array(z.enum(HOLD_REASONS)),
}).meta({ id: 'OwnerReview' });

export const ModerationQuerySchema = z.object({
  status: z.enum(REVIEW_STATUSES).default('held'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const ModerationPageSchema = z
  .object({ reviews: z.array(OwnerReviewSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'ModerationPage' });

export const DecisionSchema = z
  .discriminatedUnion('decision', [
    z.object({ decision: z.literal('approve') }),
    z.object({ decision: z.literal('reject'), reason: z.enum(REJECT_REASONS) }),
  ])
  .meta({ id: 'Decision', description: 'Approve, or reject for one of the fixed reasons (never because of the rating).' });

export const ReplySchema = z.object({ text: textSchema(1, 2000) }).meta({ id: 'Reply' });

export const ModerationLogSchema = z
  .object({
    entries: z.array(
      z.object({
        reviewId: z.string(),
        action: z.string(),
        reason: z.string().nullable(),
        actor: z.string(),
        rating: z.int(),
        at: z.iso.datetime(),
        excerpt: z.string().nullable().meta({
          description:
            "The start of the review's title, else of its text (up to 80 characters, '…' when it goes on), so the owner recognises the review; null when it has neither. The shopper's words: render as text.",
        }),
      }),
    ),
  })
  .meta({ id: 'ModerationLog' });

export const ProductReviewStatsSchema = z
  .object({
    products: z.array(
      z.object({
        productId: z.string(),
        productName: z.string().nullable(),
        published: z.int(),
        average: z.number().nullable(),
        richResults: z.object({ likely: z.boolean(), warning: z.string().nullable() }),
      }),
    ),
  })
  .meta({ id: 'ProductReviewStats' });

// ---- owner: product names -------------------------------------------------------------------------

/** The owner names a product (JSON-LD `name`, the public list's `productName`); shoppers never rename one. */
export const ProductNameInputSchema = z
  .object({ name: textSchema(1, 200).meta({ example: 'Stoneware mug, 350 ml' }) })
  .meta({ id: 'ProductNameInput' });

export const ProductNameSchema = z.object({ productId: z.string(), productName: z.string() }).meta({ id: 'ProductName' });

export const ReviewSettingsInputSchema = z.object({
  requireVerifiedReviews: z.boolean().optional(),
  reviewDisclosure: z
    .object({ en: textSchema(1, 1000).optional(), pl: textSchema(1, 1000).optional(), cs: textSchema(1, 1000).optional() })
    .nullable()
    .optional(),
});

export type ReviewSort = (typeof REVIEW_SORTS)[number];
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type HoldReason = (typeof HOLD_REASONS)[number];
export type RejectReason = (typeof REJECT_REASONS)[number];
export type ReviewsQuery = z.output<typeof ReviewsQuerySchema>;
export type ReviewAggregate = z.infer<typeof ReviewAggregateSchema>;
export type PublicReview = z.infer<typeof PublicReviewSchema>;
export type ReviewsPage = z.infer<typeof ReviewsPageSchema>;
export type OwnerReview = z.infer<typeof OwnerReviewSchema>;
export type ModerationPage = z.infer<typeof ModerationPageSchema>;
export type ModerationLogEntry = z.infer<typeof ModerationLogSchema>['entries'][number];
export type Decision = z.infer<typeof DecisionSchema>;
export type Voted = z.infer<typeof VotedSchema>;
export type InvitationAudit = z.infer<typeof InvitationAuditSchema>;
export type ProductReviewStats = z.infer<typeof ProductReviewStatsSchema>;
export type ProductNameInput = z.infer<typeof ProductNameInputSchema>;
export type ProductName = z.infer<typeof ProductNameSchema>;
