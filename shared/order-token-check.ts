// "Can this verified-purchase link still be used?": asked by the review form when it opens (issue #14 item 5), so a
// shopper whose order token was spent (or is invalid, expired, for another product) learns it before writing, and
// is offered to post the review unverified instead.
import { z } from 'zod';
import { MAX_REF_CHARS, textSchema } from './schemas.ts';

/** Why a token cannot verify a review: the very codes `POST …/responses` would refuse it with. */
export const ORDER_TOKEN_PROBLEMS = [
  'order_token_invalid',
  'order_token_expired',
  'order_token_wrong_product',
  'order_token_used',
] as const;
export type OrderTokenProblem = (typeof ORDER_TOKEN_PROBLEMS)[number];

export const OrderTokenCheckInputSchema = z
  .object({
    orderToken: z
      .string()
      .min(1)
      .max(1024)
      .meta({ description: "The page's `data-order-token`, as it would be posted with the review." }),
    productId: textSchema(1, MAX_REF_CHARS).meta({ description: 'The product the review would be about.' }),
  })
  .meta({ id: 'OrderTokenCheckInput' });

export const OrderTokenCheckSchema = z
  .object({
    usable: z
      .boolean()
      .meta({ description: 'true: a review of this product posted with this token now would be a verified purchase.' }),
    problem: z
      .enum(ORDER_TOKEN_PROBLEMS)
      .nullable()
      .meta({ description: 'Why not (null when usable): the error code a review posted with this token would be refused with.' }),
  })
  .meta({ id: 'OrderTokenCheck' });

export type OrderTokenCheckInput = z.input<typeof OrderTokenCheckInputSchema>;
export type OrderTokenCheck = z.infer<typeof OrderTokenCheckSchema>;
