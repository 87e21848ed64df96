import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { PublicReview } from '../../shared/reviews.ts';
import { productJsonLd } from '../../worker/src/domain/jsonld.ts';

// A structured-data validator from npm (offline: it checks the markup in an HTML string against schema.org
// types and its Google preset).
const { structuredDataTest } = createRequire(import.meta.url)('structured-data-testing-tool') as {
  structuredDataTest: (html: string, options: object) => Promise<{ passed: { test: string }[]; failed: { test: string }[] }>;
};
const { Google } = createRequire(import.meta.url)('structured-data-testing-tool/presets') as { Google: object };

const review = (overrides: Partial<PublicReview>): PublicReview => ({
  id: crypto.randomUUID(),
  rating: 5,
  title: null,
  body: 'Lovely',
  authorName: 'Ola',
  verified: true,
  lang: 'pl',
  createdAt: '2026-11-20T10:00:00.000Z',
  helpful: 0,
  reply: null,
  ...overrides,
});

/** Google's required properties for product review snippets, as validator tests (JMESPath over the markup). */
const REQUIRED = [
  'Product[0].name',
  'Product[0].aggregateRating.ratingValue',
  'Product[0].aggregateRating.reviewCount',
  'Product[0].review[0].author.name',
  'Product[0].review[0].reviewRating.ratingValue',
];

async function validate(markup: unknown) {
  const html = `<html><head><script type="application/ld+json">${JSON.stringify(markup)}</script></head><body></body></html>`;
  // (the validator appends its presets' tests to the array it is given, so give it a fresh one)
  const tests = REQUIRED.map((test) => ({ test, type: 'jsonld', group: 'Google product review snippet' }));
  return structuredDataTest(html, { presets: [Google], schemas: ['Product'], tests }).then(
    (result) => result,
    (error: { res: { passed: { test: string }[]; failed: { test: string }[] } }) => error.res,
  );
}

const aggregate = { average: 4.5, count: 2, distribution: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 } };

describe('productJsonLd', () => {
  it('should pass a structured-data validator for a Product with AggregateRating and Review', async () => {
    const markup = productJsonLd({ id: 'mug', name: 'Stoneware mug' }, aggregate, [
      review({ rating: 4, title: 'Good' }),
      review({ authorName: null }),
    ]);
    const result = await validate(markup);
    expect(result.failed.map((failure) => failure.test)).toEqual([]);
    expect(result.passed.map((pass) => pass.test)).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('should make the validator fail markup that lacks what Google requires (the check can fail)', async () => {
    const result = await validate({ '@context': 'https://schema.org', '@type': 'Product', review: [{ '@type': 'Review' }] });
    expect(result.failed.map((failure) => failure.test)).toEqual(
      expect.arrayContaining(['Product[0].name', 'Product[0].review[0].author.name']),
    );
  });

  it('should carry what Google requires for product review snippets', () => {
    const markup = productJsonLd(
      { id: 'mug', name: null },
      aggregate,
      [review({ authorName: null })],
      'Anonim',
    ) as unknown as Record<string, any>;
    expect(markup['@type']).toBe('Product');
    expect(markup.name).toBe('mug');
    expect(markup.aggregateRating).toMatchObject({ ratingValue: 4.5, reviewCount: 2 });
    expect(markup.review[0]).toMatchObject({ author: { '@type': 'Person', name: 'Anonim' }, reviewRating: { ratingValue: 5 } });
  });

  it('should never mark up a product without reviews (and never anything but a Product)', () => {
    expect(
      productJsonLd({ id: 'mug', name: 'Mug' }, { average: null, count: 0, distribution: aggregate.distribution }, []),
    ).toBeNull();
    const markup = productJsonLd({ id: 'mug', name: 'Mug' }, aggregate, [review({})]) as unknown as Record<string, unknown>;
    expect(JSON.stringify(markup)).not.toMatch(/Organization|LocalBusiness/);
  });
});
