/**
 * Counting shortcuts held to their definitions: graphemes without a segmenter for text where every
 * code unit is a grapheme of its own, and X's weighted length for runs too long to hold a URL.
 */
import fc from 'fast-check';
import twitter from 'twitter-text';
import { describe, expect, test } from 'vitest';
import { fittingOffset, graphemeBoundaries, graphemeLength, lengthIn } from '../../rules/channels/count.ts';
import { twitterDefaults, xLength, xOffsetPast } from '../../rules/channels/twitter-length.ts';
import { offsetPast } from '../../rules/channels/messages.ts';
import { findSources } from '../../rules/core/parse.ts';
import { defaultLinter } from '../support/linter.ts';

// Over 1,000 UTF-16 units without twitter-text's white space.
const longRun = /[^\t-\r \x85\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]{1001,}/g;
const segmenter = new Intl.Segmenter('sv', { granularity: 'grapheme' });
const segmenterBoundaries = (text: string) => [...[...segmenter.segment(text)].map((segment) => segment.index), text.length];

const pieces = ['Hej', 'å', 'Ä', ' ', '\r', '\n', '\r\n', '–', '”', '…', '€', 'e\u0301', '\u200d', '\u200c', '😀', '👩‍👩‍👧', '🇸🇪', '\u2060', '\t', 'ß', 'ǅ'];
const texts = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe('grapheme counting (Bluesky)', () => {
  test('finds the boundaries and the count Intl.Segmenter finds', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(graphemeBoundaries(text)).toEqual(segmenterBoundaries(text));
        expect(graphemeLength(text)).toBe(segmenterBoundaries(text).length - 1);
      }),
      { numRuns: 5_000, seed: 20261124 },
    );
  });
});

describe('X counting of a run too long to hold a link', () => {
  const text = `Ring ${'👍🏽'.repeat(4_997)}@x.se`;

  test('weighs every character and finds no link in it, like the rest of the lint', () => {
    expect(findSources(text)).toEqual([]);
    // "Ring " 5, each emoji 2, "@x.se" 5: no 23-character link.
    expect(xLength(text)).toBe(5 + 4_997 * 2 + 5);
    expect(xLength(text)).toBe(twitter.parseTweet(text.replaceAll('.', ',')).weightedLength);
  });

  test('a link after the run still counts 23', () => {
    const post = `#${'👍🏽'.repeat(4_994)} https://alingsas.se`;
    expect(xLength(post)).toBe(1 + 4_994 * 2 + 1 + 23);
  });

  test('length and limit offset are twitter-text\'s for the same text with no link inside long runs', () => {
    const stretch = fc.array(fc.constantFrom('Hej', ' ', '\n', 'alingsas.se', 'https://x.se/a', '😀', '#skola', 'å'), { maxLength: 12 }).map((parts) => parts.join(''));
    const run = fc
      .tuple(fc.array(fc.constantFrom('a', '.', '😀', '👩‍👩‍👧', 'ö', '1', '/', 'x.se'), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1_001, max: 1_400 }))
      .map(([parts, length]) => parts.join('').repeat(Math.ceil(length / parts.join('').length)));
    const text = fc.array(fc.oneof(stretch, run), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 600 }), (post, limit) => {
        // The definition: dots inside long runs are commas to twitter-text, so it finds no link there.
        let defined = post;
        for (const match of post.matchAll(longRun)) defined = defined.slice(0, match.index) + match[0].replaceAll('.', ',') + defined.slice(match.index + match[0].length);
        const parsed = twitter.parseTweet(defined, { ...twitterDefaults, maxWeightedTweetLength: limit });
        expect(xLength(post)).toBe(parsed.weightedLength);
        expect(xOffsetPast(post, limit)).toBe(parsed.weightedLength > limit ? parsed.validRangeEnd + 1 : post.length);
      }),
      { numRuns: 150, seed: 20261124 },
    );
  });

  test('an ordinary post is counted exactly as twitter-text counts it', () => {
    const post = 'Läs mer på https://www.alingsas.se/skola 😀 #Alingsås';
    expect(xLength(post)).toBe(twitter.parseTweet(post).weightedLength);
  });

  test('the lint of such a post says how far past the X limit it goes', () => {
    const result = defaultLinter.lintPost({ text, channels: ['x'] });
    const x = result.stats.channels.find((channel) => channel.id === 'x')!;
    expect(x.length).toBe(10_004);
    expect(x.fits).toBe(false);
    const channel = defaultLinter.profile.channels.x!;
    // 280 weighted characters: "Ring " and 137 emoji of weight 2 fit, the 138th does not.
    expect(offsetPast(channel, text, channel.limit)).toBe(5 + 137 * 4);
  });
});

describe('where a post passes a limit in code points, weighted emoji or bytes', () => {
  test('searching only the graphemes the limit can reach finds what searching them all finds', () => {
    const channels = Object.values(defaultLinter.profile.channels).filter((channel) => ['threads', 'mastodon', 'utf8', 'graphemes'].includes(channel.unit));
    expect(channels.length).toBeGreaterThan(0);
    const piece = fc.constantFrom('Hej', ' ', 'å', '😀', '👩‍👩‍👧', 'e\u0301', 'https://www.alingsas.se/skola', '@info@alingsas.se', '#Alingsås', 'x.se', '\r\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')), fc.integer({ min: 1, max: 80 }), fc.constantFrom(...channels), (text, limit, channel) => {
        const sources = findSources(text);
        const measure = (prefix: string) => lengthIn(channel, prefix, sources.filter((source) => source.end <= prefix.length));
        const slack = sources.reduce((units, source) => units + source.end - source.start, 0);
        const offset = fittingOffset(text, limit, measure, slack);
        // What fits ends there: the text up to it fits, one more grapheme does not.
        const boundaries = graphemeBoundaries(text);
        const next = boundaries.find((boundary) => boundary > offset);
        expect(offset === 0 || measure(text.slice(0, offset)) <= limit).toBe(true);
        expect(next === undefined || measure(text.slice(0, next)) > limit).toBe(true);
        // Mastodon counts "@user@domain" short only once it is whole, so there more than one offset can
        // answer; every other unit grows with the text and has one answer.
        if (channel.unit !== 'mastodon') expect(offset).toBe(fittingOffset(text, limit, measure, Infinity));
      }),
      { numRuns: 2_000, seed: 20261124 },
    );
  });
});
