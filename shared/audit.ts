// The periodic experience audit (issue 17): schemas of GET /v1/shops/:shopId/audit, the digest and the
// public widget config. Every rate carries its count and a 95 % interval; a comparison with too few answers,
// or whose intervals overlap, says so instead of giving a direction.
import { z } from 'zod';
import { MIN_COMPARABLE_ANSWERS } from './sample-size.ts';
import { DaySchema, SegmentSchema, ThemeSchema, TouchpointSchema, type TOUCHPOINTS } from './schemas.ts';

export const STAGES = ['before', 'during', 'after'] as const;
/** The journey: before the purchase (browsing), during it (checkout), after it (everything since). */
export const STAGE_TOUCHPOINTS = {
  before: ['browse'],
  during: ['checkout'],
  after: ['post_purchase', 'delivery', 'support', 'return'],
} as const satisfies Record<(typeof STAGES)[number], readonly (typeof TOUCHPOINTS)[number][]>;
export const StageSchema = z.enum(STAGES);

export { MIN_COMPARABLE_ANSWERS };

export const COMPARES = ['previous', 'year'] as const;

export const AuditQuerySchema = z
  .object({
    from: DaySchema.optional().meta({ description: 'First day, inclusive (UTC). Default: 29 days before `to`.' }),
    to: DaySchema.optional().meta({ description: 'Last day, inclusive (UTC). Default: today.' }),
    segment: SegmentSchema.optional().meta({ description: 'Audit one segment only.' }),
    compare: z
      .enum(COMPARES)
      .default('previous')
      .meta({ description: '`previous`: the period of equal length just before; `year`: the same days a year earlier.' }),
  })
  .meta({ id: 'AuditQuery' });

export const RateSchema = z
  .object({
    value: z.number().nullable().meta({ description: 'null without answers.' }),
    count: z.int().meta({ description: 'Answers the rate is computed from.' }),
    low: z.number().nullable().meta({ description: 'Lower end of the 95 % interval.' }),
    high: z.number().nullable().meta({ description: 'Upper end of the 95 % interval.' }),
  })
  .meta({ id: 'Rate' });

export const VERDICTS = ['up', 'down', 'overlapping', 'too_few'] as const;

export const ChangeSchema = z
  .object({
    previous: RateSchema,
    delta: z.number().nullable(),
    verdict: z.enum(VERDICTS).meta({
      description: `\`up\`/\`down\` only when both intervals are apart; \`overlapping\` when they overlap (the difference may be noise); \`too_few\` when either side has fewer than ${MIN_COMPARABLE_ANSWERS} answers.`,
    }),
  })
  .meta({ id: 'Change' });

export const FiguresSchema = z
  .object({
    responses: z.int(),
    rating: RateSchema.meta({ description: 'Mean stars 1–5; interval mean ± 1.96·s/√n.' }),
    nps: RateSchema.meta({ description: 'NPS −100…100; interval ± the margin of error 1.96·√(p+ + p− − (p+ − p−)²)/√n.' }),
    csat: RateSchema.meta({ description: 'Share of ratings 4–5 in percent; Wilson score interval.' }),
    balance: z.int().meta({ description: 'Positive answers minus negative answers.' }),
    changes: z.object({ responses: z.int(), rating: ChangeSchema, nps: ChangeSchema, csat: ChangeSchema, balance: z.int() }),
  })
  .meta({ id: 'AuditFigures' });

export const TouchpointFiguresSchema = FiguresSchema.extend({ touchpoint: TouchpointSchema }).meta({ id: 'AuditTouchpoint' });

export const StageFiguresSchema = FiguresSchema.extend({
  stage: StageSchema,
  touchpoints: z.array(TouchpointFiguresSchema),
}).meta({
  id: 'AuditStage',
});

export const ExcerptSchema = z
  .object({
    text: z.string().meta({
      description:
        'The part of `comment` about the theme: the first clause that names it (clauses end at punctuation and at words such as "but"), cut to a few words either side of the theme\'s first word when long; "…" where the comment goes on. Without a theme word (a comment about the purchase as a whole), the comment itself. Plain text, never HTML.',
    }),
    marks: z
      .array(
        z.object({
          start: z.int().min(0).meta({ description: 'Offset in `text` (UTF-16 code units) of the first character.' }),
          end: z.int().min(0).meta({ description: 'Offset in `text` just after the last character.' }),
        }),
      )
      .meta({ description: "The theme's words in `text`, in order." }),
  })
  .meta({ id: 'AuditExcerpt' });

export const GapSchema = z
  .object({
    stage: StageSchema.nullable(),
    stageStandsOut: z.boolean().meta({
      description: `Whether the weakest stage is weaker beyond the noise: its balance per answer below every other stage's with at least ${MIN_COMPARABLE_ANSWERS} answers on both sides and the 95 % intervals apart (the rule of a change's \`verdict\`). false: the lowest, but level with another stage within the noise (or nothing to compare with).`,
    }),
    touchpoint: TouchpointSchema.nullable().meta({
      description: 'The touchpoint with the lowest balance per answer; null when no touchpoint has an answer in the period.',
    }),
    touchpointStandsOut: z.boolean().meta({ description: 'The same for the weakest touchpoint against the other touchpoints.' }),
    themes: z.array(
      z.object({
        theme: ThemeSchema,
        mentions: z.int(),
        negative: z.int(),
        examples: z
          .array(z.object({ id: z.string(), createdAt: z.iso.datetime(), comment: z.string(), excerpt: ExcerptSchema }))
          .meta({
            description:
              'Up to three negative comments that speak negatively of the theme, newest first; plain text, never HTML.',
          }),
      }),
    ),
  })
  .meta({
    id: 'AuditGaps',
    description: 'The weakest stage and touchpoint (lowest balance per answer) and the themes that pull it down.',
  });

export const RelationshipSchema = z
  .object({
    customersSeen: z.int().meta({ description: 'Customers (answers with a customer reference) who answered in the period.' }),
    newCustomers: z.int().meta({ description: 'Of them, customers whose first answer ever lies in the period.' }),
    returningCustomers: z.int(),
    returningShare: RateSchema.meta({ description: 'Returning customers / customers seen, in percent; Wilson interval.' }),
    meanDays: z
      .number()
      .nullable()
      .meta({ description: "Mean days from a customer's first answer ever to their latest answer of the period." }),
    medianDays: z.number().nullable().meta({
      description:
        "Median days from a customer's first answer ever to their first answer of the period (interpolated in day buckets 0, 1, 7, 30, 90, 180, 365, 730).",
    }),
    recommendations: z.object({
      promoters: z.int(),
      reviews: z.int().meta({ description: 'Public reviews written in the period.' }),
    }),
    changes: z.object({ customersSeen: z.int(), returningShare: ChangeSchema }),
  })
  .meta({
    id: 'AuditRelationship',
    description:
      'Exact for periods up to 63 days; longer periods treat a return more than 62 days after the previous answer, within the first month, as a first visit.',
  });

export const SegmentFiguresSchema = FiguresSchema.extend({ segment: z.string() }).meta({ id: 'AuditSegment' });

export const AuditSchema = z
  .object({
    shopId: z.string(),
    from: DaySchema,
    to: DaySchema,
    segment: z.string().nullable(),
    compare: z.enum(COMPARES),
    compared: z.object({ from: DaySchema, to: DaySchema }),
    minAnswers: z.int().meta({ description: 'Fewest answers on each side for a direction to be drawn.' }),
    overall: FiguresSchema,
    stages: z.array(StageFiguresSchema),
    gaps: GapSchema,
    relationship: RelationshipSchema,
    segments: z
      .array(SegmentFiguresSchema)
      .meta({ description: `Segments with at least ${MIN_COMPARABLE_ANSWERS} answers, largest first.` }),
  })
  .meta({ id: 'Audit' });

// ---- digest --------------------------------------------------------------------------------------

export const CADENCES = ['weekly', 'monthly'] as const;

export const DigestSettingsSchema = z
  .object({
    cadence: z
      .enum(CADENCES)
      .meta({ description: 'Weekly digests close on Sunday (UTC), monthly ones on the last day of the month.' }),
    segments: z
      .array(SegmentSchema)
      .max(20)
      .optional()
      .meta({ description: 'Studied one per period, in turn (a rotating study).' }),
    email: z
      .email()
      .max(254)
      .optional()
      .meta({ description: "The owner's address for the e-mailed digest (sent only when a mail provider is set)." }),
    locale: z.enum(['en', 'pl', 'cs']).optional().meta({ description: "Language of the digest's text and e-mail (default en)." }),
  })
  .meta({ id: 'DigestSettings' });

export const DigestPayloadSchema = z
  .object({
    type: z.literal('audit.digest'),
    text: z.string().meta({ description: 'A few lines for chat tools such as Slack.' }),
    shopId: z.string(),
    cadence: z.enum(CADENCES),
    studySegment: z.string().nullable().meta({ description: 'The segment this period studies (rotating), if any.' }),
    test: z.boolean().meta({ description: 'True for a digest sent on request (POST …/audit/digest).' }),
    audit: AuditSchema,
    studyAudit: AuditSchema.nullable().meta({ description: 'The audit of the studied segment alone.' }),
  })
  .meta({ id: 'DigestPayload' });

export const DigestSentSchema = z
  .object({
    from: DaySchema,
    to: DaySchema,
    studySegment: z.string().nullable(),
    deliveries: z.int().meta({ description: 'Webhook deliveries queued (one per webhook URL).' }),
    mailed: z.boolean().meta({ description: 'Whether an e-mail was sent (only when a mail provider is set).' }),
  })
  .meta({ id: 'DigestSent' });

// ---- public widget config -----------------------------------------------------------------------

export const SamplingSchema = z
  .partialRecord(TouchpointSchema, z.number().min(0).max(1))
  .meta({ id: 'Sampling', description: 'Share of page views that ask, per touchpoint (0…1); touchpoints left out ask always.' });

export const WidgetConfigSchema = z
  .object({
    sampling: z.record(z.string(), z.number()).meta({ description: 'Rate per touchpoint, 0…1 (every touchpoint listed).' }),
    studySegment: z.string().nullable().meta({ description: 'Pages of this segment always ask (the segment under study).' }),
  })
  .meta({ id: 'WidgetConfig' });

export type Stage = (typeof STAGES)[number];
export type Verdict = (typeof VERDICTS)[number];
export type Rate = z.infer<typeof RateSchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type Figures = z.infer<typeof FiguresSchema>;
export type Audit = z.infer<typeof AuditSchema>;
export type AuditQuery = z.output<typeof AuditQuerySchema>;
export type Gap = z.infer<typeof GapSchema>;
export type Excerpt = z.infer<typeof ExcerptSchema>;
export type Relationship = z.infer<typeof RelationshipSchema>;
export type DigestSettings = z.infer<typeof DigestSettingsSchema>;
export type DigestPayload = z.infer<typeof DigestPayloadSchema>;
export type DigestSent = z.infer<typeof DigestSentSchema>;
export type Sampling = z.infer<typeof SamplingSchema>;
export type WidgetConfig = z.infer<typeof WidgetConfigSchema>;
export type Cadence = (typeof CADENCES)[number];
