import { z } from 'zod';
import { ShopIdParamsSchema } from './schemas.ts';

/** How long the previous order-token secret still verifies tokens after a rotation (issue #12 finding 13). */
export const ORDER_TOKEN_GRACE_DAYS = 30;

const SECRET_NAMES = ['webhook', 'order-token'] as const;
const NAME_DESCRIPTION = '`webhook` (signs webhook deliveries) or `order-token` (verifies verified-purchase tokens).';

export const SecretNameSchema = z.enum(SECRET_NAMES).meta({ description: NAME_DESCRIPTION });

export const SecretParamsSchema = ShopIdParamsSchema.extend({
  name: z.enum(SECRET_NAMES).meta({ param: { name: 'name', in: 'path' }, description: NAME_DESCRIPTION }),
});

export const RotatedSecretSchema = z
  .object({
    name: SecretNameSchema,
    secret: z.string().meta({ description: 'The new secret, shown once in this answer (GET settings shows it too).' }),
    previousValidUntil: z.iso
      .datetime()
      .optional()
      .meta({
        description: `order-token only: the previous secret still verifies tokens until this time (${ORDER_TOKEN_GRACE_DAYS} days), so links already sent keep working.`,
      }),
  })
  .meta({ id: 'RotatedSecret' });

export type SecretName = z.infer<typeof SecretNameSchema>;
export type RotatedSecret = z.infer<typeof RotatedSecretSchema>;
