export function signOrderToken(options: { secret: string; shopId: string; orderId: string; productId?: string; validForDays?: number }): string;
