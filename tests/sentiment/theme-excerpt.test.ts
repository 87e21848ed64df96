// A theme's excerpt (worker/src/sentiment/theme-excerpt.ts): the first clause of the comment that names the theme,
// as the shopper wrote it, with the theme's words marked; "…" where the comment goes on; a long clause cut around the
// theme's first word; a comment that names no theme word quoted whole.
import { describe, expect, it } from 'vitest';
import { type Excerpt, themeExcerpt } from '../../worker/src/sentiment/theme-excerpt.ts';

const marked = ({ text, marks }: Excerpt) => marks.map(({ start, end }) => text.slice(start, end));

describe('themeExcerpt', () => {
  it('should quote the clause that names the theme, not the praise before it', () => {
    const comment =
      'I love the colour of the mug, it is just what I wanted. But the courier left the parcel in the rain, two days late!';
    const delivery = themeExcerpt(comment, 'delivery', 'en');
    expect(delivery.text).toBe('…the courier left the parcel in the rain…');
    expect(marked(delivery)).toEqual(['courier', 'parcel']);
  });

  it('should quote each theme of one comment by its own clause', () => {
    const comment = 'Far too expensive for what it is; the box was crushed.';
    expect(themeExcerpt(comment, 'price', 'en')).toEqual({
      text: 'Far too expensive for what it is…',
      marks: [{ start: 8, end: 17 }],
    });
    const packaging = themeExcerpt(comment, 'packaging', 'en');
    expect(packaging.text).toBe('…the box was crushed.');
    expect(marked(packaging)).toEqual(['box', 'crushed']);
  });

  it('should find Polish and Czech theme words as written, with their diacritics', () => {
    const polish = themeExcerpt('Produkt super, ale paczka przyszła uszkodzona.', 'delivery', 'pl');
    expect(polish.text).toBe('…paczka przyszła uszkodzona.');
    expect(marked(polish)).toEqual(['paczka', 'przyszła']);
    const czech = themeExcerpt('Pořád to není vyřešené, stále čekám.', 'delivery', 'cs');
    expect(czech).toEqual({ text: '…stále čekám.', marks: [{ start: 7, end: 12 }] });
    expect(marked(czech)).toEqual(['čekám']);
  });

  it('should quote a one-clause comment whole, HTML-like text left as characters', () => {
    const comment = 'Parcel 7 arrived late and the box was <b>broken</b>.';
    const delivery = themeExcerpt(comment, 'delivery', 'en');
    expect(delivery.text).toBe(comment);
    expect(marked(delivery)).toEqual(['Parcel', 'arrived', 'late']);
  });

  it('should cut a long clause to a few words either side of the theme’s first word', () => {
    const comment =
      'We waited and waited and then waited some more while nobody told us anything and finally the courier came to the wrong house and left again without a word to anyone';
    const excerpt = themeExcerpt(comment, 'delivery', 'en');
    expect(excerpt.text).toBe('…nobody told us anything and finally the courier came to the wrong house and left…');
    expect(marked(excerpt)).toEqual(['courier']);
  });

  it('should quote a comment that names no theme word whole, unmarked (the engine’s quality of the whole purchase)', () => {
    expect(themeExcerpt('  Never again, awful.  ', 'quality', 'en')).toEqual({ text: 'Never again, awful.', marks: [] });
  });
});
