// Language identification for en/pl/cs: a small learned char n-gram model, the locale as a hint, and "other".
import type { DenseLinear } from './artifact.ts';
import { languageFeatures } from './language-features.ts';

export const SUPPORTED_LANGUAGES = ['en', 'pl', 'cs'] as const;
const LOCALE_BONUS = 1.5;
const LETTER = /\p{L}/u;
/** Enough text to tell the three languages apart; the rest only costs time. */
const SAMPLE_CHARS = 240;
// Frequent function words of nearby languages that the model has never seen (it would otherwise force en/pl/cs).
const FOREIGN_WORDS = new Set(
  (
    'und der die das ist nicht ich sehr mit ein eine auch für sie wir le la les et est très pas je une des pour avec ' +
    'el los las muy y es que pero una por para con il molto non che della sono het een niet zeer ook voor dat van ' +
    'och att är inte jag en det som för mycket'
  ).split(' '),
);
const HOME_WORDS = new Set(
  (
    'the and is it was not for with this very you my to of i a in ' +
    'i w na nie jest to że sie się bardzo z do jak ale po ' +
    'a je v na ne se to že jsem velmi s do jak ale po'
  ).split(' '),
);

function localeLanguage(locale: string | undefined): string | undefined {
  const code = (locale ?? '').slice(0, 2).toLowerCase();
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(code) ? code : undefined;
}

export function detectLanguage(text: string, locale: string | undefined, model: DenseLinear): string {
  const hinted = localeLanguage(locale);
  const sample = text.slice(0, SAMPLE_CHARS);
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
    ) {
      letters++;
      latin++;
    } else if (code > 0x24f && code < 0xd800 && LETTER.test(sample.charAt(i))) letters++;
  }
  if (letters < 2) return hinted ?? 'other';
  // A word or two says too little about the language: the shopper's locale is the better guess.
  if (hinted && letters < 12) return hinted;
  if (latin / letters < 0.5) return 'other';
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let foreign = 0;
  let home = 0;
  for (const word of words) {
    if (FOREIGN_WORDS.has(word)) foreign++;
    if (HOME_WORDS.has(word)) home++;
  }
  if (words.length >= 4 && foreign >= 2 && foreign > home) return 'other';
  const features = languageFeatures(sample);
  const scores = model.bias.slice();
  const scale = features.length > 0 ? model.scale / Math.sqrt(features.length) : 0;
  for (const bucket of features) {
    const base = bucket * 3;
    for (let c = 0; c < 3; c++) scores[c]! += (model.weights[base + c]! - model.zero) * scale;
  }
  if (hinted) scores[SUPPORTED_LANGUAGES.indexOf(hinted as 'en')]! += LOCALE_BONUS;
  let best = 0;
  for (let c = 1; c < 3; c++) if (scores[c]! > scores[best]!) best = c;
  return SUPPORTED_LANGUAGES[best]!;
}
