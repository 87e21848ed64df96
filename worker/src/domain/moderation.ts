import type { HoldReason } from '../../../shared/reviews.ts';

const LINK = /(https?:\/\/|www\.|\b[a-z0-9-]+\.(com|net|org|pl|cz|eu|io|shop|info|biz|ru)\b)/i;

// Stems, matched at the start of a word and folded to ASCII, so inflected Polish and Czech forms and
// spellings without diacritics are caught ("kurwa", "kurwy", "kurewski"; "hovno", "hovna").
const PROFANITY_STEMS = [
  // English
  'fuck',
  'shit',
  'bullshit',
  'bitch',
  'bastard',
  'asshole',
  'cunt',
  'dick',
  'motherfuck',
  'wanker',
  'twat',
  // Polish
  'kurw',
  'kurew',
  'chuj',
  'huj',
  'pierdol',
  'pierdziel',
  'jeban',
  'jebac',
  'jebie',
  'zajeb',
  'spierdal',
  'skurwysyn',
  'pizd',
  'cipa',
  'ciota',
  'dziwk',
  'szmat',
  // Czech
  'kurv',
  'hovn',
  'prdel',
  'sracka',
  'sraci',
  'zmrd',
  'debil',
  'kokot',
  'pica',
  'pice',
  'curak',
  'mrdat',
  'mrdk',
  'doprdel',
  'chcip',
];

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').toLowerCase();

const PROFANITY = new RegExp(`(^|[^\\p{L}])(${PROFANITY_STEMS.join('|')})`, 'u');

/** What in the text itself holds a review for the owner: links and profanity. The rating never does. */
export function contentHoldReasons(...texts: (string | null | undefined)[]): HoldReason[] {
  const text = texts.filter(Boolean).join(' ');
  const reasons: HoldReason[] = [];
  if (LINK.test(text)) reasons.push('links');
  if (PROFANITY.test(fold(text))) reasons.push('profanity');
  return reasons;
}
