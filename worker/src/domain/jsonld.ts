import type { Product, WithContext } from 'schema-dts';
import type { PublicReview, ReviewAggregate } from '../../../shared/reviews.ts';

/** How many reviews the markup carries: enough for rich results, small enough for the page. */
export const JSONLD_REVIEWS = 10;
/** Below this many published reviews, rich results are unlikely to show stars. */
export const RICH_RESULTS_MIN_REVIEWS = 3;

/**
 * schema.org Product with AggregateRating and Review, as Google's product rich results want them:
 * product `name`; `ratingValue` and `reviewCount`; per review `author` (Person with a name) and `reviewRating`.
 * Only ever for a product: shops' own (self-serving) ratings earn no stars and are never marked up.
 */
export function productJsonLd(
  product: { id: string; name: string | null },
  aggregate: ReviewAggregate,
  reviews: PublicReview[],
  anonymousAuthor = 'Anonymous',
): WithContext<Product> | null {
  if (aggregate.count === 0 || aggregate.average === null) return null;
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name ?? product.id,
    sku: product.id,
    aggregateRating: {
      '@type': 'AggregateRating',
      ratingValue: aggregate.average,
      reviewCount: aggregate.count,
      bestRating: 5,
      worstRating: 1,
    },
    review: reviews.slice(0, JSONLD_REVIEWS).map((review) => ({
      '@type': 'Review',
      author: { '@type': 'Person', name: review.authorName ?? anonymousAuthor },
      datePublished: review.createdAt.slice(0, 10),
      reviewRating: { '@type': 'Rating', ratingValue: review.rating, bestRating: 5, worstRating: 1 },
      ...(review.title ? { name: review.title } : {}),
      ...(review.body ? { reviewBody: review.body } : {}),
      ...(review.lang ? { inLanguage: review.lang } : {}),
    })),
  };
}

export function richResultsAdvice(publishedReviews: number): { likely: boolean; warning: string | null } {
  return publishedReviews >= RICH_RESULTS_MIN_REVIEWS
    ? { likely: true, warning: null }
    : {
        likely: false,
        warning: `Only ${publishedReviews} published review(s): search engines rarely show stars for a product with fewer than ${RICH_RESULTS_MIN_REVIEWS}.`,
      };
}
