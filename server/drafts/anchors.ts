import { diffWordsWithSpace } from 'diff';

export interface Range {
  start: number;
  end: number;
}

const diffBudgetMs = 250;

/** Stretches of text that are the same in both versions: [oldStart, oldEnd) became [newStart, …). */
interface Kept {
  oldStart: number;
  oldEnd: number;
  newStart: number;
}

/**
 * Maps ranges of one version's text into the next, through a word-by-word diff.
 *
 * The whitespace-exact variant is used because `diffWords` ignores changes in whitespace and so
 * reports "unchanged" stretches whose lengths differ between the two texts, which would shift offsets.
 */
export function rangeMapper(oldText: string, newText: string): (range: Range) => Range | null {
  if (oldText === newText) return (range) => ({ ...range });
  let kept: Kept[] | undefined;
  const keptStretches = () => {
    if (kept) return kept;
    kept = [];
    let oldAt = 0;
    let newAt = 0;
    // Two unrelated 20,000-character texts would take seconds; past the budget nothing is carried.
    const changes = diffWordsWithSpace(oldText, newText, { timeout: diffBudgetMs }) ?? [];
    for (const change of changes) {
      const length = change.value.length;
      if (change.added) newAt += length;
      else if (change.removed) oldAt += length;
      else {
        kept.push({ oldStart: oldAt, oldEnd: oldAt + length, newStart: newAt });
        oldAt += length;
        newAt += length;
      }
    }
    return kept;
  };
  return (range) => {
    // A comment about the whole text has no passage to lose.
    if (range.start === range.end) return range.start === 0 ? { start: 0, end: 0 } : null;
    // The passage still exists only when every character of it is in one unchanged stretch.
    const stretch = keptStretches().find((item) => item.oldStart <= range.start && range.end <= item.oldEnd);
    if (!stretch) return null;
    const shift = stretch.newStart - stretch.oldStart;
    return { start: range.start + shift, end: range.end + shift };
  };
}
