import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { carryAnchors, rangeMapper } from '../../server/drafts/anchors.ts';

describe('rangeMapper: where a passage of one version is in the next', () => {
  test('unchanged start and end are kept without diffing; changed passages are lost', () => {
    const before = 'Öppet hus på lördag. Fika för alla.';
    const after = 'Välkommen! Öppet hus på söndag. Fika för alla.';
    const map = rangeMapper(before, after);
    expect(map({ start: 0, end: 5 })).toEqual({ start: 11, end: 16 });
    expect(map({ start: 13, end: 19 })).toBeNull();
    expect(map({ start: 21, end: 25 })).toEqual({ start: 32, end: 36 });
    expect(map({ start: 0, end: 0 })).toEqual({ start: 0, end: 0 });
  });

  test('never maps into the middle of a surrogate pair', () => {
    // Same high surrogate, different low one: the common start must stop before the pair.
    const map = rangeMapper('a 😀 b', 'a 😁 b');
    expect(map({ start: 2, end: 4 })).toBeNull();
    expect(map({ start: 0, end: 1 })).toEqual({ start: 0, end: 1 });
    expect(map({ start: 5, end: 6 })).toEqual({ start: 5, end: 6 });
  });

  test('a mapped passage always has the same text in the new version', () => {
    const text = fc.stringMatching(/^[a-zåäö .😀]{0,60}$/);
    fc.assert(
      fc.property(text, text, fc.nat(60), fc.nat(60), (before, after, a, b) => {
        const start = Math.min(a, b, before.length);
        const end = Math.min(Math.max(a, b), before.length);
        const moved = rangeMapper(before, after)({ start, end });
        if (moved && start < end) expect(after.slice(moved.start, moved.end)).toBe(before.slice(start, end));
      }),
      { numRuns: 2_000, seed: 20261202 },
    );
  });

  test('replacing a 20,000-character text with an unrelated one carries nothing', () => {
    const words = (seed: number) => Array.from({ length: 3_000 }, (_, index) => `ord${(index * seed) % 4_999}`).join(' ').slice(0, 20_000);
    const before = words(7);
    const after = words(13);
    const map = rangeMapper(before, after);
    expect(map({ start: 5_000, end: 5_010 })).toBeNull();
  });
});

describe('carryAnchors', () => {
  test('an alt-text deviation moves only while its alt text is unchanged', () => {
    const previous = { text: 'Bild', media: [{ type: 'image' as const, altText: 'Barn läser' }] };
    const items = [{ id: 1, field: 'media[0].altText', start: 0, end: 4 }];
    expect(carryAnchors(previous, { text: 'Ny text', media: previous.media }, items)).toEqual([{ id: 1, start: 0, end: 4 }]);
    expect(carryAnchors(previous, { text: 'Bild', media: [{ type: 'image', altText: 'Barn skriver' }] }, items)).toEqual([]);
  });
});
