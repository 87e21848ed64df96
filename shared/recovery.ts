// Recovery figures: how many complaints were answered, how fast, and how many relationships the repair won back.
// zod only (no other shared module), so the summary schema can hold it without an import cycle.
import { z } from 'zod';

export const RecoveryTrendPointSchema = z
  .object({
    period: z.string().meta({ description: 'First day of the period (YYYY-MM-DD), as in the summary trend.' }),
    complaints: z.int(),
    replied: z.int(),
    recovered: z.int(),
  })
  .meta({ id: 'RecoveryTrendPoint' });

export const RecoverySchema = z
  .object({
    complaints: z.int().meta({ description: 'Attention items opened in the period (matching the filters).' }),
    replied: z.int().meta({ description: 'Of those, answered by the owner at least once.' }),
    medianHoursToFirstReply: z.number().nullable().meta({
      description:
        'Median hours from the complaint to the first reply (one decimal); null without replies. Exact while the shop has at most 2,000 replied complaints in the period (whatever the filters); beyond, interpolated inside its hour bucket (bounds 0 1 2 4 8 12 24 36 48 72 96 168 336 720 h).',
    }),
    repliedWithin48h: z.int().meta({ description: 'Complaints whose first reply came within 48 hours.' }),
    followUps: z.int().meta({ description: 'Complaints the customer followed up ("Did we make it right?").' }),
    recovered: z.int().meta({ description: 'Follow-ups that said the problem was solved (yes, or partly with 4–5★).' }),
    recoveryRate: z
      .number()
      .nullable()
      .meta({ description: 'recovered / followUps in percent (one decimal); null without follow-ups.' }),
    detractorsWon: z.int().meta({
      description:
        'Complaints from NPS detractors (0–6) whose later NPS — the follow-up or a later answer within 90 days — is 7 or more.',
    }),
    trend: z
      .array(RecoveryTrendPointSchema)
      .meta({ description: 'Per period of the summary granularity, by the day the complaint came in.' }),
  })
  .meta({ id: 'Recovery' });

export type Recovery = z.infer<typeof RecoverySchema>;
export type RecoveryTrendPoint = z.infer<typeof RecoveryTrendPointSchema>;
