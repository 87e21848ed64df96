// Text normalisation shared by training and inference.

// biome-ignore lint/suspicious/noMisleadingCharacterClass: ❤️'s variation selector alone is harmless, and the trained model counts it this way
const POSITIVE_EMOJI = /[😀😃😄😁😆😊🙂😇😍🥰😘😻👍👌👏🙌💪🔥💯✨🎉🥳❤️💖💕💗💙💚💛🧡💜🤩😎⭐🌟✅🆗😋]/gu;
const NEGATIVE_EMOJI = /[😡😠🤬😞😢😭😩😫👎💩🙁☹😤😒🤮🤢😣😖😔😕😟😥😰😱🤦🙄❌💔😑😐]/gu;
const OTHER_EMOJI = /\p{Extended_Pictographic}/gu;

/** Lower-case, map URLs/mentions/numbers/emoji/emoticons to placeholder words, shorten elongations. */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  // The emoji patterns are costly; most comments have no character beyond Latin Extended.
  const base = /[^\u0000-\u024f]/.test(lower)
    ? lower.replace(POSITIVE_EMOJI, ' xemopos ').replace(NEGATIVE_EMOJI, ' xemoneg ').replace(OTHER_EMOJI, ' xemoji ')
    : lower;
  return base
    .replace(/https?:\/\/\S+|www\.\S+/g, ' xurl ')
    .replace(/@\w+/g, ' xmention ')
    .replace(/[:;=]-?[)\]dp]+|\(-?[:;]|<3/g, ' xemopos ')
    .replace(/[:;=]'?-?[([/\\]+|\)-?[:;]/g, ' xemoneg ')
    .replace(/\d+([.,]\d+)?/g, '0')
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .replace(/([!?.])\1+/g, '$1$1');
}

const FOLD_TABLE: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };

function slowFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łøđßæœŁØĐ]/g, (c) => FOLD_TABLE[c.toLowerCase()] ?? c);
}

// Latin-1 Supplement and Latin Extended-A/B folded once at load: folding is then a table lookup per character.
const FAST_FOLD: string[] = [];
for (let code = 0xc0; code <= 0x24f; code++) FAST_FOLD[code - 0xc0] = slowFold(String.fromCharCode(code));

/** Strip diacritics: "żółć" → "zolc", "přílišně" → "prilisne". */
export function foldDiacritics(text: string): string {
  let needsFolding = false;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0xc0) {
      needsFolding = true;
      break;
    }
  }
  if (!needsFolding) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xc0) out += text.charAt(i);
    else if (code <= 0x24f) out += FAST_FOLD[code - 0xc0]!;
    else if (code >= 0x300 && code <= 0x36f) continue;
    else out += text.charAt(i);
  }
  return out;
}
