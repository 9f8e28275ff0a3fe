import type { Channel } from '../profile/schema.ts';
import type { SourceSpan } from '../core/parse.ts';
import { fittingOffset, lengthIn } from './count.ts';
import { findSources } from '../core/parse.ts';

/** Where the text passes `limit` in the channel's own unit: the first offset past the limit. */
export function offsetPast(channel: Channel, text: string, limit: number): number {
  return fittingOffset(text, limit, (prefix) => lengthIn(channel, prefix, findSources(prefix)));
}

/** "1 hashtagg" / "3 hashtaggar": Swedish count with the right number. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export const hashtagsOf = (sources: SourceSpan[]) => sources.filter((source) => source.kind === 'hashtag');
export const urlsOf = (sources: SourceSpan[]) => sources.filter((source) => source.kind === 'url');

// Typed "@name" with letters twitter-text does not take (å, ä, ö), as people write them on Facebook.
const typedMention = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_]+/gu;

/** @mentions: twitter-text's, plus "@Alingsåshem" and other names with non-ASCII letters. */
export function mentionsOf(text: string, sources: SourceSpan[]): SourceSpan[] {
  const mentions = sources.filter((source) => source.kind === 'mention');
  if (!text.includes('@')) return mentions;
  for (const match of text.matchAll(typedMention)) {
    const start = match.index;
    const end = start + match[0].length;
    if (sources.some((source) => source.start < end && source.end > start)) continue;
    mentions.push({ kind: 'mention', start, end, value: match[0] });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
