import type { Channel } from '../../../rules/profile/schema.ts';

export type Segment = { kind: 'text' | 'link' | 'hashtag' | 'mention'; text: string };

/** Where the channel folds the text: the same function the server uses, on every keystroke. */
export { foldOffset } from '../../../rules/channels/fold.ts';

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
