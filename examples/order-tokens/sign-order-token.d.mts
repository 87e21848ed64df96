export function signOrderToken(options: {
  secret: string;
  shopId: string;
  orderId: string;
  productId?: string;
  productIds?: string[];
  validForDays?: number;
}): string;
