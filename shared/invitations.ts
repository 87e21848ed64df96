// Schemas of invitations after the purchase: orders, their events, settings, and the `invitation.due` webhook.
import { z } from 'zod';
import { MAX_REF_CHARS } from './limits.ts';
import { LocaleSchema, pathParam, refParam, textSchema } from './schemas.ts';
import { outboundUrlProblem } from './webhook-url.ts';

/** Experience touchpoints an order event asks about, plus `reviews` (one review form per product). */
export const INVITATION_TOUCHPOINTS = ['delivery', 'return', 'support', 'reviews'] as const;
export const ORDER_EVENT_TYPES = ['delivered', 'returned', 'support_closed'] as const;
export const INVITATION_STATUSES = ['scheduled', 'sent', 'skipped', 'failed'] as const;
export const CHANNELS = ['onsite', 'link'] as const;
export const EMAIL_PROVIDERS = ['resend'] as const;
export const INVITATION_LOCALES = ['en', 'pl', 'cs'] as const;

export const InvitationTouchpointSchema = z.enum(INVITATION_TOUCHPOINTS).meta({ id: 'InvitationTouchpoint' });
export const ChannelSchema = z
  .enum(CHANNELS)
  .meta({ id: 'Channel', description: "`onsite`: the widget on the shop's pages; `link`: the hosted page from an invitation." });

const RefSchema = textSchema(1, MAX_REF_CHARS);
const InstantSchema = z.iso.datetime({ offset: true }).transform((at) => new Date(at).toISOString());

export const OrderProductSchema = z.object({ productId: RefSchema, name: textSchema(1, 200).optional() });

export const OrderInputSchema = z
  .object({
    orderId: RefSchema,
    customerRef: RefSchema.optional().meta({
      description: 'An opaque reference the shop chooses; links answers to the customer.',
    }),
    email: z.email().max(254).optional().meta({
      description:
        'Only when Opinia sends the e-mail itself (a mail provider in settings). Kept until sent; then only a salted hash.',
    }),
    locale: LocaleSchema.optional(),
    products: z.array(OrderProductSchema).max(20).optional(),
    purchasedAt: InstantSchema.optional(),
    deliveredAt: InstantSchema.optional().meta({
      description: 'Given, it schedules the delivery and product-review invitations.',
    }),
  })
  .meta({ id: 'OrderInput' });

export const ScheduledSchema = z.object({ touchpoint: InvitationTouchpointSchema, sendAt: z.iso.datetime() });

export const OrderCreatedSchema = z
  .object({
    orderId: z.string(),
    links: z.object({
      experience: z.string().meta({ description: 'The hosted page (`/f/<token>`) asking about the delivery.' }),
      reviews: z
        .string()
        .optional()
        .meta({ description: 'The hosted page with a review form per product (when the order has products).' }),
    }),
    scheduled: z.array(ScheduledSchema),
  })
  .meta({ id: 'OrderCreated' });

export const OrderEventInputSchema = z
  .object({ type: z.enum(ORDER_EVENT_TYPES), at: InstantSchema.optional().meta({ description: 'Default: now.' }) })
  .meta({ id: 'OrderEventInput' });

export const OrderInvitationSchema = z
  .object({
    touchpoint: InvitationTouchpointSchema,
    status: z.enum(INVITATION_STATUSES),
    skipReason: z.string().nullable(),
    sendAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
    via: z.string().nullable(),
    remindedAt: z.iso.datetime().nullable(),
    openedAt: z.iso
      .datetime()
      .nullable()
      .meta({ description: 'First time the hosted page was opened (mail scanners open it too).' }),
    answeredAt: z.iso.datetime().nullable(),
    link: z.string(),
  })
  .meta({ id: 'OrderInvitation' });

export const OrderSchema = z
  .object({
    orderId: z.string(),
    customerRef: z.string().nullable(),
    locale: z.string().nullable(),
    products: z.array(z.object({ productId: z.string(), name: z.string().optional() })),
    purchasedAt: z.iso.datetime().nullable(),
    deliveredAt: z.iso.datetime().nullable(),
    returnedAt: z.iso.datetime().nullable(),
    supportClosedAt: z.iso.datetime().nullable(),
    emailKept: z
      .boolean()
      .meta({ description: 'Whether an e-mail address is still stored (only until the invitations are sent).' }),
    invitations: z.array(OrderInvitationSchema),
  })
  .meta({ id: 'Order' });

// orderId cleaned like the stored one (issue #12, finding 4).
export const OrderPathSchema = z.object({ shopId: pathParam('shopId', 64), orderId: refParam('orderId') });

// ---- settings -------------------------------------------------------------------------------------

const HourMinuteSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM');
const DelayDaysSchema = z.number().min(0).max(90);

export const InvitationSettingsSchema = z
  .object({
    delays: z
      .object({ delivery: DelayDaysSchema, return: DelayDaysSchema, support: DelayDaysSchema, reviews: DelayDaysSchema })
      .meta({ description: 'Days after the event (delivery for `delivery` and `reviews`) before the invitation goes out.' }),
    reminderDays: z
      .int()
      .min(1)
      .max(30)
      .nullable()
      .meta({ description: 'One reminder this many days after an unanswered invitation; null: none.' }),
    cooldownDays: z
      .int()
      .min(0)
      .max(365)
      .meta({ description: 'No invitation about another order to the same customer within this many days.' }),
    quietHours: z
      .object({ start: HourMinuteSchema, end: HourMinuteSchema, timeZone: z.string().min(1).max(64) })
      .nullable()
      .meta({ description: "Nothing is sent between start and end in the shop's time zone; due invitations wait." }),
    webhookUrl: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .superRefine((url, context) => {
        // The shared outbound-URL rule; loopback http passes here and is refused by a deployed worker.
        const problem = outboundUrlProblem(url, { allowLoopbackHttp: true });
        if (problem) context.addIssue({ code: 'custom', message: `webhook URL ${problem}` });
      })
      .nullable()
      .meta({ description: "Receives `invitation.due`; null: the shop's alert webhooks." }),
    expiresDays: z.int().min(1).max(365).meta({ description: 'How long a link stays valid.' }),
    brandColor: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as #2f6f4f')
      .meta({ description: 'The colour of the hosted page and the e-mails (buttons, chosen stars).' }),
    question: z
      .enum(['rating', 'nps'])
      .meta({ description: 'The experience question: five stars (`?r=1..5` links) or 0–10 (`?n=0..10` links).' }),
  })
  .meta({ id: 'InvitationSettings' });

export const DEFAULT_INVITATION_SETTINGS: InvitationSettings = {
  delays: { delivery: 3, return: 1, support: 0, reviews: 10 },
  reminderDays: null,
  cooldownDays: 30,
  quietHours: null,
  webhookUrl: null,
  expiresDays: 60,
  brandColor: '#2f6f4f',
  question: 'rating',
};

export const InvitationSettingsInputSchema = InvitationSettingsSchema.partial().extend({
  delays: InvitationSettingsSchema.shape.delays.partial().optional(),
});

export const EmailSettingsInputSchema = z
  .object({
    provider: z.enum(EMAIL_PROVIDERS),
    apiKey: z.string().min(1).max(500),
    from: z.string().min(3).max(320).meta({ example: 'Zielony Sklep <sklep@example.com>' }),
  })
  .nullable()
  .meta({
    id: 'EmailSettingsInput',
    description: 'A mail provider Opinia sends invitations through itself; null: webhooks only.',
  });

export const EmailSettingsSchema = z
  .object({ provider: z.enum(EMAIL_PROVIDERS), from: z.string(), apiKeySet: z.boolean() })
  .nullable()
  .meta({ id: 'EmailSettings', description: 'The API key is never shown again.' });

// ---- e-mail and webhook ---------------------------------------------------------------------------

export const EmailMessageSchema = z
  .object({
    subject: z.string(),
    text: z.string(),
    html: z.string(),
    headers: z
      .record(z.string(), z.string())
      .meta({ description: '`List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058) to send with it.' }),
  })
  .meta({ id: 'EmailMessage' });

export const InvitationDueSchema = z
  .object({
    type: z.literal('invitation.due'),
    shopId: z.string(),
    orderId: z.string(),
    customerRef: z.string().nullable(),
    touchpoint: InvitationTouchpointSchema,
    locale: z.enum(INVITATION_LOCALES),
    reminder: z.boolean(),
    link: z.string(),
    unsubscribe: z.string(),
    email: EmailMessageSchema,
  })
  .meta({ id: 'InvitationDue' });

export const PreviewQuerySchema = z.object({
  touchpoint: InvitationTouchpointSchema.default('delivery'),
  locale: z.enum(INVITATION_LOCALES).default('en'),
});

export const DevMailboxSchema = z
  .object({
    emails: z.array(
      z.object({
        id: z.int(),
        orderId: z.string(),
        to: z.string().nullable(),
        subject: z.string(),
        text: z.string(),
        html: z.string(),
        headers: z.record(z.string(), z.string()),
        createdAt: z.iso.datetime(),
        touchpoint: z.string().nullable().meta({ description: "The invitation's touchpoint (null for another kind of e-mail)." }),
        locale: z.string().nullable(),
        reminder: z.boolean(),
        link: z.string().nullable().meta({ description: 'The hosted page (`/f/<token>`) the e-mail links to.' }),
      }),
    ),
  })
  .meta({ id: 'DevMailbox' });

export type DevMailbox = z.infer<typeof DevMailboxSchema>;
export type InvitationTouchpoint = (typeof INVITATION_TOUCHPOINTS)[number];
export type OrderEventType = (typeof ORDER_EVENT_TYPES)[number];
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export type Channel = (typeof CHANNELS)[number];
export type InvitationLocale = (typeof INVITATION_LOCALES)[number];
export type OrderInput = z.output<typeof OrderInputSchema>;
export type OrderCreated = z.infer<typeof OrderCreatedSchema>;
export type Order = z.infer<typeof OrderSchema>;
export type OrderInvitation = z.infer<typeof OrderInvitationSchema>;
export type InvitationSettings = z.infer<typeof InvitationSettingsSchema>;
export type InvitationSettingsInput = z.infer<typeof InvitationSettingsInputSchema>;
export type EmailSettingsInput = z.infer<typeof EmailSettingsInputSchema>;
export type EmailMessage = z.infer<typeof EmailMessageSchema>;
export type InvitationDue = z.infer<typeof InvitationDueSchema>;
