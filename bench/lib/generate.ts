// A deterministic generator of realistic answers for one shop: touchpoints, locales en/pl/cs, ratings, NPS
// and comments whose words agree (mostly) with the stars, some products, segments, customers and orders.
import type { AttentionReason } from '../../shared/owner-api.ts';
import { ResponseInputSchema, type SentimentLabel, type Theme, type Touchpoint } from '../../shared/schemas.ts';
import { prepareAnswer, type StoredAnswer } from '../../worker/src/domain/answer.ts';

export const DAY_MS = 86_400_000;

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Lang = 'en' | 'pl' | 'cs';
/** [comment, the rating its writer most likely gave] — praise, complaints and in-between, touching every theme. */
const COMMENTS: Record<Lang, [string, number][]> = {
  en: [
    ['Quick delivery, great quality.', 5],
    ['Love it!', 5],
    ['Lovely packaging and fast shipping, will order again.', 5],
    ['Customer service was friendly and helpful.', 5],
    ['Great price for this quality.', 4],
    ['Easy checkout, nice website.', 4],
    ['Good product, delivery took a few days.', 4],
    ['It is fine.', 3],
    ['Nice products but shipping took a week.', 3],
    ['The website is slow and confusing.', 2],
    ['Too expensive for what it is.', 2],
    ['Packaging was damaged.', 2],
    ['The parcel arrived late and the box was broken.', 1],
    ['Support never answered my email about the refund. Terrible.', 1],
    ['Returning the item was a nightmare, still no refund.', 1],
    ['Poor quality, it broke after a week.', 1],
  ],
  pl: [
    ['Szybka dostawa, polecam.', 5],
    ['Super jakość!', 5],
    ['Świetny sklep, szybka wysyłka, polecam!', 5],
    ['Dobra jakość, ładnie zapakowane.', 4],
    ['Miła obsługa klienta.', 4],
    ['Wszystko ok.', 4],
    ['Produkt ok, ale cena trochę wysoka.', 3],
    ['Strona działa wolno.', 2],
    ['Za drogo.', 2],
    ['Kurier się spóźnił, słaba obsługa klienta.', 2],
    ['Paczka uszkodzona, słaba jakość.', 1],
    ['Zwrot trwa już trzy tygodnie, nie polecam.', 1],
  ],
  cs: [
    ['Rychlé doručení, super.', 5],
    ['Skvělá kvalita!', 5],
    ['Skvělý obchod, rychlé doručení, doporučuji!', 5],
    ['Vše v pořádku.', 4],
    ['Dobrá kvalita, ale web je trochu pomalý.', 3],
    ['Cena je vysoká.', 2],
    ['Pomalá doprava.', 2],
    ['Balík přišel pozdě a rozbitý.', 1],
    ['Špatná komunikace.', 1],
    ['Vrácení peněz trvá příliš dlouho.', 1],
  ],
};
const LOCALES: [string, Lang, number][] = [
  ['en', 'en', 0.38],
  ['en-GB', 'en', 0.07],
  ['pl', 'pl', 0.25],
  ['pl-PL', 'pl', 0.1],
  ['cs', 'cs', 0.2],
];
const TOUCHPOINTS: [Touchpoint, number][] = [
  ['post_purchase', 0.34],
  ['delivery', 0.22],
  ['checkout', 0.16],
  ['browse', 0.12],
  ['support', 0.1],
  ['return', 0.06],
];
const SEGMENTS: [string | undefined, number][] = [
  [undefined, 0.7],
  ['vip', 0.1],
  ['newsletter', 0.12],
  ['mobile-app', 0.08],
];
const RATING_SPREAD: [number, number][] = [
  [5, 0.45],
  [4, 0.27],
  [3, 0.12],
  [2, 0.08],
  [1, 0.08],
];

function pick<T>(random: () => number, weighted: [T, ...unknown[]][] | [T, number][]): T {
  let r = random();
  for (const entry of weighted) {
    const weight = entry[entry.length - 1] as number;
    if ((r -= weight) < 0) return entry[0];
  }
  return weighted[weighted.length - 1]![0];
}

/**
 * The worker's sentiment engine is still a stand-in that tags no themes (worker/src/sentiment/index.ts). So
 * that the theme rollup is as full as it will be with the real engine, answers whose comment got no theme
 * from the engine are tagged here by keyword, with the comment's own sentiment label.
 */
const THEME_WORDS: [Theme, RegExp][] = [
  ['delivery', /deliver|shipping|parcel|late|dostaw|wysyłk|kurier|doručen|doprav|balík/i],
  ['price', /price|expensive|cena|drogo|cena|vysoká/i],
  ['quality', /quality|broke|jakość|jakoś|kvalit/i],
  ['service', /service|support|helpful|answered|obsług|komunikac/i],
  ['packaging', /packag|box|zapakow|uszkodz|rozbit/i],
  ['returns', /return|refund|zwrot|vrácení/i],
  ['website', /website|checkout|strona|web/i],
];

function keywordThemes(comment: string, label: SentimentLabel): { theme: Theme; label: SentimentLabel }[] {
  return THEME_WORDS.filter(([, words]) => words.test(comment)).map(([theme]) => ({ theme, label }));
}

export interface GeneratedAnswer {
  answer: StoredAnswer;
  attention: AttentionReason[];
}

export interface GeneratorOptions {
  shopId: string;
  count: number;
  seed: number;
  /** The newest day (UTC, ms at midnight) and how many days back the answers go. */
  todayMs: number;
  days: number;
  products: number;
  customers: number;
  /** No answer is later than this (ms). */
  nowMs: number;
}

/**
 * Yields `count` answers, oldest first, exactly as `prepareAnswer` (the worker's own scoring, polarity,
 * language and attention rules) makes them. Scoring is memoised per distinct (comment, locale, rating, nps),
 * which only saves time: prepareAnswer is pure but for the id and the clock.
 */
export function* generateAnswers(options: GeneratorOptions): Generator<GeneratedAnswer> {
  const random = prng(options.seed);
  const shop = { id: options.shopId, defaultLocale: 'en' };
  const memo = new Map<string, ReturnType<typeof prepareAnswer>>();
  const start = options.todayMs - (options.days - 1) * DAY_MS;
  const span = options.days * DAY_MS;
  // Times first, sorted, so the rows go in in time order like real traffic (a mild growth over the year).
  const times = new Float64Array(options.count);
  for (let i = 0; i < options.count; i++) times[i] = start + Math.floor(Math.sqrt(random()) * span);
  times.sort();
  const now = options.nowMs;
  for (let i = 0; i < options.count; i++) {
    const at = Math.min(times[i]!, now - 1000);
    const [locale, lang] = ((r) => {
      for (const [l, g, w] of LOCALES) if ((r -= w) < 0) return [l, g] as const;
      return ['cs', 'cs'] as const;
    })(random());
    const touchpoint = pick(random, TOUCHPOINTS);
    const withComment = random() < 0.45;
    let rating: number | undefined = pick(random, RATING_SPREAD);
    let comment: string | undefined;
    if (withComment) {
      const pool = COMMENTS[lang];
      const near = pool.filter(([, stars]) => Math.abs(stars - rating!) <= (random() < 0.9 ? 0 : 2));
      const [text, stars] = (near.length ? near : pool)[Math.floor(random() * (near.length || pool.length))]!;
      comment = text;
      rating = Math.min(5, Math.max(1, stars + (random() < 0.15 ? (random() < 0.5 ? -1 : 1) : 0)));
    }
    let nps: number | undefined = Math.min(10, Math.max(0, rating * 2 + Math.round(random() * 2 - 1.2)));
    const shape = random();
    if (shape < 0.1)
      rating = undefined; // NPS only
    else if (shape < 0.25) nps = undefined; // stars only
    if (rating === undefined && nps === undefined && comment === undefined) nps = 8;
    const withProduct = random() < 0.3;
    const kind = withProduct && random() < 0.5 ? 'review' : 'experience';
    const productId = withProduct ? `sku-${Math.floor(options.products * random() ** 2.5)}` : undefined;
    const segment = pick(random, SEGMENTS);
    const customerRef = random() < 0.4 ? `cust-${Math.floor(options.customers * random() ** 1.5)}` : undefined;
    const orderId = touchpoint === 'browse' || random() < 0.4 ? undefined : `ord-${i}-${Math.floor(random() * 1e6)}`;

    const key = `${locale}|${comment ?? ''}|${rating ?? ''}|${nps ?? ''}`;
    let prepared = memo.get(key);
    if (!prepared) {
      const input = ResponseInputSchema.parse({
        clientId: '00000000-0000-4000-8000-000000000000',
        kind: 'experience',
        touchpoint,
        locale,
        rating,
        nps,
        comment,
      });
      prepared = prepareAnswer(input, shop, 'x', new Date(at));
      if (comment && prepared.answer.sentiment && prepared.answer.themes.length === 0) {
        prepared.answer.themes = keywordThemes(comment, prepared.answer.sentiment.label);
      }
      memo.set(key, prepared);
    }
    const when = new Date(at);
    const iso = when.toISOString();
    const answer: StoredAnswer = {
      ...prepared.answer,
      id: crypto.randomUUID(),
      clientId: crypto.randomUUID(),
      kind,
      touchpoint,
      createdAt: iso,
      day: iso.slice(0, 10),
    };
    delete answer.productId, delete answer.segment, delete answer.customerRef, delete answer.orderId;
    if (productId) answer.productId = productId;
    if (segment) answer.segment = segment;
    if (customerRef) answer.customerRef = customerRef;
    if (orderId) answer.orderId = orderId;
    yield { answer, attention: prepared.attention };
  }
}
