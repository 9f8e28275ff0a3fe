import { diffWordsWithSpace } from 'diff';
import type { MediaItem } from '../../rules/core/types.ts';

export interface Range {
  start: number;
  end: number;
}

/**
 * The most a save may spend diffing the changed middle of two versions. Past it nothing is carried
 * (the comments stay on their own version, as when their passage is gone). Measured: two unrelated
 * 20,000-character texts cost 270 ms at the former 250 ms budget; this bounds a save to ~tens of ms.
 */
export const diffBudgetMs = 25;

/** Stretches of text that are the same in both versions: [oldStart, oldEnd) became [newStart, …). */
interface Kept {
  oldStart: number;
  oldEnd: number;
  newStart: number;
}

/** Adds a stretch, joined to the one before when they touch with the same shift (as one diff would report them). */
function keep(kept: Kept[], stretch: Kept) {
  const last = kept.at(-1);
  if (last && last.oldEnd === stretch.oldStart && last.newStart - last.oldStart === stretch.newStart - stretch.oldStart) last.oldEnd = stretch.oldEnd;
  else kept.push(stretch);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Length of the common start and end of two texts, never splitting a surrogate pair. */
function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && prefix < max && isHighSurrogate(a.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  if (suffix > 0 && suffix < max - prefix && isHighSurrogate(a.charCodeAt(a.length - 1 - suffix))) suffix--;
  return { prefix, suffix };
}

/**
 * Maps ranges of one version's text into the next. A passage in the common start or end is found at
 * once; only a passage in the changed middle needs a word-by-word diff of the middle, within `diffBudgetMs`.
 *
 * The whitespace-exact variant is used because `diffWords` ignores changes in whitespace and so
 * reports "unchanged" stretches whose lengths differ between the two texts, which would shift offsets.
 */
export function rangeMapper(oldText: string, newText: string): (range: Range) => Range | null {
  if (oldText === newText) return (range) => ({ ...range });
  const { prefix, suffix } = commonEnds(oldText, newText);
  const oldSuffixStart = oldText.length - suffix;
  const shiftAtEnd = newText.length - oldText.length;
  let kept: Kept[] | undefined;
  // Only a passage that reaches into the changed middle needs the diff.
  const keptStretches = () => {
    if (kept) return kept;
    kept = prefix > 0 ? [{ oldStart: 0, oldEnd: prefix, newStart: 0 }] : [];
    let oldAt = prefix;
    let newAt = prefix;
    const oldMiddle = oldText.slice(prefix, oldSuffixStart);
    const newMiddle = newText.slice(prefix, newText.length - suffix);
    const changes = oldMiddle && newMiddle ? (diffWordsWithSpace(oldMiddle, newMiddle, { timeout: diffBudgetMs }) ?? []) : [];
    for (const change of changes) {
      const length = change.value.length;
      if (change.added) newAt += length;
      else if (change.removed) oldAt += length;
      else {
        keep(kept, { oldStart: oldAt, oldEnd: oldAt + length, newStart: newAt });
        oldAt += length;
        newAt += length;
      }
    }
    if (suffix > 0) keep(kept, { oldStart: oldSuffixStart, oldEnd: oldText.length, newStart: oldSuffixStart + shiftAtEnd });
    return kept;
  };
  return (range) => {
    // A comment about the whole text has no passage to lose.
    if (range.start === range.end) return range.start === 0 ? { start: 0, end: 0 } : null;
    if (range.end <= prefix) return { ...range };
    if (range.start >= oldSuffixStart) return { start: range.start + shiftAtEnd, end: range.end + shiftAtEnd };
    // The passage still exists only when every character of it is in one unchanged stretch.
    const stretch = keptStretches().find((item) => item.oldStart <= range.start && range.end <= item.oldEnd);
    if (!stretch) return null;
    const shift = stretch.newStart - stretch.oldStart;
    return { start: range.start + shift, end: range.end + shift };
  };
}

/** Where an alt-text finding sits: "media[2].altText" → 2. */
const mediaIndexOf = (field: string) => Number(/^media\[(\d+)\]\.altText$/.exec(field)?.[1] ?? -1);

export interface AnchoredItem extends Range {
  id: number;
  /** Set for deviations on an alt text. */
  field?: string | null;
}

/**
 * Where comments and deviations anchored in the previous version sit in the next one; items whose
 * passage changed are left out (they stay anchored where they were). Shared by every store.
 */
export function carryAnchors(
  previous: { text: string; media: MediaItem[] },
  next: { text: string; media: MediaItem[] },
  items: AnchoredItem[],
): Array<{ id: number; start: number; end: number }> {
  const map = rangeMapper(previous.text, next.text);
  const moved: Array<{ id: number; start: number; end: number }> = [];
  for (const item of items) {
    let range: Range | null;
    if (item.field) {
      // An alt-text finding carries over only when that alt text is unchanged.
      const index = mediaIndexOf(item.field);
      const before = previous.media[index]?.altText;
      range = before !== undefined && next.media[index]?.altText === before ? { start: item.start, end: item.end } : null;
    } else {
      range = map(item);
    }
    if (range) moved.push({ id: item.id, ...range });
  }
  return moved;
}

/** UTF-16 code units a version adds to its draft's text quota: the post text and every alt text. */
export const textUnitsOf = (content: { text: string; media: MediaItem[] }) =>
  content.text.length + content.media.reduce((sum, item) => sum + (item.altText?.length ?? 0), 0);
