/**
 * The binary searches over a text's spans (rules/core/context.ts) that replaced searches of every
 * span for each hit, held to those plain searches: a text may hold thousands of URLs, mentions or
 * hashtags, and thousands of hits to check against them.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { firstEndingAfter, overlapTest } from '../../rules/core/context.ts';

const span = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 40 })).map(([start, length]) => ({ start, end: start + length }));

describe('spans', () => {
  test('overlapTest says what a search of every span says, for nested and overlapping spans too', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 30 }), (spans, queries) => {
        const sorted = [...spans].sort((a, b) => a.start - b.start);
        const overlaps = overlapTest(sorted);
        for (const { start, end } of queries) {
          expect(overlaps(start, end)).toBe(sorted.some((other) => start < other.end && end > other.start));
        }
      }),
      { numRuns: 2_000, seed: 20261202 },
    );
  });

  test('firstEndingAfter finds the first token that ends after an offset, as findIndex does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 40 }), fc.nat(120), (lengths, offset) => {
        // Tokens in order, without overlap, with gaps (white space) between.
        const tokens: { start: number; end: number }[] = [];
        let at = 0;
        for (const length of lengths) {
          tokens.push({ start: at, end: at + length });
          at += length + 1;
        }
        const found = tokens.findIndex((token) => token.end > offset);
        expect(firstEndingAfter(tokens, offset)).toBe(found === -1 ? tokens.length : found);
      }),
      { numRuns: 2_000, seed: 20261202 },
    );
  });
});
