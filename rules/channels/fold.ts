import type { Channel } from '../profile/schema.ts';

// No dependencies: the editor's preview imports this too, so both fold the same way.
/**
 * Where the channel folds this text: after `foldChars` UTF-16 units, or earlier when the text's
 * lines (each wrapped at foldChars / foldLines characters) fill `foldLines` lines. Null when
 * everything is shown.
 */
export function foldOffset(channel: Pick<Channel, 'foldChars' | 'foldLines'>, text: string): number | null {
  if (channel.foldChars === null) return null;
  let fold = channel.foldChars;
  if (channel.foldLines !== null) {
    const perLine = Math.ceil(channel.foldChars / channel.foldLines);
    let used = 0;
    let lineStart = 0;
    while (lineStart <= text.length) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline === -1 ? text.length : newline;
      const wrapped = Math.max(1, Math.ceil((lineEnd - lineStart) / perLine));
      if (used + wrapped > channel.foldLines) {
        fold = Math.min(fold, lineStart + (channel.foldLines - used) * perLine);
        break;
      }
      used += wrapped;
      if (newline === -1) break;
      lineStart = newline + 1;
    }
  }
  if (fold >= text.length || text.slice(fold).trim() === '') return null;
  // Never between the halves of a surrogate pair.
  const code = text.charCodeAt(fold - 1);
  return code >= 0xd800 && code <= 0xdbff ? fold - 1 : fold;
}
