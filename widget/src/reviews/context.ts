import {
  mediumDate,
  plural,
  REVIEW_LOCALES,
  type PluralMessage,
  type ReviewMessages,
  type SupportedLocale,
} from '../../../shared/locales.ts';
import type { WidgetOptions } from '../options.ts';

/** What every part of the reviews widget needs: the options, the strings and the product. */
export interface Ctx {
  options: WidgetOptions;
  productId: string;
  locale: SupportedLocale;
  /** The page's language (`pl` of `pl-PL`): its reviews come first. */
  lang: string | undefined;
  m: ReviewMessages;
  count(message: PluralMessage, n: number): string;
  /** 4.25 → "4.3" / "4,3". Not Intl.NumberFormat: its first construction is a 40–170 ms task on a slow phone. */
  oneDecimal(n: number): string;
  /** A review's date, medium style ("Nov 5, 2026"). */
  date(iso: string): string;
}

export function createCtx(options: WidgetOptions): Ctx {
  const lang = options.locale.toLowerCase().split(/[-_]/)[0] ?? '';
  const locale = (Object.hasOwn(REVIEW_LOCALES, lang) ? lang : 'en') as SupportedLocale;
  return {
    options,
    productId: options.productId!,
    locale,
    lang: /^[a-z]{2,3}$/.test(lang) ? lang : undefined,
    m: REVIEW_LOCALES[locale],
    count: (message, n) => plural(locale, message, n),
    oneDecimal: (n) => n.toFixed(1).replace('.', REVIEW_LOCALES[locale].decimalSeparator),
    date: (iso) => mediumDate(locale, new Date(iso)),
  };
}
