import type { ResponseInput, Touchpoint } from '../../shared/schemas.ts';

type DemoAnswer = Omit<ResponseInput, 'clientId' | 'kind'> & { daysAgo: number };

/** Hand-written answers that show each part of the product, in English, Polish and Czech. */
const CURATED: DemoAnswer[] = [
  {
    daysAgo: 0,
    rating: 5,
    nps: 10,
    comment: 'Fast delivery and lovely packaging, will order again!',
    locale: 'en',
    touchpoint: 'delivery',
    customerRef: 'cust-anna',
  },
  {
    daysAgo: 0,
    rating: 4,
    nps: 8,
    comment: 'Good quality linen, the checkout was a bit slow.',
    locale: 'en',
    touchpoint: 'checkout',
  },
  {
    daysAgo: 1,
    rating: 2,
    nps: 3,
    comment: 'The parcel arrived late and the box was broken.',
    locale: 'en',
    touchpoint: 'delivery',
    customerRef: 'cust-ben',
    orderId: 'ZK-1042',
  },
  { daysAgo: 1, rating: 5, nps: 9, locale: 'en', segment: 'newsletter' },
  {
    daysAgo: 2,
    rating: 1,
    nps: 0,
    comment: 'Support never answered my email about the refund. Terrible.',
    locale: 'en',
    touchpoint: 'support',
    customerRef: 'cust-ben',
  },
  {
    daysAgo: 0,
    rating: 5,
    nps: 10,
    comment: 'Świetny sklep, szybka wysyłka, polecam!',
    locale: 'pl',
    touchpoint: 'delivery',
    customerRef: 'cust-kasia',
  },
  {
    daysAgo: 3,
    rating: 4,
    nps: 9,
    comment: 'Dobra jakość, ładnie zapakowane.',
    locale: 'pl',
    segment: 'vip',
    customerRef: 'cust-kasia',
  },
  {
    daysAgo: 4,
    rating: 2,
    nps: 4,
    comment: 'Kurier się spóźnił, słaba obsługa klienta.',
    locale: 'pl',
    touchpoint: 'delivery',
    orderId: 'ZK-1017',
  },
  { daysAgo: 5, rating: 3, nps: 7, comment: 'Produkt ok, ale cena trochę wysoka.', locale: 'pl', touchpoint: 'browse' },
  { daysAgo: 6, rating: 5, nps: 10, locale: 'pl', touchpoint: 'checkout' },
  {
    daysAgo: 7,
    rating: 1,
    nps: 1,
    comment: 'Zwrot trwa już trzy tygodnie, nie polecam.',
    locale: 'pl',
    touchpoint: 'return',
    customerRef: 'cust-tomek',
  },
  {
    daysAgo: 0,
    rating: 5,
    nps: 10,
    comment: 'Skvělý obchod, rychlé doručení, doporučuji!',
    locale: 'cs',
    touchpoint: 'delivery',
  },
  { daysAgo: 2, rating: 4, nps: 8, comment: 'Dobrá kvalita, ale web je trochu pomalý.', locale: 'cs', touchpoint: 'browse' },
  {
    daysAgo: 3,
    rating: 2,
    nps: 5,
    comment: 'Balík přišel pozdě a rozbitý.',
    locale: 'cs',
    touchpoint: 'delivery',
    customerRef: 'cust-jana',
  },
  {
    daysAgo: 8,
    rating: 5,
    nps: 9,
    comment: 'Moc hezké povlečení, děkuji.',
    locale: 'cs',
    productId: 'linen-duvet',
    kind: 'review',
  } as DemoAnswer,
  { daysAgo: 9, rating: 3, nps: 6, locale: 'cs', touchpoint: 'support' },
];

/**
 * The history's comments with their rating and where each happens: a parcel's arrival and state at `delivery`
 * (its contents, once unpacked, `post_purchase`), a price while browsing or at the checkout, a shop's
 * communication at `support`. A comment that could follow any step lists several.
 */
const COMMENTS: Record<'en' | 'pl' | 'cs', [string, number, Touchpoint[]][]> = {
  en: [
    ['Quick delivery, great quality.', 5, ['delivery', 'post_purchase']],
    ['Nice products but shipping took a week.', 3, ['delivery']],
    ['Packaging was damaged.', 2, ['delivery']],
    ['Love it!', 5, ['post_purchase', 'browse', 'checkout']],
    ['Too expensive for what it is.', 2, ['browse', 'checkout']],
  ],
  pl: [
    ['Szybka dostawa, polecam.', 5, ['delivery']],
    ['Wszystko ok.', 4, ['post_purchase', 'checkout', 'delivery', 'support']],
    ['Paczka uszkodzona, słaba jakość.', 1, ['delivery']],
    ['Super jakość!', 5, ['post_purchase']],
    ['Za drogo.', 2, ['browse', 'checkout']],
  ],
  cs: [
    ['Rychlé doručení, super.', 5, ['delivery']],
    ['Vše v pořádku.', 4, ['post_purchase', 'checkout', 'delivery', 'support']],
    ['Pomalá doprava.', 2, ['delivery']],
    ['Skvělá kvalita!', 5, ['post_purchase']],
    ['Špatná komunikace.', 1, ['support']],
  ],
};
/** Where an answer without a comment was given: any step of the journey. */
const TOUCHPOINTS: Touchpoint[] = ['post_purchase', 'post_purchase', 'delivery', 'checkout', 'browse', 'support', 'return'];

/** A deterministic pseudo-random history of the last 90 days, so trends and comparisons have something to show. */
function history(count: number): DemoAnswer[] {
  let seed = 20261123;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, (_, index) => {
    const locale = (['en', 'pl', 'cs'] as const)[index % 3]!;
    const [comment, rating, places] = COMMENTS[locale][Math.floor(random() * 5)]!;
    const withComment = random() < 0.6;
    const touchpoints = withComment ? places : TOUCHPOINTS;
    return {
      daysAgo: Math.floor(random() * 90),
      rating: withComment ? rating : Math.min(5, Math.max(1, rating + Math.round(random() * 2 - 1))),
      nps: Math.min(10, Math.max(0, rating * 2 + Math.round(random() * 2 - 1))),
      ...(withComment ? { comment } : {}),
      locale,
      touchpoint: touchpoints[Math.floor(random() * touchpoints.length)]!, // one draw either way: the rest stays as it was
      ...(random() < 0.3 ? { customerRef: `cust-${Math.floor(random() * 40)}` } : {}),
      ...(random() < 0.2 ? { segment: random() < 0.5 ? 'vip' : 'newsletter' } : {}),
    };
  });
}

/** Fixed clientIds make seeding idempotent: a second start stores nothing twice. */
export const DEMO_ANSWERS: (ResponseInput & { daysAgo: number })[] = [...CURATED, ...history(240)].map((answer, index) => ({
  clientId: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
  kind: 'experience',
  ...answer,
}));

type DemoReview = Omit<ResponseInput, 'clientId' | 'kind'> & { daysAgo: number; helpfulVotes?: number };

/** Product reviews on the example shop's product page, in three languages; two will wait for moderation. */
const REVIEWS: DemoReview[] = [
  {
    daysAgo: 2,
    rating: 5,
    locale: 'en',
    authorName: 'Emma',
    title: 'No more plastic brushes',
    comment: 'The bristles are firm and the heads really are replaceable. Dries fast on the hook.',
    helpfulVotes: 4,
  },
  {
    daysAgo: 5,
    rating: 4,
    locale: 'en',
    authorName: 'Tom',
    title: 'Good, a bit stiff at first',
    comment: 'Takes a few washes to soften. Otherwise great value.',
  },
  {
    daysAgo: 11,
    rating: 2,
    locale: 'en',
    authorName: 'Priya',
    title: 'Handle cracked',
    comment: 'One handle cracked after two weeks in the sink. Support sent a new one quickly though.',
    helpfulVotes: 2,
  },
  {
    daysAgo: 1,
    rating: 5,
    locale: 'pl',
    authorName: 'Kasia',
    title: 'Polecam!',
    comment: 'Świetne szczotki, dobrze czyszczą patelnie i ładnie wyglądają w kuchni.',
    helpfulVotes: 3,
  },
  { daysAgo: 7, rating: 4, locale: 'pl', authorName: 'Marek', comment: 'Solidne, tylko hak mógłby być większy.' },
  {
    daysAgo: 15,
    rating: 3,
    locale: 'pl',
    authorName: 'Ania',
    title: 'Średnio',
    comment: 'Włosie szybko się rozchodzi, ale cena w porządku.',
  },
  {
    daysAgo: 3,
    rating: 5,
    locale: 'cs',
    authorName: 'Jana',
    title: 'Skvělé',
    comment: 'Krásné kartáčky, dobře drží a nádobí je čisté.',
    helpfulVotes: 1,
  },
  { daysAgo: 9, rating: 4, locale: 'cs', authorName: 'Petr', comment: 'Dobrá kvalita za rozumnou cenu.' },
  { daysAgo: 0, rating: 1, locale: 'en', authorName: 'Spammy', comment: 'Cheap brushes at www.cheap-brushes.example !!!' },
  { daysAgo: 0, rating: 4, locale: 'pl', authorName: 'Zbyszek', comment: 'Kurczę, kurwa, ale dobre te szczotki' },
];

export const DEMO_PRODUCT = { id: 'BRUSH-SET-3', name: 'Bamboo dish brush set (3 pcs)' };

export const DEMO_REVIEWS: (ResponseInput & { daysAgo: number; helpfulVotes: number })[] = REVIEWS.map(
  ({ helpfulVotes = 0, ...review }, index) => ({
    clientId: `00000000-0000-4000-9000-${String(index + 1).padStart(12, '0')}`,
    kind: 'review',
    productId: DEMO_PRODUCT.id,
    productName: DEMO_PRODUCT.name,
    touchpoint: 'post_purchase',
    helpfulVotes,
    ...review,
  }),
);
