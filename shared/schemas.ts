// The one source of truth for every payload of the public API (v1).
// The worker validates with these schemas, the OpenAPI document is generated from them,
// and the widget imports only their inferred *types* (zod never reaches a shop page).
import { z } from 'zod';

export const TOUCHPOINTS = ['browse', 'checkout', 'post_purchase', 'delivery', 'support', 'return'] as const;
export const RESPONSE_KINDS = ['experience', 'review', 'follow_up'] as const;
/** A follow-up's answer to "Did we make it right?". */
export const SOLVED_ANSWERS = ['yes', 'partly', 'no'] as const;
export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const;

import { MAX_COMMENT_CHARS, MAX_REF_CHARS } from './limits.ts';
import { RecoverySchema } from './recovery.ts';
export { MAX_BODY_BYTES, MAX_COMMENT_CHARS, MAX_REF_CHARS } from './limits.ts';

export const TouchpointSchema = z.enum(TOUCHPOINTS).meta({ id: 'Touchpoint' });
export const ResponseKindSchema = z.enum(RESPONSE_KINDS);
export const SentimentLabelSchema = z.enum(SENTIMENT_LABELS);
export const SolvedSchema = z.enum(SOLVED_ANSWERS).meta({ id: 'Solved' });

/** BCP 47 language tag, e.g. `pl`, `cs-CZ`, `en-GB`. */
export const LocaleSchema = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a BCP 47 language tag such as "pl" or "cs-CZ"')
  .meta({ example: 'pl-PL' });

/**
 * Text as people mean it: lone surrogates replaced, Unicode NFC, CR LF → LF, control characters other than
 * newline and tab removed, surrounding whitespace trimmed.
 */
export function cleanText(text: string): string {
  return text
    .toWellFormed()
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
    .trim();
}

/** Length in characters (code points), not UTF-16 units: an emoji counts once. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** A string cleaned by `cleanText`, from `min` to `max` characters. */
export function textSchema(min: number, max: number) {
  return (
    z
      .string()
      .max(max * 2) // UTF-16 units: a cheap bound before cleaning
      .transform(cleanText)
      .refine((text) => characterCount(text) >= min, {
        message: min === 1 ? 'must not be empty' : `must be at least ${min} characters`,
      })
      .refine((text) => characterCount(text) <= max, { message: `must be at most ${max} characters` })
      // The document states the real limits in characters, not the cheap UTF-16 bound above.
      .meta({ minLength: min, maxLength: max })
  );
}

const OpaqueRefSchema = textSchema(1, MAX_REF_CHARS);

/**
 * A path parameter naming a reference the shop sent in an answer (`customerRef`, `orderId`, `productId`):
 * cleaned by the very schema the stored value went through (NFC, trimmed, control characters removed), so
 * `Jose\u0301` or ` bob ` finds what `José` or `bob` stored.
 */
export function refParam(name: string) {
  return OpaqueRefSchema.meta({ param: { name, in: 'path' } });
}

/** An owner-defined tag for a group of shoppers or pages (`data-segment`), e.g. `vip` or `mobile-app`. */
// One rule for input, stored value and filter: cleaned like every text (NFC, trimmed), then checked, so a segment that
// prints alike (a CJK compatibility ideograph and its NFC form) is one segment (issue #12 finding 17).
export const SegmentSchema = z
  .string()
  .max(128)
  .transform(cleanText)
  .refine((segment) => segment.length > 0, { message: 'must not be empty' })
  .refine((segment) => characterCount(segment) <= 64, { message: 'must be at most 64 characters' })
  .refine((segment) => /^[\p{L}\p{N}_.:-]+$/u.test(segment), { message: 'may hold letters, digits and _ . : - only' })
  // The document's pattern must compile in every regex dialect (no `\p{…}`): it is exact for ASCII and lets any
  // other character through; the description states the whole rule.
  .meta({
    example: 'vip',
    minLength: 1,
    maxLength: 64,
    pattern: '^(?:[A-Za-z0-9_.:-]|[^\\u0000-\\u007F])+$',
    description: 'Letters and digits of any script (Unicode categories L and N) and `_ . : -`, 1–64 characters.',
  });

/** A calendar day, `YYYY-MM-DD` (UTC). */
export const DaySchema = z.iso.date().meta({ example: '2026-11-23' });

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'invalid_request' }),
      message: z.string(),
      issues: z
        .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.string() }))
        .optional(),
    }),
  })
  .meta({ id: 'Error' });

// ---- shops ---------------------------------------------------------------------------------------

/** An origin a shop's pages are served from: scheme, host and optional port, nothing else. */
export const OriginSchema = z
  .string()
  .trim()
  .max(255)
  .regex(/^[hH][tT][tT][pP][sS]?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/, 'must be an origin such as "https://shop.example"')
  .transform((origin) => origin.toLowerCase())
  .meta({ example: 'https://shop.example' });

export const CreateShopSchema = z
  .object({
    name: textSchema(1, 200).meta({ example: 'Zielony Sklep' }),
    origins: z.array(OriginSchema).min(1).max(20),
    defaultLocale: LocaleSchema.optional(),
  })
  .meta({ id: 'CreateShop' });

export const CreatedShopSchema = z
  .object({
    shopId: z.string(),
    ownerKey: z.string().meta({ description: 'Shown once; only its hash is stored.' }),
    embed: z.string().meta({
      description:
        'What to paste where the form should appear: the widget script tag inside a `div.opinia-slot` that reserves its room (no layout shift).',
    }),
    embedCss: z.string().meta({ description: "The lines for the shop's stylesheet that size `.opinia-slot`." }),
    scriptTag: z.string().meta({
      description: 'The bare script tag (below the fold, `data-trigger="scroll"` or a floating button need no room).',
    }),
  })
  .meta({ id: 'CreatedShop' });

/** A path parameter of the OpenAPI document, 1 to `max` characters. */
export function pathParam(name: string, max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .meta({ param: { name, in: 'path' } });
}

export const ShopIdParamsSchema = z.object({
  shopId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, 'must be a shop id')
    .meta({ param: { name: 'shopId', in: 'path' }, example: 'demo' }),
});

// ---- responses -----------------------------------------------------------------------------------

/** A comment, cleaned (see `cleanText`); an empty comment counts as no comment. */
const CommentSchema = textSchema(0, MAX_COMMENT_CHARS).transform((comment) => comment || undefined);

export const ResponseInputSchema = z
  .object({
    clientId: z.uuid().meta({ description: 'Chosen by the client; sending it again never duplicates the answer.' }),
    kind: ResponseKindSchema,
    touchpoint: TouchpointSchema.default('post_purchase'),
    rating: z.int().min(1).max(5).optional(),
    nps: z.int().min(0).max(10).optional().meta({ description: '"Would you recommend us?" 0–10' }),
    comment: CommentSchema.optional(),
    locale: LocaleSchema.optional(),
    orderId: OpaqueRefSchema.optional(),
    productId: OpaqueRefSchema.optional(),
    customerRef: OpaqueRefSchema.optional().meta({ description: 'An opaque reference the shop chooses.' }),
    segment: SegmentSchema.optional(),
    authorName: textSchema(1, 60).optional().meta({ description: 'Reviews: the name shown with the review.' }),
    title: textSchema(1, 120).optional().meta({ description: 'Reviews: a headline.' }),
    productName: textSchema(1, 200).optional().meta({ description: "Reviews: the product's name, for rich results." }),
    orderToken: z
      .string()
      .max(1024)
      .optional()
      .meta({ description: "Reviews: `data-order-token`, signed by the shop's server; marks the review a verified purchase." }),
    website: z
      .string()
      .max(500)
      .optional()
      .meta({ description: 'Honeypot: a field people never see. The widget sends it empty; anything in it marks a bot.' }),
    elapsedMs: z.int().min(0).optional().meta({
      description:
        'Milliseconds from showing the form to submitting it. Send it always: an answer without it, or faster than 1500 ms, is refused as 422 `spam_suspected`.',
    }),
  })
  .extend({
    followUpOf: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .meta({ description: 'Follow-ups: the id of the complaint (answer) the shop replied to.' }),
    followUpToken: z.string().max(200).optional().meta({
      description:
        "Follow-ups: the token that came with the reply (on-site card or hosted link); proves the answer is the customer's.",
    }),
    solved: SolvedSchema.optional().meta({ description: 'Follow-ups: "Did we make it right?"' }),
  })
  .refine((r) => r.rating !== undefined || r.nps !== undefined || r.comment !== undefined, {
    message: 'at least one of rating, nps or comment is required',
    path: ['rating'],
  })
  .refine((r) => r.kind !== 'review' || r.productId !== undefined, {
    message: 'a review is about a product: productId is required when kind is "review"',
    path: ['productId'],
  })
  .refine(
    (r) =>
      r.kind !== 'follow_up' ||
      (r.followUpOf !== undefined && r.followUpToken !== undefined && r.solved !== undefined && r.rating !== undefined),
    {
      message: 'a follow_up needs followUpOf, followUpToken, solved and a rating',
      path: ['followUpOf'],
    },
  )
  .meta({
    id: 'ResponseInput',
    description:
      'At least one of `rating`, `nps` or a non-empty `comment` is required; `kind: "review"` also requires `productId`. ' +
      'A `follow_up` also needs `followUpOf`, `followUpToken`, `solved` and `rating`; answers of other kinds ignore those fields.',
    anyOf: [
      { required: ['rating'] },
      { required: ['nps'] },
      { required: ['comment'], properties: { comment: { type: 'string', pattern: '\\S' } } },
    ],
    if: { properties: { kind: { const: 'review' } }, required: ['kind'] },
    then: { required: ['productId'], properties: { productId: { type: 'string' } } },
  });

export const SentimentSchema = z
  .object({
    label: SentimentLabelSchema,
    score: z.number().min(-1).max(1),
    lang: z.string().meta({ description: 'Detected language of the comment: en, pl, cs or other.' }),
    mixed: z.boolean().meta({
      description:
        'The comment praises in one clause and complains in another; `label` is then neutral unless the whole comment still clearly leans one way.',
    }),
  })
  .meta({ id: 'Sentiment' });

export const CreatedResponseSchema = z
  .object({
    id: z.string(),
    sentiment: SentimentSchema.nullable().meta({ description: 'Null when the answer has no comment.' }),
  })
  .meta({ id: 'CreatedResponse' });

// ---- summary -------------------------------------------------------------------------------------

export const GRANULARITIES = ['day', 'week', 'month'] as const;

/** Filters shared by the summary and the export. */
export const AnswerFiltersSchema = z.object({
  from: DaySchema.optional().meta({ description: 'First day, inclusive (UTC). Default: 29 days before `to`.' }),
  to: DaySchema.optional().meta({ description: 'Last day, inclusive (UTC). Default: today.' }),
  touchpoint: TouchpointSchema.optional(),
  locale: z
    .string()
    .regex(/^[A-Za-z]{2,3}$/, 'must be a language such as "pl"')
    .transform((language) => language.toLowerCase())
    .optional()
    .meta({ description: 'Language of the answer (the language part of its locale, e.g. `pl`).' }),
  productId: OpaqueRefSchema.optional(),
  segment: SegmentSchema.optional(),
  kind: z.enum(['experience', 'review']).optional().meta({
    description:
      'Product `review`s only, or every other answer (`experience`, follow-ups included); without it, all answers (as before).',
  }),
});

export const SummaryQuerySchema = AnswerFiltersSchema.extend({
  granularity: z.enum(GRANULARITIES).default('day').meta({ description: 'Period of the `trend` series.' }),
}).meta({ id: 'SummaryQuery' });

const DistributionSchema = z.object({ '1': z.int(), '2': z.int(), '3': z.int(), '4': z.int(), '5': z.int() });

export const RatingSummarySchema = z
  .object({ average: z.number().nullable(), count: z.int(), distribution: DistributionSchema })
  .meta({ id: 'RatingSummary' });

export const NpsSummarySchema = z
  .object({
    score: z.number().nullable().meta({ description: 'promoters% − detractors%, −100…100; null without answers.' }),
    promoters: z.int(),
    passives: z.int(),
    detractors: z.int(),
    count: z.int(),
  })
  .meta({ id: 'NpsSummary' });

export const SentimentSummarySchema = z
  .object({
    positive: z.int(),
    neutral: z.int(),
    negative: z.int(),
    balance: z.int().meta({ description: 'The emotional bank account: positive answers minus negative answers.' }),
    mixed: z.int().meta({
      description:
        'Answers whose comment confidently says the opposite of their score (also counted by their score in positive/negative).',
    }),
  })
  .meta({ id: 'SentimentSummary' });

export const TouchpointSummarySchema = z
  .object({
    responses: z.int(),
    rating: RatingSummarySchema,
    nps: NpsSummarySchema,
    sentiment: SentimentSummarySchema,
  })
  .meta({ id: 'TouchpointSummary' });

export const NegativeAnswerSchema = z
  .object({
    id: z.string(),
    createdAt: z.iso.datetime(),
    touchpoint: TouchpointSchema,
    rating: z.int().nullable(),
    nps: z.int().nullable(),
    comment: z.string().nullable(),
    locale: z.string().nullable(),
  })
  .meta({ id: 'NegativeAnswer' });

export const TrendPointSchema = z
  .object({
    period: z.string().meta({ description: 'First day of the period (YYYY-MM-DD; weeks start on Monday).' }),
    responses: z.int(),
    ratingAverage: z.number().nullable(),
    csat: z.number().nullable(),
    nps: z.number().nullable(),
    balance: z.int(),
  })
  .meta({ id: 'TrendPoint' });

export const PreviousPeriodSchema = z
  .object({
    from: DaySchema,
    to: DaySchema,
    responses: z.int(),
    ratingAverage: z.number().nullable(),
    csat: z.number().nullable(),
    nps: z.number().nullable(),
    balance: z.int(),
    deltas: z.object({
      responses: z.int(),
      ratingAverage: z.number().nullable(),
      csat: z.number().nullable(),
      nps: z.number().nullable(),
      balance: z.int(),
    }),
  })
  .meta({ id: 'PreviousPeriod', description: 'The period of equal length just before; deltas are current − previous.' });

export const THEMES = ['delivery', 'price', 'quality', 'service', 'packaging', 'returns', 'website'] as const;
export const ThemeSchema = z.enum(THEMES);

export const ThemeSummarySchema = z
  .object({
    theme: ThemeSchema,
    mentions: z.int(),
    positive: z.int(),
    negative: z.int(),
    delta: z.number().nullable().meta({
      description: 'Change of (positive − negative) / mentions against the previous period, −2…2; null without earlier mentions.',
    }),
  })
  .meta({ id: 'ThemeSummary' });

export const AttentionSummarySchema = z
  .object({
    open: z.int().meta({ description: 'Items open now among the answers of the period that match the filters.' }),
    openTotal: z.int().meta({ description: 'Items open now, whatever the period and filters.' }),
    opened: z.int().meta({ description: 'Items opened in the period (answers matching the filters).' }),
    resolved: z.int().meta({ description: 'Items resolved in the period (answers matching the filters).' }),
    medianHoursToResolve: z.number().nullable().meta({
      description:
        'Exact (to 3 decimals) while the shop has at most 2,000 resolutions in the period (whatever the filters); beyond, interpolated in hour buckets (one decimal).',
    }),
  })
  .meta({ id: 'AttentionSummary' });

export const CustomerBalancesSchema = z
  .object({
    inCredit: z
      .int()
      .meta({ description: 'Customers whose balance is above zero (all time: not narrowed by the period or filters).' }),
    inDebit: z.int().meta({ description: 'Customers whose balance is below zero (all time).' }),
    even: z.int(),
  })
  .meta({ id: 'CustomerBalances' });

export const ChannelSummarySchema = z
  .object({
    onsite: z.int().meta({ description: "Answers from the widget on the shop's pages." }),
    link: z.int().meta({ description: 'Answers from the hosted page of an invitation (`/f/<token>`).' }),
  })
  .meta({ id: 'ChannelSummary' });

export const ResponseRateSchema = z
  .object({
    sent: z.int(),
    opened: z.int().meta({ description: 'Pages opened (mail scanners open links too: an upper bound).' }),
    answered: z.int(),
    rate: z.number().nullable().meta({ description: 'answered / sent, 0–1; null when nothing was sent.' }),
  })
  .meta({ id: 'ResponseRate' });

export const KindSummarySchema = z
  .object({
    responses: z.int(),
    rating: RatingSummarySchema,
    nps: NpsSummarySchema,
    csat: z.number().nullable(),
    sentiment: SentimentSummarySchema,
  })
  .meta({ id: 'KindSummary' });

export const SummarySchema = z
  .object({
    shopId: z.string(),
    from: DaySchema,
    to: DaySchema,
    responses: z.int(),
    rating: RatingSummarySchema,
    nps: NpsSummarySchema,
    sentiment: SentimentSummarySchema,
    byTouchpoint: z.record(TouchpointSchema, TouchpointSummarySchema),
    recentNegative: z.array(NegativeAnswerSchema),
    csat: z.number().nullable().meta({ description: 'Share of ratings that are 4 or 5, in percent.' }),
    granularity: z.enum(GRANULARITIES),
    trend: z.array(TrendPointSchema),
    previous: PreviousPeriodSchema,
    themes: z.array(ThemeSummarySchema),
    attention: AttentionSummarySchema,
    customers: CustomerBalancesSchema,
    recovery: RecoverySchema,
    byChannel: ChannelSummarySchema,
    responseRate: z
      .record(z.enum(['delivery', 'return', 'support', 'reviews']), ResponseRateSchema)
      .meta({ description: 'Per invitation touchpoint: invitations sent in the period and how many of them were answered.' }),
    byKind: z.object({ experience: KindSummarySchema, review: KindSummarySchema }).meta({
      description: 'Experience answers and product reviews side by side, for the period and the filters other than `kind`.',
    }),
    moderation: z
      .object({
        held: z.int().min(0).meta({ description: 'Product reviews waiting for your decision in Moderation now.' }),
      })
      .meta({
        description:
          'Reviews held for moderation, in the whole shop whatever the period and the filters. A review that is not ' +
          'published counts in no other figure of the summary (not as an answer, not in `byKind.review`) until you approve it.',
      }),
  })
  .meta({ id: 'Summary' });

// ---- inferred types (never written by hand) ------------------------------------------------------

export type Touchpoint = z.infer<typeof TouchpointSchema>;
export type ResponseKind = z.infer<typeof ResponseKindSchema>;
export type SentimentLabel = z.infer<typeof SentimentLabelSchema>;
export type Solved = z.infer<typeof SolvedSchema>;
export type ApiError = z.infer<typeof ErrorSchema>;
export type CreateShop = z.input<typeof CreateShopSchema>;
export type CreatedShop = z.infer<typeof CreatedShopSchema>;
/** What a client sends. */
export type ResponseInput = z.input<typeof ResponseInputSchema>;
/** What the worker works with after validation. */
export type ValidResponse = z.output<typeof ResponseInputSchema>;
export type Sentiment = z.infer<typeof SentimentSchema>;
export type CreatedResponse = z.infer<typeof CreatedResponseSchema>;
export type Summary = z.infer<typeof SummarySchema>;
export type RatingSummary = z.infer<typeof RatingSummarySchema>;
export type NpsSummary = z.infer<typeof NpsSummarySchema>;
export type SentimentSummary = z.infer<typeof SentimentSummarySchema>;
export type TouchpointSummary = z.infer<typeof TouchpointSummarySchema>;
export type NegativeAnswer = z.infer<typeof NegativeAnswerSchema>;
export type Granularity = (typeof GRANULARITIES)[number];
export type AnswerFilters = z.output<typeof AnswerFiltersSchema>;
export type TrendPoint = z.infer<typeof TrendPointSchema>;
export type PreviousPeriod = z.infer<typeof PreviousPeriodSchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type ThemeSummary = z.infer<typeof ThemeSummarySchema>;
export type AttentionSummary = z.infer<typeof AttentionSummarySchema>;
export type CustomerBalances = z.infer<typeof CustomerBalancesSchema>;
export type KindSummary = z.infer<typeof KindSummarySchema>;
