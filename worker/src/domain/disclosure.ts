/** EU Omnibus: near the reviews, say whether and how they are checked to come from buyers. */
const DEFAULTS = {
  verified: {
    en: 'Reviews marked "Verified purchase" were written with a one-time link from an order we shipped. We also publish reviews without one, and we never hide a review because of its rating: we hold only those with links, profanity or spam until we check them.',
    pl: 'Opinie oznaczone „Zweryfikowany zakup” zostały napisane z jednorazowego linku do zamówienia, które wysłaliśmy. Publikujemy też opinie bez takiego linku i nigdy nie ukrywamy opinii z powodu oceny: wstrzymujemy tylko te z linkami, wulgaryzmami lub spamem, aż je sprawdzimy.',
    cs: 'Recenze označené „Ověřený nákup“ byly napsány z jednorázového odkazu k objednávce, kterou jsme odeslali. Zveřejňujeme i recenze bez něj a nikdy neskrýváme recenzi kvůli hodnocení: zadržíme jen ty s odkazy, vulgarismy nebo spamem, dokud je nezkontrolujeme.',
  },
  verifiedOnly: {
    en: 'We publish only reviews written with a one-time link from an order we shipped, so every review here comes from a buyer. We never hide a review because of its rating: we hold only those with links, profanity or spam until we check them.',
    pl: 'Publikujemy wyłącznie opinie napisane z jednorazowego linku do zamówienia, które wysłaliśmy, więc każda opinia pochodzi od kupującego. Nigdy nie ukrywamy opinii z powodu oceny: wstrzymujemy tylko te z linkami, wulgaryzmami lub spamem, aż je sprawdzimy.',
    cs: 'Zveřejňujeme pouze recenze napsané z jednorázového odkazu k objednávce, kterou jsme odeslali, takže každá recenze pochází od kupujícího. Nikdy neskrýváme recenzi kvůli hodnocení: zadržíme jen ty s odkazy, vulgarismy nebo spamem, dokud je nezkontrolujeme.',
  },
} as const;

type Language = 'en' | 'pl' | 'cs';

export function disclosureText(
  shop: { requireVerifiedReviews: boolean; reviewDisclosure: Partial<Record<Language, string>> | null },
  language: string | undefined,
): { text: string; lang: Language } {
  const lang: Language = language === 'pl' || language === 'cs' ? language : 'en';
  const custom = shop.reviewDisclosure?.[lang] ?? shop.reviewDisclosure?.en;
  if (custom) return { text: custom, lang: shop.reviewDisclosure?.[lang] ? lang : 'en' };
  return { text: DEFAULTS[shop.requireVerifiedReviews ? 'verifiedOnly' : 'verified'][lang], lang };
}
