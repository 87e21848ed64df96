// The digest's plain text (worker/src/domain/digest-text.ts) names a "weakest spot" only when it stands out beyond the
// noise, by the same rule as the Audit screen's red badge (gaps.stageStandsOut / touchpointStandsOut); a spot that is
// merely the lowest, level with the others within the noise, is called "not clearly worse" as on the Audit screen, in the owner's language.
import { describe, expect, it } from 'vitest';
import type { Audit } from '../../../shared/audit.ts';
import { digestText } from '../../../worker/src/domain/digest-text.ts';

const noChange = { value: null, low: null, high: null, count: 0 };
const change = { verdict: 'too_few', delta: null };

/** An audit with what the digest reads: one answer, one stage, and the given gaps. */
function audit(standsOut: { stage: boolean; touchpoint: boolean }): Audit {
  return {
    from: '2026-11-23',
    to: '2026-11-29',
    segment: null,
    overall: { responses: 40, nps: noChange, csat: noChange, changes: { nps: change, csat: change } },
    stages: [{ stage: 'after', responses: 40, nps: { value: 10 } }],
    gaps: {
      stage: 'after',
      stageStandsOut: standsOut.stage,
      touchpoint: 'delivery',
      touchpointStandsOut: standsOut.touchpoint,
      themes: [{ theme: 'delivery', mentions: 9, negative: 6, examples: [] }],
    },
    relationship: { customersSeen: 12, returningCustomers: 3, returningShare: noChange },
  } as unknown as Audit;
}

const spotLine = (text: string) => text.split('\n').find((line) => line.includes('/ delivery'));

describe('the digest text', () => {
  it('should call a stage or touchpoint that stands out beyond the noise the weakest spot', () => {
    const text = digestText({
      shopName: 'Shop',
      audit: audit({ stage: true, touchpoint: false }),
      study: null,
      locale: 'en',
      test: false,
    });
    expect(spotLine(text)).toBe('Weakest spot: after / delivery — delivery (6−)');
  });

  it('should call it only the lowest, not clearly worse, when neither stands out (en, pl, cs)', () => {
    const level = audit({ stage: false, touchpoint: false });
    const line = (locale: 'en' | 'pl' | 'cs') =>
      spotLine(digestText({ shopName: 'Shop', audit: level, study: null, locale, test: false }));
    expect(line('en')).toBe('Lowest, but not clearly worse: after / delivery — delivery (6−)');
    expect(line('pl')).toBe('Najniżej, ale nie wyraźnie gorzej: po / delivery — delivery (6−)');
    expect(line('cs')).toBe('Nejníže, ale ne zřetelně hůř: po / delivery — delivery (6−)');
  });
});
