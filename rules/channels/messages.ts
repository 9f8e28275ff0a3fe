import type { Channel } from '../profile/schema.ts';
import type { SourceSpan } from '../core/parse.ts';
import { overlapTest } from '../core/context.ts';
import { fittingOffset, graphemeBoundaries, lengthIn } from './count.ts';
import { xOffsetPast } from './twitter-length.ts';
import { findSources } from '../core/parse.ts';



// Code points that never start a grapheme cluster: marks, joiners, variation selectors, skin tones, tags.
const continues = /^[\p{M}\u200d\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;

/**
 * The start of the grapheme cluster that contains `offset`, found by stepping back over what
 * cannot start one (cheaper than running a segmenter for every long post). Flags (pairs of
 * regional indicators) are kept whole by counting the run of indicators before the offset.
 */
export function graphemeStartAtOrBefore(text: string, offset: number): number {
  if (offset <= 0 || offset >= text.length) return Math.max(0, Math.min(offset, text.length));
  let position = offset;
  for (let steps = 0; steps < 64 && position > 0; steps++) {
    const code = text.charCodeAt(position);
    if (code >= 0xdc00 && code <= 0xdfff) {
      position--;
      continue;
    }
    const rest = text.slice(position, position + 2);
    const previous = text.codePointAt(position - 1) === undefined ? '' : String.fromCodePoint(text.codePointAt(position - (text.charCodeAt(position - 1) >= 0xdc00 && text.charCodeAt(position - 1) <= 0xdfff ? 2 : 1))!);
    if (continues.test(rest) || previous === '\u200d') {
      position -= previous.length || 1;
      continue;
    }
    break;
  }
  // Regional indicators pair up from the start of their run.
  const isIndicator = (at: number) => {
    const point = text.codePointAt(at);
    return point !== undefined && point >= 0x1f1e6 && point <= 0x1f1ff;
  };
  if (isIndicator(position)) {
    let run = 0;
    for (let at = position - 2; at >= 0 && isIndicator(at); at -= 2) run++;
    if (run % 2 === 1) position -= 2;
  }
  return position;
}

/**
 * Where the text passes `limit` in the channel's own unit: the first offset past the limit. A link
 * counts whole (23 on X and Mastodon), so a link that crosses the limit is past it from its start,
 * as twitter-text's validRange says.
 */
export function offsetPast(channel: Channel, text: string, limit: number, sources: SourceSpan[] = findSources(text)): number {
  // UTF-16 units are string offsets, and twitter-text reports its own valid range: no search needed.
  const offset =
    channel.unit === 'utf16'
      ? graphemeStartAtOrBefore(text, limit)
      : channel.unit === 'graphemes'
        ? graphemeBoundaries(text, limit)[limit] ?? text.length
        : channel.unit === 'twitter'
        ? xOffsetPast(text, limit)
        : fittingOffset(
            text,
            limit,
            (prefix) => lengthIn(channel, prefix, sources.filter((source) => source.end <= prefix.length)),
            sources.reduce((units, source) => units + source.end - source.start, 0),
          );
  const url = sources.find((source) => source.kind === 'url' && source.start < offset && source.end > offset);
  return url ? url.start : offset;
}

/** "1 hashtagg" / "3 hashtaggar": Swedish count with the right number. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export const hashtagsOf = (sources: SourceSpan[]) => sources.filter((source) => source.kind === 'hashtag');
export const urlsOf = (sources: SourceSpan[]) => sources.filter((source) => source.kind === 'url');

// Typed "@name" with letters twitter-text does not take (å, ä, ö), as people write them on Facebook.
const typedMention = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_]+/gu;

const mentionCache = new WeakMap<SourceSpan[], SourceSpan[]>();

/** @mentions: twitter-text's, plus "@Alingsåshem" and other names with non-ASCII letters. Cached per text. */
export function mentionsOf(text: string, sources: SourceSpan[]): SourceSpan[] {
  let cached = mentionCache.get(sources);
  if (!cached) {
    cached = findMentions(text, sources);
    mentionCache.set(sources, cached);
  }
  return cached;
}

function findMentions(text: string, sources: SourceSpan[]): SourceSpan[] {
  const mentions = sources.filter((source) => source.kind === 'mention');
  if (!text.includes('@')) return mentions;
  const inSource = overlapTest(sources);
  for (const match of text.matchAll(typedMention)) {
    const start = match.index;
    const end = start + match[0].length;
    if (inSource(start, end)) continue;
    mentions.push({ kind: 'mention', start, end, value: match[0] });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
