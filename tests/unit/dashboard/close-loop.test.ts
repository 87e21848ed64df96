// The dashboard's close-the-loop rules that need no browser: the first-reply timer and the reply templates.
import { describe, expect, it } from 'vitest';
import { placeholderLeft } from '../../../dashboard/src/close-loop/placeholders.ts';
import { REPLY_TEMPLATES } from '../../../dashboard/src/close-loop/templates.ts';
import { CLOSE_LOOP_TEXTS } from '../../../dashboard/src/close-loop/texts.ts';
import { replyTimer } from '../../../dashboard/src/close-loop/timer.ts';

const HOUR = 3_600_000;
const complained = '2026-12-01T08:00:00.000Z';
const hoursIn = (hours: number) => Date.parse(complained) + hours * HOUR;

describe('the first-reply timer', () => {
  it('should say a reply is due within 24 h, late after 24 h and overdue (red) from 48 h', () => {
    expect(replyTimer(complained, null, hoursIn(3))).toEqual({ kind: 'due', hoursLeft: 21 });
    expect(replyTimer(complained, null, hoursIn(24))).toEqual({ kind: 'late', hoursLate: 24 });
    expect(replyTimer(complained, null, hoursIn(47.9)).kind).toBe('late');
    expect(replyTimer(complained, null, hoursIn(48))).toEqual({ kind: 'overdue', hoursLate: 48 });
  });

  it('should stop at the first reply and keep how long it took', () => {
    const replied = new Date(hoursIn(30)).toISOString();
    expect(replyTimer(complained, replied, hoursIn(500))).toEqual({ kind: 'replied', hoursTaken: 30 });
  });
});

describe('the reply templates', () => {
  it('should offer three per language, courteous and specific, never a discount, coupon or a public review', () => {
    for (const [language, texts] of Object.entries(CLOSE_LOOP_TEXTS)) expect(texts.templateNames, language).toHaveLength(3);
    for (const [language, templates] of Object.entries(REPLY_TEMPLATES)) {
      expect(templates, language).toHaveLength(3);
      for (const text of templates) {
        expect(text.length, language).toBeGreaterThan(60);
        expect(text, language).not.toMatch(
          /coupon|discount|voucher|% off|refund code|kupon|rabat|zniżk|bon |sleva|slevu|slevov|poukaz|review|recenzj|recenz/i,
        );
      }
    }
  });

  it('should each leave the owner one "[…]" to fill in, and count a reply as unfinished until it is replaced', () => {
    for (const [language, templates] of Object.entries(REPLY_TEMPLATES)) {
      for (const text of templates) {
        const left = placeholderLeft(text);
        expect(left, `${language}: ${text}`).not.toBeNull();
        const placeholder = text.slice(left!.start, left!.end);
        expect(placeholder, language).toMatch(/^\[[^\]]+\]$/);
        expect(placeholderLeft(`${text.replace(placeholder, 'sent a new kettle this morning')}`), language).toBeNull();
      }
    }
    // Brackets of the owner's own are theirs to send.
    expect(placeholderLeft('We sent the replacement [order 1042] today.')).toBeNull();
  });
});

describe('the line that says which language the templates are in', () => {
  it('should name the language and why, in each dashboard language', () => {
    expect(CLOSE_LOOP_TEXTS.en.templatesIn('cs', 'customer')).toBe('Templates in Czech, the customer’s language.');
    expect(CLOSE_LOOP_TEXTS.pl.templatesIn('cs', 'customer')).toBe('Szablony po czesku — w języku klienta.');
    expect(CLOSE_LOOP_TEXTS.cs.templatesIn('pl', 'shop')).toBe('Šablony v polštině, výchozím jazyce obchodu.');
    expect(CLOSE_LOOP_TEXTS.en.templatesIn('en', 'fallback')).toMatch(/^Templates in English: neither/);
  });

  it("should say, when the owner picks another language, that the e-mail stays in the customer's", () => {
    expect(CLOSE_LOOP_TEXTS.en.templatesChosen('en', 'cs')).toBe(
      'Templates in English, as you chose; the e-mail around your reply stays in Czech.',
    );
    expect(CLOSE_LOOP_TEXTS.cs.templatesChosen('en', 'cs')).toBe(
      'Šablony v angličtině podle vaší volby; e-mail s odpovědí zůstane v češtině.',
    );
  });
});
