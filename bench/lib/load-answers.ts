// The answers the load bench posts: every one a new clientId from a new (documentation-range) shopper address,
// varied across ratings, NPS, comments (themes and sentiment), touchpoints, locales, customers and products.
import { randomUUID } from 'node:crypto';

const TOUCHPOINTS = ['browse', 'checkout', 'post_purchase', 'delivery', 'support', 'return'] as const;
const LOCALES = ['pl-PL', 'cs-CZ', 'en-GB', 'de-DE', 'pl', undefined] as const;
const COMMENTS = [
  'Szybka dostawa, świetna jakość',
  'Paczka przyszła uszkodzona, kontakt z obsługą fatalny',
  'Rychlé doručení, ale drahé',
  'Great price and friendly support',
  'Terrible packaging, the mug was broken 😡',
  'ok',
  'Love it 😍',
  undefined,
  undefined,
] as const;

function pick<T>(items: readonly T[], n: number): T {
  return items[n % items.length]!;
}

/** Request number n: a distinct shopper (CF-Connecting-IP) and a distinct clientId, so nothing is a retry or a duplicate. */
export function loadAnswer(n: number): { body: string; ip: string } {
  const rating = (n % 5) + 1;
  const answer = {
    clientId: randomUUID(),
    kind: n % 10 === 7 ? 'review' : 'experience',
    touchpoint: pick(TOUCHPOINTS, n),
    rating,
    nps: n % 3 === 0 ? undefined : (n * 7) % 11,
    comment: pick(COMMENTS, n * 5 + 1),
    locale: pick(LOCALES, n * 3),
    customerRef: n % 4 === 0 ? `customer-${n % 500}` : undefined,
    orderId: `order-${n}`,
    productId: n % 2 === 0 ? `product-${n % 40}` : undefined,
    segment: n % 6 === 0 ? 'vip' : undefined,
    authorName: 'Load Test',
    website: '',
    elapsedMs: 4000 + (n % 20_000),
  };
  if (answer.kind === 'review' && !answer.productId) answer.productId = `product-${n % 40}`;
  // 10.x.y.z, unique per request for the first 16 million requests: the per-shopper limit sees many shoppers.
  const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  return { body: JSON.stringify(answer), ip };
}
