import { ParseLatin } from 'parse-latin';
import twitter from 'twitter-text';
import type { Parent, Root, Paragraph, Punctuation, Sentence, SentenceContent, Source, Text, WhiteSpace, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { location } from 'vfile-location';
import { data as abbreviationData } from './abbreviations.schema.ts';
import { furthestEnds, lastAtOrBefore } from './context.ts';

type ToPoint = ReturnType<typeof location>['toPoint'];
type Point = NonNullable<Sentence['position']>['end'];

export type SourceKind = 'url' | 'email' | 'mention' | 'hashtag';

export interface SourceSpan {
  kind: SourceKind;
  start: number;
  end: number;
  value: string;
}

const abbreviations = new Set(abbreviationData.abbreviations);
// Local parts and domains per RFC 5322's common subset; twitter-text has no e-mail extractor.
// The lookbehind starts a match only where a local part can start: without it, a long run of
// letters, digits or dots costs O(n²).
const emailPattern = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const startsWithDigitOrLower = /^[\p{Nd}\p{Ll}]/u;

// No URL, e-mail address, mention or hashtag spans twitter-text's white space (its spacesGroup),
// and twitter-text's checks either side of one look at one character. So each run between such spaces
// can be searched on its own, with the space either side (neighbouring runs together),
// and only runs that can hold one: an "@", a "#", or a "." before what can start a top-level domain
// (twitter-text finds no URL without one from its list: no IP addresses, no "localhost"). Every
// such domain starts with two letters, or a letter and a combining mark (".भारत"); "bl.a.", "18.00"
// and "kl." cannot hold a URL.
// That skips most of a post, and bounds twitter-text's URL pattern, which backtracks quadratically on a
// long run without white space (20,000 units of "a." took seconds): no entity is that long.
const isSpace = (code: number) =>
  (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0x85 || code === 0xa0 || code === 0x1680 || code === 0x180e ||
  (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
const at = 0x40;
const fullwidthAt = 0xff20;
const hash = 0x23;
const fullwidthHash = 0xff03;
const dot = 0x2e;
const maxRun = 1000;
const domainStart = /\p{L}[\p{L}\p{M}]/uy;
const startsDomain = (text: string, index: number) => {
  domainStart.lastIndex = index;
  return domainStart.test(text);
};

/**
 * Entities in a piece of the text made of white-space-free runs that can hold them, with the white
 * space between and either side; `offset` is where it starts in the text.
 */
function findSourcesInPiece(piece: string, offset: number, hasAt: boolean, spans: SourceSpan[]): void {
  const emails: SourceSpan[] = [];
  // The e-mail pattern has no literal prefix to scan for, so it only runs where there is an "@".
  if (hasAt) {
    for (const match of piece.matchAll(emailPattern)) {
      emails.push({ kind: 'email', start: offset + match.index, end: offset + match.index + match[0].length, value: match[0] });
    }
  }
  spans.push(...emails);
  // Entities and e-mail addresses both come in order, and addresses do not overlap: one walk.
  let email = 0;
  for (const entity of twitter.extractEntitiesWithIndices(piece)) {
    if ('cashtag' in entity) continue;
    const start = offset + entity.indices[0];
    const end = offset + entity.indices[1];
    while (email < emails.length && emails[email]!.end <= start) email++;
    if (email < emails.length && start >= emails[email]!.start) continue;
    const kind: SourceKind = 'url' in entity ? 'url' : 'hashtag' in entity ? 'hashtag' : 'mention';
    spans.push({ kind, start, end, value: piece.slice(entity.indices[0], entity.indices[1]) });
  }
}

/**
 * Runs of more than 1,000 code units without twitter-text's white space, as [start, end) pairs.
 * They hold no URL, e-mail address, mention or hashtag here, and twitter-text's URL pattern would
 * take seconds on them.
 */
export function longRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  let runStart = 0;
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && !isSpace(text.charCodeAt(index))) continue;
    if (index - runStart > maxRun) runs.push([runStart, index]);
    runStart = index + 1;
  }
  return runs;
}

// Neighbouring runs that can hold entities are searched together, up to this many units: each call of
// twitter-text's search costs about as much as a short run ("@a @a @a …": 6,660 calls, about 50 ms of a lint).
const maxPiece = 2 * maxRun;

/** URLs, e-mail addresses, @mentions and #hashtags, found once per text. */
export function findSources(text: string): SourceSpan[] {
  const spans: SourceSpan[] = [];
  let runStart = 0;
  let hasAt = false;
  let candidate = false;
  // The piece gathered so far: from, to, and whether it has an "@".
  let pieceFrom = -1;
  let pieceTo = -1;
  let pieceHasAt = false;
  const searchPiece = () => {
    if (pieceFrom >= 0) findSourcesInPiece(text.slice(pieceFrom, pieceTo), pieceFrom, pieceHasAt, spans);
    pieceFrom = -1;
    pieceHasAt = false;
  };
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 0x20;
    if (isSpace(code)) {
      if (index > runStart) {
        if (candidate && index - runStart <= maxRun) {
          // With the white space either side: twitter-text treats the start of a text unlike a space before it.
          const from = Math.max(0, runStart - 1);
          if (pieceFrom >= 0 && index + 1 - pieceFrom > maxPiece) searchPiece();
          if (pieceFrom < 0) pieceFrom = from;
          pieceTo = index + 1;
          pieceHasAt ||= hasAt;
        } else {
          // A run that cannot hold an entity, or too long a one, is never searched.
          searchPiece();
        }
      }
      runStart = index + 1;
      hasAt = false;
      candidate = false;
    } else if (code === at || code === fullwidthAt) {
      hasAt = true;
      candidate = true;
    } else if (code === hash || code === fullwidthHash) {
      candidate = true;
    } else if (code === dot && startsDomain(text, index + 1)) {
      candidate = true;
    }
  }
  searchPiece();
  return spans.sort((a, b) => a.start - b.start);
}

function lastWord(sentence: Sentence): string | undefined {
  const children = sentence.children;
  let index = children.length - 1;
  while (index >= 0 && children[index]!.type === 'PunctuationNode') index--;
  const node = children[index];
  if (!node || node.type !== 'WordNode') return undefined;
  // Without a regular expression: this runs once per sentence, and replace() was most of its cost.
  const word = toString(node).toLowerCase();
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

function firstText(sentence: Sentence): string {
  return toString(sentence).trimStart();
}

/** Whether `sentence`, white space `gap` and `next` are one Swedish sentence: "kl." before "18.00" or a lower-case word, on one line. */
export function continuesAfterAbbreviation(sentence: Sentence, gap: WhiteSpace, next: Sentence): boolean {
  if (gap.value.includes('\n')) return false;
  const word = lastWord(sentence);
  return word !== undefined && abbreviations.has(word) && startsWithDigitOrLower.test(firstText(next));
}

/**
 * retext-latin ends a sentence after "kl." before "18.00"; Swedish does not. One pass, the grown sentence
 * looked at again before the next gap: a splice per merge made 20,000 characters of "kl. 1 " quadratic.
 * Exported, with continuesAfterAbbreviation, for its property test.
 */
export function mergeAbbreviationBreaks(paragraph: Paragraph): void {
  const children = paragraph.children;
  const result: Paragraph['children'] = [];
  for (let index = 0; index < children.length; index++) {
    const sentence = result[result.length - 1];
    const gap = children[index]!;
    const next = children[index + 1];
    if (sentence?.type === 'SentenceNode' && gap.type === 'WhiteSpaceNode' && next?.type === 'SentenceNode' && continuesAfterAbbreviation(sentence, gap, next)) {
      sentence.children.push(gap);
      for (const node of next.children) sentence.children.push(node);
      sentence.position!.end = next.position!.end;
      index++;
      continue;
    }
    result.push(gap);
  }
  paragraph.children = result;
}

const digitsOnly = /^\d+$/;
const upperInitial = /^\p{Lu}/u;
// A number, a full stop and a capital: the only texts splitAfterNumbers can change.
const numberStopCapital = /\d\.\s+\p{Lu}/u;

/**
 * parse-latin keeps "10." in "på Norra Kungsvägen 10. Det innebär …" (and "113 13. Det …") in one
 * sentence with what follows, as if it were an ordinal. Swedish writes no ordinal dot ("den 3 maj"), so
 * a number, a full stop and a capitalised word end the sentence.
 */
function splitAfterNumbers(paragraph: Paragraph): void {
  let changed = false;
  const result: Paragraph['children'] = [];
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') {
      result.push(sentence);
      continue;
    }
    // One pass per sentence, each piece sliced once: a post of "1. A 1. A …" stays linear.
    const children = sentence.children;
    let pieceStart = 0;
    let pieceNode: Sentence = sentence;
    for (let position = 0; position + 2 < children.length; position++) {
      const word = children[position]!;
      if (word.type !== 'WordNode' || word.children.length !== 2) continue;
      const [digits, stop] = word.children as [Text, Punctuation];
      if (digits.type !== 'TextNode' || !digitsOnly.test(digits.value) || stop.type !== 'PunctuationNode' || stop.value !== '.') continue;
      const gap = children[position + 1]!;
      const next = children[position + 2]!;
      if (gap.type !== 'WhiteSpaceNode' || next.type !== 'WordNode' || !upperInitial.test(toString(next))) continue;
      word.children = [digits] as typeof word.children;
      if (word.position && digits.position) word.position = { start: word.position.start, end: digits.position.end };
      const piece: Sentence = { type: 'SentenceNode', children: [...children.slice(pieceStart, position + 1), stop as SentenceContent] };
      const pieceBegin = pieceNode.position?.start;
      if (pieceBegin && stop.position) piece.position = { start: pieceBegin, end: stop.position.end };
      result.push(piece, gap as never);
      pieceStart = position + 2;
      pieceNode = next.position && sentence.position ? ({ type: 'SentenceNode', children: [], position: { start: next.position.start, end: sentence.position.end } } as Sentence) : ({ type: 'SentenceNode', children: [] } as Sentence);
      changed = true;
      position++;
    }
    if (pieceStart === 0) {
      result.push(sentence);
      continue;
    }
    pieceNode.children = children.slice(pieceStart);
    result.push(pieceNode);
  }
  if (changed) paragraph.children = result;
}

/** Replace the words and symbols a URL, address, mention or hashtag was split into by one SourceNode. */
function mergeSources(sentence: Sentence, spans: SourceSpan[], reach: number[], text: string, toPoint: ToPoint): void {
  const start = sentence.position!.start.offset!;
  const end = sentence.position!.end.offset!;
  // The spans are in order of their start, and `reach` holds the furthest end up to each: the first that
  // can reach into this sentence is found by binary search, not by filtering every span per sentence
  // ("@ab. " × 4,000). (An address inside a URL overlaps it, so the ends alone are not in order.)
  const low = lastAtOrBefore(reach, start) + 1;
  let last = low;
  while (last < spans.length && spans[last]!.start < end) last++;
  const inside = spans.slice(low, last).filter((span) => span.end > start);
  if (inside.length === 0) return;
  const result: SentenceContent[] = [];
  let spanIndex = 0;
  for (const child of sentence.children) {
    const childStart = child.position!.start.offset!;
    const childEnd = child.position!.end.offset!;
    while (spanIndex < inside.length && inside[spanIndex]!.end <= childStart) spanIndex++;
    const span = inside[spanIndex];
    if (!span || childEnd <= span.start || childStart >= span.end) {
      result.push(child);
      continue;
    }
    const previous = result[result.length - 1] as Source | undefined;
    if (previous?.type === 'SourceNode' && previous.data?.span === span) continue;
    // A node that spills over the span's end (the "x." of a URL before a period) is split off.
    const sourceEnd = Math.min(span.end, end);
    const node: Source = {
      type: 'SourceNode',
      value: text.slice(Math.max(span.start, childStart), sourceEnd),
      position: { start: child.position!.start, end: toPoint(sourceEnd)! },
      data: { span },
    } as Source;
    result.push(node);
    if (childEnd > span.end) {
      result.push({
        type: 'PunctuationNode',
        value: text.slice(span.end, childEnd),
        position: { start: toPoint(span.end)!, end: child.position!.end },
      });
    }
  }
  sentence.children = result;
}

declare module 'nlcst' {
  interface SourceData {
    span?: SourceSpan;
  }
}

type ParagraphPlugin = (paragraph: Paragraph) => void;
type SentencePlugin = (sentence: Sentence) => void;

function hasTwoLineBreaks(value: string): boolean {
  let breaks = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === 13) {
      if (value.charCodeAt(index + 1) === 10) index++;
    } else if (code !== 10) continue;
    if (++breaks === 2) return true;
  }
  return false;
}

/**
 * parse-latin's breakImplicitSentences, without splitting every white space node's value into a new
 * array to count its line breaks (that alone was a third of a 2,200-character parse), and in one pass:
 * parse-latin slices the rest of the sentence off at each blank line and splices it into the paragraph,
 * so 20,000 characters of "a\n\n" took 70 ms here.
 */
function breakImplicitSentences(paragraph: Paragraph): void {
  const result: Paragraph['children'] = [];
  for (const child of paragraph.children) {
    result.push(child);
    if (child.type !== 'SentenceNode') continue;
    const children = child.children;
    // The sentence the rest goes on in, and where that rest starts.
    let sentence = child;
    let start = 0;
    for (let position = start + 1; position < children.length - 1; position++) {
      const node = children[position]!;
      if (node.type !== 'WhiteSpaceNode' || !hasTwoLineBreaks(node.value)) continue;
      sentence.children = children.slice(start, position);
      const insertion: Sentence = { type: 'SentenceNode', children: [] };
      const tail = children[position - 1]!;
      const head = children[position + 1]!;
      if (sentence.position && tail.position && head.position) {
        const end = sentence.position.end;
        sentence.position.end = tail.position.end;
        insertion.position = { start: head.position.start, end };
      }
      result.push(node, insertion);
      sentence = insertion;
      start = position + 1;
      // As parse-latin: the new sentence's first node never breaks it.
      position++;
    }
    if (start > 0) sentence.children = children.slice(start);
  }
  paragraph.children = result;
}

// parse-latin's wordSymbolInner (lib/expressions.js, not exported): marks that join the words either side.
const wordSymbolInner = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;

/**
 * parse-latin's mergeInnerWordSymbol ("e-post", "bl.a", "18.00" become one word), building the new
 * children in one pass. parse-latin's splices each merge out of the array it walks, and that array is
 * the whole text's tokens (sentences are split after this plugin), so n merges cost n × the text:
 * 20,000 characters of "bl.a. " spent most of a 120 ms lint there.
 */
function mergeInnerWordSymbol(sentence: Sentence): void {
  mergeInOnePass(sentence, (previous, siblings, index) => {
    const child = siblings[index]!;
    if (child.type !== 'SymbolNode' && child.type !== 'PunctuationNode') return undefined;
    // As parse-latin: words and inner marks after the previous word join it, up to the last word.
    let queue: Word['children'] = [];
    let joined: Word | undefined;
    let position = index;
    for (; position < siblings.length; position++) {
      const sibling = siblings[position]!;
      if (sibling.type === 'WordNode') {
        for (const node of [...queue, ...sibling.children]) previous.children.push(node);
        queue = [];
        joined = sibling;
      } else if ((sibling.type === 'SymbolNode' || sibling.type === 'PunctuationNode') && wordSymbolInner.test(sibling.value)) {
        queue.push(sibling);
      } else break;
    }
    if (!joined) return undefined;
    const last = joined.children[joined.children.length - 1]!;
    if (previous.position && last.position) previous.position.end = last.position.end;
    // The marks queued after the last word stay, and are looked at again (after the grown word).
    return position - queue.length;
  });
}

/**
 * Rebuilds a sentence's children in one pass. At each node that follows a word, `mergeAt` may join
 * that node (and what follows) into the word and answer the index to go on from; otherwise the node is kept.
 * Kept nodes are written back over the front of the same array (merges only remove, so they never
 * overtake the nodes still to read): no new array per plugin, which on a text without merges cost more
 * than the merging.
 */
function mergeInOnePass(sentence: Sentence, mergeAt: (previous: Word, siblings: SentenceContent[], index: number) => number | undefined): void {
  const siblings = sentence.children;
  let kept = 0;
  let index = 0;
  while (index < siblings.length) {
    const previous = kept > 0 ? siblings[kept - 1] : undefined;
    const next = previous?.type === 'WordNode' ? mergeAt(previous, siblings, index) : undefined;
    if (next !== undefined) {
      index = next;
      continue;
    }
    siblings[kept++] = siblings[index]!;
    index++;
  }
  siblings.length = kept;
}

/**
 * Whether a parse-latin sentence plugin makes `sample` one word: "a&b" only the one that joins words at
 * inner marks, "a/b" only the one that joins them at a slash.
 */
function makesOneWord(sample: string): (plugin: SentencePlugin) => boolean {
  return (plugin) => {
    const probe: Sentence = { type: 'SentenceNode', children: new ParseLatin().tokenize(sample) };
    plugin(probe);
    return probe.children.length === 1;
  };
}

/**
 * parse-latin's mergeInnerWordSlash (words of under three characters either side of a slash become one:
 * "och/eller" does not, "a/b" and "km/h" do), in one pass. parse-latin's splices each merge out of the
 * whole text's tokens: 20,000 characters of "a/" took 140 ms of a lint there.
 */
function mergeInnerWordSlash(sentence: Sentence): void {
  mergeInOnePass(sentence, (previous, siblings, index) => {
    const child = siblings[index]!;
    if ((child.type !== 'SymbolNode' && child.type !== 'PunctuationNode') || child.value !== '/') return undefined;
    const next = siblings[index + 1];
    const nextWord = next?.type === 'WordNode' ? next : undefined;
    if (toString(previous).length >= 3 || (nextWord && toString(nextWord).length >= 3)) return undefined;
    previous.children.push(child as Punctuation, ...(nextWord?.children ?? []));
    const tail = nextWord ?? child;
    if (previous.position && tail.position) previous.position.end = tail.position.end;
    // As parse-latin: the node after the joined ones is looked at next, after the grown word.
    return index + (nextWord ? 2 : 1);
  });
}

const isMark = (node: SentenceContent | undefined, value: string) => (node?.type === 'SymbolNode' || node?.type === 'PunctuationNode') && node.value === value;

/** Puts `mark` first in `word`, which then starts where it does. */
function prependMark(word: Word, mark: SentenceContent): void {
  word.children.unshift(mark as Punctuation);
  if (word.position && mark.position) word.position.start = mark.position.start;
}

/**
 * parse-latin's mergeInitialWordSymbol (an "&" before a word and after none joins the word: "&a"), in one
 * pass. parse-latin splices each out of the whole text's tokens: 20,000 characters of "&a " are 6,700 merges.
 */
function mergeInitialWordSymbol(sentence: Sentence): void {
  const siblings = sentence.children;
  // As in mergeInOnePass, the kept nodes are written over the front of the array.
  let kept = 0;
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!;
    const next = siblings[index + 1];
    if (!isMark(child, '&') || next?.type !== 'WordNode' || (kept > 0 && siblings[kept - 1]!.type === 'WordNode')) {
      siblings[kept++] = child;
      continue;
    }
    prependMark(next, child);
    // As parse-latin: the node before is looked at again, and an "&" there after no word joins too.
    while (kept > 0 && isMark(siblings[kept - 1], '&') && (kept < 2 || siblings[kept - 2]!.type !== 'WordNode')) prependMark(next, siblings[--kept]!);
  }
  siblings.length = kept;
}

/**
 * parse-latin's mergeFinalWordSymbol (a "-" after a word and before none joins it: "a-"), in one pass.
 * parse-latin splices each out of the whole text's tokens: 20,000 characters of "a- " took 20 ms.
 */
function mergeFinalWordSymbol(sentence: Sentence): void {
  mergeInOnePass(sentence, (previous, siblings, index) => {
    const child = siblings[index]!;
    if (!isMark(child, '-') || siblings[index + 1]?.type === 'WordNode') return undefined;
    previous.children.push(child as Punctuation);
    if (previous.position && child.position) previous.position.end = child.position.end;
    return index + 1;
  });
}

/** A sentence of one word, `units` joined by full stops, and a full stop after it: what mergeInitialisms looks at. */
function initialismProbe(...units: string[]): Sentence {
  const children: Word['children'] = units.flatMap((value, index) => [
    ...(index > 0 ? [{ type: 'PunctuationNode', value: '.' } as Punctuation] : []),
    { type: 'TextNode', value } as Text,
  ]);
  return { type: 'SentenceNode', children: [{ type: 'WordNode', children }, { type: 'PunctuationNode', value: '.' }] };
}

/** Which of parse-latin's sentence plugins ends an initialism with its full stop: the only one that changes "a.b" + ".". */
function isInitialismMerger(plugin: SentencePlugin): boolean {
  const probe = initialismProbe('a', 'b');
  plugin(probe);
  return probe.children.length === 1;
}

/**
 * parse-latin's mergeInitialisms (a full stop after a word of single characters joined by full stops
 * joins it: "a.b."), in one pass. parse-latin splices each out of the whole text's tokens: 20,000
 * characters of "a.b. " are 4,000 merges. Whether a character is a digit (a word of digits is no
 * initialism) is asked of parse-latin's own plugin once per code unit (its numerical expression is not exported).
 */
function initialismMerger(original: SentencePlugin): SentencePlugin {
  const numericalUnit = new Map<string, boolean>();
  const isNumerical = (value: string) => {
    let known = numericalUnit.get(value);
    if (known === undefined) {
      const probe = initialismProbe(value, value);
      original(probe);
      known = probe.children.length === 2;
      numericalUnit.set(value, known);
    }
    return known;
  };
  // parse-latin's test, from the word's end: one-character values at even places, full stops between.
  const isInitialism = (word: Word) => {
    const children = word.children;
    if (children.length === 1 || children.length % 2 === 0) return false;
    let allDigits = true;
    for (let position = children.length - 1; position >= 0; position--) {
      const value = toString(children[position]!);
      if (position % 2 === 0) {
        if (value.length > 1) return false;
        if (!isNumerical(value)) allDigits = false;
      } else if (value !== '.') {
        if (position < children.length - 2) break;
        return false;
      }
    }
    return !allDigits;
  };
  return (sentence) =>
    mergeInOnePass(sentence, (previous, siblings, index) => {
      const child = siblings[index]!;
      if (child.type !== 'PunctuationNode' || child.value !== '.' || !isInitialism(previous)) return undefined;
      previous.children.push(child);
      if (previous.position && child.position) previous.position.end = child.position.end;
      return index + 1;
    });
}

const paragraphOf = (...sentences: string[]): Paragraph => ({
  type: 'ParagraphNode',
  children: sentences.map((value) => ({ type: 'SentenceNode', children: new ParseLatin().tokenize(value) })),
});

/**
 * parse-latin's mergeInitialLowerCaseLetterSentences ("bl.a. något" is one sentence), in one pass
 * instead of a splice per merge. Whether a first letter is lower case is asked of parse-latin's own
 * plugin once per letter (its lowerInitial expression is not exported).
 */
function lowerCaseSentenceMerger(original: ParagraphPlugin): ParagraphPlugin {
  const lowerInitial = new Map<string, boolean>();
  const startsLower = (word: string) => {
    const first = String.fromCodePoint(word.codePointAt(0)!);
    let known = lowerInitial.get(first);
    if (known === undefined) {
      const probe = paragraphOf('a', first);
      original(probe);
      known = probe.children.length === 1;
      lowerInitial.set(first, known);
    }
    return known;
  };
  return (paragraph) => {
    const result: Paragraph['children'] = [];
    for (const child of paragraph.children) {
      const previous = result[result.length - 1];
      if (child.type === 'SentenceNode' && previous?.type === 'SentenceNode') {
        // The first word decides, unless a mark comes before any word.
        const first = child.children.find((node) => node.type === 'WordNode' || node.type === 'SymbolNode' || node.type === 'PunctuationNode');
        if (first?.type === 'WordNode' && startsLower(toString(first))) {
          for (const node of child.children) previous.children.push(node);
          if (previous.position && child.position) previous.position.end = child.position.end;
          continue;
        }
      }
      result.push(child);
    }
    paragraph.children = result;
  };
}

/** Which of parse-latin's paragraph plugins merges a sentence that starts with a lower-case letter into the one before. */
function isLowerCaseSentenceMerger(plugin: ParagraphPlugin): boolean {
  const lower = paragraphOf('Hej.', 'du.');
  const upper = paragraphOf('Hej.', 'Du.');
  plugin(lower);
  plugin(upper);
  return lower.children.length === 1 && upper.children.length === 2;
}

// parse-latin's terminalMarker (lib/expressions.js, not exported).
const terminalMarker = /^([!.?\u2026\u203D]+)$/;

/**
 * parse-latin's mergeRemainingFullStops (a full stop that does not end the sentence joins the word
 * before it, or else the word after it), walking each sentence from its end as parse-latin does but
 * collecting what stays instead of splicing each joined stop out: a sentence of "bl.a. " × 3,000
 * is one sentence of 15,000 nodes.
 */
function mergeRemainingFullStops(paragraph: Paragraph): void {
  for (const sentence of paragraph.children) {
    if (!('children' in sentence)) continue;
    const children = sentence.children;
    // What stays, from the end: the nodes after the one looked at, nearest last.
    const kept: SentenceContent[] = [];
    let hasFoundDelimiter = false;
    for (let position = children.length - 1; position >= 0; position--) {
      const node = children[position]!;
      if (node.type !== 'SymbolNode' && node.type !== 'PunctuationNode') {
        // A sentence without a terminal marker: as if its last word were one.
        if (node.type === 'WordNode') hasFoundDelimiter = true;
        kept.push(node);
        continue;
      }
      if (!terminalMarker.test(node.value) || !hasFoundDelimiter || node.value !== '.') {
        // The last terminal marker (from the end) stays where it is; so do others than a single full stop.
        if (terminalMarker.test(node.value)) hasFoundDelimiter = true;
        kept.push(node);
        continue;
      }
      const previous = children[position - 1];
      const next = kept[kept.length - 1];
      if (previous?.type === 'WordNode') {
        const nextNext = kept[kept.length - 2];
        // "{.} ." stays.
        if (next?.type === 'WhiteSpaceNode' && nextNext && toString(nextNext) === '.') {
          kept.push(node);
          continue;
        }
        previous.children.push(node as Punctuation);
        if (node.position && previous.position) previous.position.end = node.position.end;
        // As parse-latin, the word that took the stop is not looked at again.
        kept.push(previous);
        position--;
      } else if (next?.type === 'WordNode') {
        next.children.unshift(node as Punctuation);
        if (node.position && next.position) next.position.start = node.position.start;
      } else {
        kept.push(node);
      }
    }
    sentence.children = kept.reverse();
  }
}

// parse-latin's abbreviationPrefix (lib/plugin/merge-prefix-exceptions.js, not exported): lower-cased words
// whose full stop does not end a sentence.
const abbreviationPrefix = /^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/;

/** Joins the full stop that ends `sentence` to the word before it if that word is an abbreviation prefix ("1.", "cf."); whether it did. */
function joinPrefixStop(sentence: Sentence): boolean {
  const children = sentence.children;
  if (children.length < 2) return false;
  const period = children[children.length - 1]!;
  if ((period.type !== 'PunctuationNode' && period.type !== 'SymbolNode') || period.value !== '.') return false;
  const word = children[children.length - 2]!;
  if (word.type !== 'WordNode' || !abbreviationPrefix.test(toString(word).toLowerCase())) return false;
  word.children.push(period as Punctuation);
  children.pop();
  if (period.position && word.position) word.position.end = period.position.end;
  return true;
}

/**
 * parse-latin's mergePrefixExceptions (a sentence that ends in "1." or "cf." goes on into the next), in
 * one pass. parse-latin's splices each merged sentence out of the paragraph: 20,000 characters of
 * "1. " are 6,600 merges over a paragraph of 6,600 sentences, 20 ms of a lint here.
 */
function mergePrefixExceptions(paragraph: Paragraph): void {
  const children = paragraph.children;
  const result: Paragraph['children'] = [];
  for (let index = 0; index < children.length; index++) {
    const sentence = children[index]!;
    result.push(sentence);
    if (sentence.type !== 'SentenceNode') continue;
    // As parse-latin: after each merge the grown sentence is looked at again.
    while (joinPrefixStop(sentence)) {
      const next = children[index + 1];
      if (next?.type !== 'SentenceNode') break;
      for (const node of next.children) sentence.children.push(node);
      if (next.position && sentence.position) sentence.position.end = next.position.end;
      index++;
    }
  }
  paragraph.children = result;
}

/** Which of parse-latin's paragraph plugins goes on past "cf." into the next sentence: the only one that joins these two. */
const isPrefixExceptionMerger = joinsSentences('Se cf.', 'Nästa.');

/** Which of parse-latin's paragraph plugins joins a full stop inside a sentence to its word: the only one that changes "Hej. du." alone. */
function isFullStopMerger(plugin: ParagraphPlugin): boolean {
  const probe = paragraphOf('Hej. du.');
  plugin(probe);
  return probe.children.length === 1 && (probe.children[0] as Sentence).children.length === 4;
}

/** Which of parse-latin's paragraph plugins breaks sentences at blank lines: the only one that changes this probe. */
function isBlankLineBreaker(plugin: ParagraphPlugin): boolean {
  const probe = new ParseLatin().tokenizeSentence('a\n\nb') as Sentence;
  const paragraph: Paragraph = { type: 'ParagraphNode', children: [probe] };
  plugin(paragraph);
  return paragraph.children.length === 3;
}

/** Appends `child`'s children to `previous`, which then ends where `child` did: parse-latin's merge of a sentence into the one before. */
function appendChildren(previous: Parent, child: Parent): void {
  for (const node of child.children) previous.children.push(node);
  if (previous.position && child.position) previous.position.end = child.position.end;
}

/**
 * parse-latin's mergeNonWordSentences (a sentence without words joins the one before, or else the one
 * after), in one pass. parse-latin splices each out of the paragraph: 20,000 characters of "!? " are
 * 13,000 merges, 40 ms of a parse.
 */
function mergeNonWordSentences(paragraph: Paragraph): void {
  const children = paragraph.children;
  const result: Paragraph['children'] = [];
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if ('children' in child && !child.children.some((node) => node.type === 'WordNode')) {
      const previous = result[result.length - 1];
      if (previous && 'children' in previous) {
        appendChildren(previous, child);
        continue;
      }
      const next = children[index + 1];
      if (next && 'children' in next) {
        next.children.unshift(...child.children);
        if (next.position && child.position) next.position.start = child.position.start;
        // As parse-latin: the sentence that took them is not looked at itself.
        result.push(next);
        index++;
        continue;
      }
    }
    result.push(child);
  }
  paragraph.children = result;
}


/** Sets where `parent` starts as parse-latin does when it shifts its first `count` children off one at a time. */
function startAfterShifts(parent: Parent, count: number): void {
  for (let index = 1; index <= count; index++) {
    const next = parent.children[index];
    if (next?.position && parent.position) parent.position.start = next.position.start;
  }
}

/** Sets where `parent` ends as parse-latin does when it pops its last `count` children off one at a time. */
function endAfterPops(parent: Parent, count: number): void {
  const children = parent.children;
  for (let index = 1; index <= count; index++) {
    const previous = children[children.length - 1 - index];
    if (previous?.position && parent.position) parent.position.end = previous.position.end;
  }
}

/** Index of the sentence parse-latin's mergeAffixSymbol moves the last sentence's leading marks into; -1 for none. */
function affixTarget(result: Paragraph['children']): number {
  let target = result.length - 2;
  if (target < 0 || result[target]!.type !== 'SentenceNode') return -1;
  // An empty sentence, looked at again once it holds a mark, passes it on to the sentence before.
  while (target > 0 && (result[target] as Sentence).children.length === 0 && result[target - 1]!.type === 'SentenceNode') target--;
  return target;
}

/**
 * parse-latin's mergeAffixSymbol (closing marks after a terminal marker, as in "Hej.)" or "Hej!”", join
 * the sentence before), moving a sentence's leading marks at once. parse-latin shifts them off one at a
 * time, each shift as long as the sentence: "a." and 20,000 characters of ')"' took 60 ms. Whether a mark
 * is one is asked of parse-latin's own plugin once per code unit (its affixSymbol expression is not exported).
 */
function affixSymbolMerger(original: ParagraphPlugin): ParagraphPlugin {
  const affixUnit = new Map<number, boolean>();
  const isAffixUnit = (code: number) => {
    let known = affixUnit.get(code);
    if (known === undefined) {
      const probe = paragraphOf('Hej.', 'Du.');
      (probe.children[1] as Sentence).children.unshift({ type: 'PunctuationNode', value: String.fromCharCode(code) });
      original(probe);
      known = (probe.children[0] as Sentence).children.length === 3;
      affixUnit.set(code, known);
    }
    return known;
  };
  // As parse-latin's affixSymbol expression: one such code unit, repeated.
  const isAffix = (node: SentenceContent) => {
    if ((node.type !== 'SymbolNode' && node.type !== 'PunctuationNode') || node.value === '') return false;
    const code = node.value.charCodeAt(0);
    for (let index = 1; index < node.value.length; index++) if (node.value.charCodeAt(index) !== code) return false;
    return isAffixUnit(code);
  };
  return (paragraph) => {
    const result: Paragraph['children'] = [];
    for (const child of paragraph.children) {
      result.push(child);
      if (child.type !== 'SentenceNode') continue;
      const target = affixTarget(result);
      const nodes = child.children;
      let count = 0;
      while (target >= 0 && count < nodes.length && isAffix(nodes[count]!)) count++;
      if (count === 0) continue;
      const sentence = result[target] as Sentence;
      let end: Point | undefined;
      for (const node of nodes.slice(0, count)) {
        sentence.children.push(node);
        if (node.position) end = node.position.end;
      }
      startAfterShifts(child, count);
      nodes.splice(0, count);
      // Every sentence the marks passed through ends where the last of them does.
      for (let index = target; end && index < result.length - 1; index++) {
        const passed = result[index]!;
        if (passed.position) passed.position.end = end;
      }
    }
    paragraph.children = result;
  };
}

/** Which of parse-latin's paragraph plugins moves a closing mark to the sentence before: the only one that changes this probe so. */
function isAffixSymbolMerger(plugin: ParagraphPlugin): boolean {
  const probe = paragraphOf('Hej.', ')Du.');
  plugin(probe);
  return probe.children.length === 2 && (probe.children[0] as Sentence).children.length === 3;
}

// parse-latin's digitStart (lib/expressions.js, not exported).
const digitStart = /^\d/;

type ParagraphChild = Paragraph['children'][number];

/**
 * A paragraph plugin that, in one pass, appends each child for which `joins(previous, child)` holds to
 * the child kept before it: parse-latin's sentence merges, without a splice out of the paragraph per merge.
 */
function joiningToPrevious(joins: (previous: ParagraphChild, child: ParagraphChild) => boolean): ParagraphPlugin {
  return (paragraph) => {
    const result: Paragraph['children'] = [];
    for (const child of paragraph.children) {
      const previous = result[result.length - 1];
      if (previous && joins(previous, child)) {
        appendChildren(previous as Parent, child as Parent);
        continue;
      }
      result.push(child);
    }
    paragraph.children = result;
  };
}

/** Which of parse-latin's paragraph plugins joins these two sentences (the only one that does, for each probe below). */
function joinsSentences(first: string, second: string): (plugin: ParagraphPlugin) => boolean {
  return (plugin) => {
    const probe = paragraphOf(first, second);
    plugin(probe);
    return probe.children.length === 1;
  };
}

/** Joins a sentence of a mark alone to the one before: mergeNonWordSentences. */
const isNonWordSentenceMerger = joinsSentences('Hej.', ':');

/** parse-latin's mergeInitialDigitSentences (a sentence that starts with a digit joins the one before), in one pass: "1!" × 10,000 took 36 ms. */
const mergeInitialDigitSentences = joiningToPrevious((previous, child) => {
  const head = child.type === 'SentenceNode' ? child.children[0] : undefined;
  return previous.type === 'SentenceNode' && head?.type === 'WordNode' && digitStart.test(toString(head));
});
const isDigitSentenceMerger = joinsSentences('Hej.', '12.');

/** Whether the first mark in `sentence`, before any word, is a comma or a semicolon. */
function startsWithCommaOrSemicolon(sentence: Sentence): boolean {
  for (const node of sentence.children) {
    if (node.type === 'WordNode') return false;
    if (node.type === 'SymbolNode' || node.type === 'PunctuationNode') return node.value === ',' || node.value === ';';
  }
  return false;
}

/** parse-latin's mergeAffixExceptions (a sentence that starts with "," or ";" joins the one before), in one pass: ",ab." × 20,000 characters is quadratic there. */
const mergeAffixExceptions = joiningToPrevious((previous, child) => 'children' in previous && 'children' in child && startsWithCommaOrSemicolon(child as Sentence));
const isAffixExceptionMerger = joinsSentences('Hej.', ', Du.');

/**
 * parse-latin's makeInitialWhiteSpaceSiblings (white space that starts a sentence or a paragraph becomes
 * the sibling before it), in one pass, for paragraphs and the root alike. parse-latin splices each into
 * the paragraph: the one sentence per ". NOT" made it a tenth of a parse.
 */
function makeInitialWhiteSpaceSiblings(parent: Parent): void {
  const result: Parent['children'] = [];
  for (const child of parent.children) {
    if ('children' in child) {
      const nodes = child.children;
      let count = 0;
      while (count < nodes.length && nodes[count]!.type === 'WhiteSpaceNode') count++;
      if (count > 0) {
        for (const node of nodes.slice(0, count)) result.push(node);
        startAfterShifts(child, count);
        nodes.splice(0, count);
      }
    }
    result.push(child);
  }
  parent.children = result;
}

/** Which of parse-latin's plugins moves white space that starts a sentence before it: the only one that changes this probe. */
function movesInitialWhiteSpace(plugin: (parent: Paragraph) => void): boolean {
  const probe = paragraphOf(' Hej.');
  plugin(probe);
  return probe.children.length === 2 && probe.children[0]!.type === 'WhiteSpaceNode';
}

/**
 * parse-latin's makeFinalWhiteSpaceSiblings (white space that ends a sentence or a paragraph becomes the
 * sibling after it), in one pass. parse-latin splices each into its parent: every paragraph but the last
 * ends in its line break, so 20,000 characters of "a\n\n" were 6,700 splices into the root.
 */
function makeFinalWhiteSpaceSiblings(parent: Parent): void {
  const result: Parent['children'] = [];
  for (const child of parent.children) {
    result.push(child);
    if (!('children' in child)) continue;
    const nodes = child.children;
    let count = 0;
    while (count < nodes.length && nodes[nodes.length - 1 - count]!.type === 'WhiteSpaceNode') count++;
    if (count === 0) continue;
    endAfterPops(child, count);
    // In their order: parse-latin pops the last first and puts each right after the node.
    for (const node of nodes.splice(nodes.length - count, count)) result.push(node);
  }
  parent.children = result;
}

/** Which of parse-latin's plugins moves white space that ends a sentence after it: the only one that changes this probe. */
function movesFinalWhiteSpace(plugin: (parent: Paragraph) => void): boolean {
  const probe = paragraphOf('Hej. ');
  plugin(probe);
  return probe.children.length === 2 && probe.children[1]!.type === 'WhiteSpaceNode';
}

type NodeType = 'WhiteSpaceNode' | 'PunctuationNode' | 'WordNode' | 'SymbolNode';
const nodeTypes: NodeType[] = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'];
// parse-latin's class of each UTF-16 code unit, asked of parse-latin itself once per code unit.
const typeOfCode = new Uint8Array(65_536);
const classifier = new ParseLatin();

function typeOf(code: number): NodeType {
  let known = typeOfCode[code]!;
  if (known === 0) {
    const node = classifier.tokenize(String.fromCharCode(code))[0]!;
    known = nodeTypes.indexOf(node.type as NodeType) + 1;
    typeOfCode[code] = known;
  }
  return nodeTypes[known - 1]!;
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/**
 * ParseLatin's tokenize, with each code unit's class looked up instead of tested against three
 * large Unicode regexes per character; the loop and the nodes it makes are parse-latin's own.
 */
class SwedishParser extends ParseLatin {
  override tokenize(value: string): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) return children;
    let line = 1;
    let column = 1;
    let offset = 0;
    let from = 0;
    let index = 0;
    // One point object per boundary: a node's end is the next node's start, and a word's text node
    // shares its word's points (parse-latin makes equal copies; nothing here or in unified's utilities
    // writes to a point, and patchPosition already shares them with parents). Fewer objects per token
    // is less garbage per lint.
    let start = { line, column, offset };
    let previousType: NodeType | undefined;
    let previous = -1;
    const createNode = (type: NodeType, text: string): SentenceContent => {
      const end = { line, column, offset };
      const node =
        type === 'WordNode'
          ? ({ type, children: [{ type: 'TextNode', value: text, position: { start, end } }], position: { start, end } } as SentenceContent)
          : ({ type, value: text, position: { start, end } } as SentenceContent);
      start = end;
      return node;
    };
    while (index < value.length) {
      const current = value.charCodeAt(index);
      const currentType = typeOf(current);
      const continues =
        previousType === currentType &&
        (previousType === 'WordNode' || previousType === 'WhiteSpaceNode' || current === previous || isSurrogate(current));
      if (from < index && previousType && !continues) {
        children.push(createNode(previousType, value.slice(from, index)));
        from = index;
      }
      if (current === 13 || (current === 10 && previous !== 13)) {
        line++;
        column = 1;
      } else if (current !== 10) {
        column++;
      }
      offset++;
      previousType = currentType;
      previous = current;
      index++;
    }
    if (previousType && from < index) children.push(createNode(previousType, value.slice(from, index)));
    return children;
  }
}

/** Replaces the one plugin in `plugins` that `recognises`; none or several recognised leave parse-latin's own. */
function swapPlugin<P>(plugins: P[], recognises: (plugin: P) => boolean, replacement: (original: P) => P): void {
  const found = plugins.filter(recognises);
  if (found.length === 1) plugins[plugins.indexOf(found[0]!)] = replacement(found[0]!);
}

/**
 * The parser retext-latin uses, made once, with its tokenizer's character classes looked up and each of
 * its plugins that splices or shifts once per merge swapped for the one-pass equivalent above: for
 * paragraphs, mergeNonWordSentences, mergeAffixSymbol, mergeInitialLowerCaseLetterSentences,
 * mergeInitialDigitSentences, mergePrefixExceptions, mergeAffixExceptions, mergeRemainingFullStops,
 * makeInitialWhiteSpaceSiblings and makeFinalWhiteSpaceSiblings (in the root's list too) and
 * breakImplicitSentences; for sentences, mergeInitialWordSymbol, mergeFinalWordSymbol,
 * mergeInnerWordSymbol, mergeInnerWordSlash and mergeInitialisms. removeEmptyNodes and patchPosition stay:
 * they are linear. tests/rules/parse.test.ts holds the trees equal. If parse-latin changes so that no
 * single plugin is recognised, its own stays: slower, never different.
 */
function createParser(): ParseLatin {
  const parser = new SwedishParser();
  const paragraphPlugins = parser.tokenizeParagraphPlugins as ParagraphPlugin[];
  const rootPlugins = parser.tokenizeRootPlugins as ((root: Root) => void)[];
  const sentencePlugins = parser.tokenizeSentencePlugins as SentencePlugin[];
  swapPlugin(paragraphPlugins, isNonWordSentenceMerger, () => mergeNonWordSentences);
  swapPlugin(paragraphPlugins, isAffixSymbolMerger, affixSymbolMerger);
  swapPlugin(paragraphPlugins, isLowerCaseSentenceMerger, lowerCaseSentenceMerger);
  swapPlugin(paragraphPlugins, isDigitSentenceMerger, () => mergeInitialDigitSentences);
  swapPlugin(paragraphPlugins, isPrefixExceptionMerger, () => mergePrefixExceptions);
  swapPlugin(paragraphPlugins, isAffixExceptionMerger, () => mergeAffixExceptions);
  swapPlugin(paragraphPlugins, isFullStopMerger, () => mergeRemainingFullStops);
  swapPlugin(paragraphPlugins, isBlankLineBreaker, () => breakImplicitSentences);
  // parse-latin runs the same two on the root's paragraphs.
  for (const plugins of [paragraphPlugins, rootPlugins] as ((parent: Paragraph) => void)[][]) {
    swapPlugin(plugins, movesInitialWhiteSpace, () => makeInitialWhiteSpaceSiblings);
    swapPlugin(plugins, movesFinalWhiteSpace, () => makeFinalWhiteSpaceSiblings);
  }
  swapPlugin(sentencePlugins, makesOneWord('&a'), () => mergeInitialWordSymbol);
  swapPlugin(sentencePlugins, makesOneWord('a-'), () => mergeFinalWordSymbol);
  swapPlugin(sentencePlugins, makesOneWord('a&b'), () => mergeInnerWordSymbol);
  swapPlugin(sentencePlugins, makesOneWord('a/b'), () => mergeInnerWordSlash);
  swapPlugin(sentencePlugins, isInitialismMerger, initialismMerger);
  return parser;
}

const latin = createParser();

/** retext-latin's tree of a text, from the parser above, before the Swedish fixes. */
export const parseLatin = (text: string): Root => latin.parse(text) as Root;

export interface ParsedText {
  tree: Root;
  sources: SourceSpan[];
}

/** One parse per text: retext-latin, fixed for Swedish abbreviations, with syntax nodes. */
export function parseSwedish(text: string): ParsedText {
  const tree = parseLatin(text);
  const sources = findSources(text);
  const reach = furthestEnds(sources);
  const toPoint = location(text).toPoint;
  const splitNumbers = numberStopCapital.test(text);
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    if (splitNumbers) splitAfterNumbers(paragraph);
    mergeAbbreviationBreaks(paragraph);
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode') mergeSources(sentence, sources, reach, text, toPoint);
    }
  }
  return { tree, sources };
}
