// Text normalisation shared by training and inference.

const POSITIVE_EMOJI = /[😀😃😄😁😆😊🙂😇😍🥰😘😻👍👌👏🙌💪🔥💯✨🎉🥳❤️💖💕💗💙💚💛🧡💜🤩😎⭐🌟✅🆗😋]/gu;
const NEGATIVE_EMOJI = /[😡😠🤬😞😢😭😩😫👎💩🙁☹😤😒🤮🤢😣😖😔😕😟😥😰😱🤦🙄❌💔😑😐]/gu;
const OTHER_EMOJI = /\p{Extended_Pictographic}/gu;

/** Lower-case, map URLs/mentions/numbers/emoji/emoticons to placeholder words, shorten elongations. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/https?:\/\/\S+|www\.\S+/g, ' xurl ')
    .replace(/@\w+/g, ' xmention ')
    .replace(/[:;=]-?[)\]dp]+|\(-?[:;]|<3/g, ' xemopos ')
    .replace(/[:;=]'?-?[(\[/\\]+|\)-?[:;]/g, ' xemoneg ')
    .replace(POSITIVE_EMOJI, ' xemopos ')
    .replace(NEGATIVE_EMOJI, ' xemoneg ')
    .replace(OTHER_EMOJI, ' xemoji ')
    .replace(/\d+([.,]\d+)?/g, '0')
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .replace(/([!?.])\1+/g, '$1$1');
}

const FOLD_TABLE: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };

/** Strip diacritics: "żółć" → "zolc", "přílišně" → "prilisne". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łøđßæœ]/g, (c) => FOLD_TABLE[c] ?? c);
}
