// The dashboard's close-the-loop rules that need no browser: the first-reply timer and the reply templates.
import { describe, expect, it } from 'vitest';
import { placeholderLeft } from '../../../dashboard/src/close-loop/placeholders.ts';
import { fromTemplate, ownText, replyTextLang } from '../../../dashboard/src/close-loop/reply-origin.ts';
import { REPLY_TEMPLATES } from '../../../dashboard/src/close-loop/templates.ts';
import { CLOSE_LOOP_TEXTS } from '../../../dashboard/src/close-loop/texts.ts';
import { replyTimer, timerText } from '../../../dashboard/src/close-loop/timer.ts';

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

  it('should say a long wait in days and hours, from two days on, in each language', () => {
    const overdue = replyTimer(complained, null, hoursIn(291));
    expect(timerText('en', overdue)).toBe('Overdue: no reply for 12\u00a0d 3\u00a0h');
    expect(timerText('pl', overdue)).toBe('Zaległe: brak odpowiedzi od 12\u00a0dni 3\u00a0godz.');
    expect(timerText('cs', overdue)).toBe('Po termínu: bez odpovědi 12\u00a0d 3\u00a0h');
    expect(timerText('en', replyTimer(complained, null, hoursIn(48.2)))).toBe('Overdue: no reply for 2\u00a0d');
    // After "po", Polish declines the days (locative); Czech and English keep the abbreviation.
    const replied = replyTimer(complained, new Date(hoursIn(100)).toISOString(), hoursIn(500));
    expect(timerText('en', replied)).toBe('First reply after 4\u00a0d 4\u00a0h');
    expect(timerText('pl', replied)).toBe('Pierwsza odpowiedź po 4\u00a0dniach 4\u00a0godz.');
    expect(timerText('cs', replied)).toBe('První odpověď po 4\u00a0d 4\u00a0h');
  });

  it('should say a shorter wait in whole hours, as before, and under half an hour "< 1 h"', () => {
    expect(timerText('en', replyTimer(complained, null, hoursIn(3)))).toBe('Reply due within 21 h');
    expect(timerText('pl', replyTimer(complained, null, hoursIn(30)))).toBe('Spóźnione o 6 h (cel: 24 h)');
    expect(timerText('cs', replyTimer(complained, new Date(hoursIn(47.4)).toISOString(), hoursIn(50)))).toBe(
      'První odpověď po 47 h',
    );
    expect(timerText('en', replyTimer(complained, new Date(hoursIn(0.2)).toISOString(), hoursIn(1)))).toBe(
      'First reply after < 1 h',
    );
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

describe('where the text in the reply box came from', () => {
  const template = REPLY_TEMPLATES.cs[0];
  const origin = { template, lang: 'cs' as const };

  it("should say the template's language while the text holds a sentence of it, and none once it is the owner's own", () => {
    expect(replyTextLang(template, origin)).toBe('cs');
    // The "[…]" filled in, a line reworded: still the template's words, in its language.
    const filled = template.replace(/\[[^\]]+\]/, 'Nový hrnek odešel dnes ráno');
    expect(replyTextLang(filled, origin)).toBe('cs');
    expect(fromTemplate(filled.replace('Osobně ověřím', 'Ověřím'), origin)).toBe(true);
    // Rewritten or typed from scratch: nobody told us its language, so the box claims none ("" = unknown).
    expect(replyTextLang('We are so sorry: a new mug left this morning.', origin)).toBe('');
    expect(replyTextLang('Omlouváme se, hned to řešíme.', null)).toBe('');
    expect(replyTextLang('', origin)).toBe('');
  });

  it("should count as the owner's own text anything but an empty box or an untouched template", () => {
    expect(ownText('', null)).toBe(false);
    expect(ownText('  \n', origin)).toBe(false);
    expect(ownText(template, origin)).toBe(false);
    expect(ownText(`${template} `, origin)).toBe(true);
    expect(ownText('Omlouváme se.', null)).toBe(true);
    expect(ownText(template, null)).toBe(true); // a template text the owner pasted or restored is theirs
  });
});

describe('the Polish close-the-loop texts', () => {
  it('should address the owner in forms that fit anyone: no masculine-only past tense ("co zrobiłeś")', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'function'
          ? [String((value as (...args: unknown[]) => unknown)('cs', 'customer'))]
          : value && typeof value === 'object'
            ? Object.values(value).flatMap(strings)
            : [];
    const polish = [...strings(CLOSE_LOOP_TEXTS.pl), ...REPLY_TEMPLATES.pl];
    expect(polish.length).toBeGreaterThan(40);
    for (const text of polish) expect(text).not.toMatch(/\p{L}+(łeś|łaś|łbyś)(?!\p{L})|\(a\)/u);
    expect(CLOSE_LOOP_TEXTS.pl.replyHint).toMatch(/^Napisz, co zostało zrobione, żeby to naprawić\./);
  });
});
