import emojiRegex from 'emoji-regex';

export interface EmojiSpan {
  start: number;
  end: number;
  value: string;
}

const pattern = new RegExp(emojiRegex().source, `${emojiRegex().flags.replace('g', '')}y`);
const keycap = 0x20e3;
const variationSelector = 0xfe0f;

// Every emoji-regex match starts with ©, ® or a code unit from U+203C up (surrogates included), except
// keycaps ("1️⃣": a digit, # or *, an optional U+FE0F, then U+20E3). So the pattern is tried only there,
// not at every position of a text that is mostly Swedish letters.
const canStart = (code: number) => code >= 0x203c || code === 0xa9 || code === 0xae;

/** The emoji of a text as emoji-regex finds them (ZWJ, skin tone, flag and keycap sequences are one each). */
export function findEmoji(text: string): EmojiSpan[] {
  const found: EmojiSpan[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    let start = -1;
    if (canStart(code)) start = index;
    const next = text.charCodeAt(index + 1);
    // A keycap's base is plain ASCII: look ahead for its U+20E3.
    if (next === keycap || (next === variationSelector && text.charCodeAt(index + 2) === keycap)) start = index;
    if (start === -1) {
      index++;
      continue;
    }
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match) {
      found.push({ start, end: start + match[0].length, value: match[0] });
      index = start + match[0].length;
    } else index++;
  }
  return found;
}
