import type { Channel } from '../../../rules/profile/schema.ts';

export type Segment = { kind: 'text' | 'link' | 'hashtag' | 'mention'; text: string };

/**
 * Where the channel folds the text ("… mer"), the same rule as rules/channels/count.ts foldOffset:
 * after `foldChars` UTF-16 units, or earlier when the lines (each wrapped at foldChars / foldLines
 * characters) fill `foldLines` lines. Null when everything is shown. Kept here because the preview
 * follows every keystroke, before the server has answered.
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
  const code = text.charCodeAt(fold - 1);
  return code >= 0xd800 && code <= 0xdbff ? fold - 1 : fold;
}

/** What a channel that collapses blank lines (Instagram) shows: no trailing spaces, at most one blank line in a row. */
export function displayedText(channel: Pick<Channel, 'collapsesBlankLines'>, text: string): string {
  if (!channel.collapsesBlankLines) return text;
  return text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n');
}

const tokens =
  /(?<link>\b(?:https?:\/\/|www\.)[^\s<>"”’]+)|(?<hashtag>(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)|(?<mention>(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})?)/gu;
const trailingPunctuation = /[.,:;!?)\]]+$/;

/** Splits a post into plain text, links, hashtags and mentions, as a feed styles them. */
export function segments(text: string): Segment[] {
  const result: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(tokens)) {
    const groups = match.groups!;
    let value = match[0];
    const kind: Segment['kind'] = groups.link ? 'link' : groups.hashtag ? 'hashtag' : 'mention';
    if (kind === 'link') value = value.replace(trailingPunctuation, '');
    if (match.index > last) result.push({ kind: 'text', text: text.slice(last, match.index) });
    result.push({ kind, text: value });
    last = match.index + value.length;
  }
  if (last < text.length) result.push({ kind: 'text', text: text.slice(last) });
  return result;
}

/** The segments up to `end` (a UTF-16 offset), cutting the one that straddles it. */
export function cutSegments(list: Segment[], end: number): Segment[] {
  const result: Segment[] = [];
  let position = 0;
  for (const segment of list) {
    if (position >= end) break;
    const room = end - position;
    result.push(segment.text.length <= room ? segment : { kind: segment.kind, text: segment.text.slice(0, room) });
    position += segment.text.length;
  }
  return result;
}

/** Splits segments at `at`: [before, after] (for marking the part past the limit). */
export function splitSegments(list: Segment[], at: number): [Segment[], Segment[]] {
  const before: Segment[] = [];
  const after: Segment[] = [];
  let position = 0;
  for (const segment of list) {
    const end = position + segment.text.length;
    if (end <= at) before.push(segment);
    else if (position >= at) after.push(segment);
    else {
      before.push({ kind: segment.kind, text: segment.text.slice(0, at - position) });
      after.push({ kind: segment.kind, text: segment.text.slice(at - position) });
    }
    position = end;
  }
  return [before, after];
}
