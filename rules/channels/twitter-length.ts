import twitter from 'twitter-text';
import { longRuns } from '../core/parse.ts';

// The package's default configuration (v3, channels.md); its type declarations omit `configs`.
export const twitterDefaults = (twitter as unknown as { configs: { defaults: twitter.ParseTweetOptions } }).configs.defaults;

// The most UTF-16 units one unit of X weight can take: an emoji tag sequence (a subdivision flag,
// 14 units) weighs 2.
const maxUnitsPerWeight = 8;

/**
 * X's weighted length as twitter-text gives it, for the whole text at once. A run of over 1,000
 * code units without white space holds no link here (findSources), and twitter-text's URL pattern
 * backtracks quadratically inside one (20,000 units of emoji took 7 s): such runs are weighed on
 * their own, with their dots made commas (same weight), so that twitter-text finds no link to try.
 * White space separates them from the rest, and nothing twitter-text weighs spans white space, so
 * the sum is the whole text's weight.
 */
export function xLength(text: string, config: twitter.ParseTweetOptions = twitterDefaults): number {
  const runs = longRuns(text);
  if (runs.length === 0) return twitter.parseTweet(text, config).weightedLength;
  let blanked = '';
  let from = 0;
  let weight = 0;
  for (const [start, end] of runs) {
    blanked += text.slice(from, start) + ' '.repeat(end - start);
    // Each space of the blank weighs one.
    weight += twitter.parseTweet(text.slice(start, end).replaceAll('.', ','), config).weightedLength - (end - start);
    from = end;
  }
  return weight + twitter.parseTweet(blanked + text.slice(from), config).weightedLength;
}

/**
 * The first offset past `limit` in X's weight: twitter-text's validRangeEnd + 1. With long runs
 * (see xLength), twitter-text is asked about each stretch up to a run together with only as much of
 * the run as can hold what is left of the limit, then the rest of the limit goes on past the run.
 */
export function xOffsetPast(text: string, limit: number): number {
  let budget = limit;
  let from = 0;
  for (const [start, end] of [...longRuns(text), [text.length, text.length] as [number, number]]) {
    if (from >= text.length) break;
    // Every character weighs at least one; twitter-text reads a limit of 0 as "no limit given".
    if (budget <= 0) return from;
    let piece = text.slice(start, Math.min(end, start + (budget + 1) * maxUnitsPerWeight + 16)).replaceAll('.', ',');
    // Never end the piece between the halves of a surrogate pair.
    const last = piece.charCodeAt(piece.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) piece = piece.slice(0, -1);
    const parsed = twitter.parseTweet(text.slice(from, start) + piece, { ...twitterDefaults, maxWeightedTweetLength: budget });
    if (parsed.weightedLength > budget) return from + parsed.validRangeEnd + 1;
    budget -= parsed.weightedLength;
    from = end;
  }
  return text.length;
}
