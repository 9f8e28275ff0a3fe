import { unified } from 'unified';
import retextLatin from 'retext-latin';
import twitter from 'twitter-text';
import type { Root, Paragraph, Sentence, SentenceContent, Source } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { location } from 'vfile-location';
import abbreviationData from './abbreviations.json' with { type: 'json' };

type ToPoint = ReturnType<typeof location>['toPoint'];

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
// letters, digits or dots with no "@" costs O(n²) (20,000 letters took 0.3 s).
const emailPattern = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const startsWithDigitOrLower = /^[\p{Nd}\p{Ll}]/u;

// twitter-text's URL pattern backtracks quadratically on a long run without whitespace (20,000 units
// of "a." or of emoji between two "@" took seconds). No URL, mention or hashtag is that long, so such
// runs are blanked out (same length, so offsets hold) before twitter-text sees the text.
const longRun = /(?<!\S)\S{1001,}/g;

/** URLs, e-mail addresses, @mentions and #hashtags, found once per text. */
export function findSources(text: string): SourceSpan[] {
  const spans: SourceSpan[] = [];
  // The pattern has no literal prefix to scan for; most posts have no "@" at all.
  for (const match of text.includes('@') ? text.matchAll(emailPattern) : []) {
    spans.push({ kind: 'email', start: match.index, end: match.index + match[0].length, value: match[0] });
  }
  const insideEmail = (start: number) => spans.some((span) => span.kind === 'email' && start >= span.start && start < span.end);
  const searchable = text.length > 1000 ? text.replace(longRun, (run) => ' '.repeat(run.length)) : text;
  for (const entity of twitter.extractEntitiesWithIndices(searchable)) {
    const [start, end] = entity.indices;
    if (insideEmail(start)) continue;
    const kind: SourceKind = 'url' in entity ? 'url' : 'hashtag' in entity ? 'hashtag' : 'mention';
    if ('cashtag' in entity) continue;
    spans.push({ kind, start, end, value: text.slice(start, end) });
  }
  return spans.sort((a, b) => a.start - b.start);
}

function lastWord(sentence: Sentence): string | undefined {
  const children = sentence.children;
  let index = children.length - 1;
  while (index >= 0 && children[index]!.type === 'PunctuationNode') index--;
  const node = children[index];
  if (!node || node.type !== 'WordNode') return undefined;
  return toString(node).toLowerCase().replace(/\.$/, '');
}

function firstText(sentence: Sentence): string {
  return toString(sentence).trimStart();
}

/** retext-latin ends a sentence after "kl." before "18.00"; Swedish does not. */
function mergeAbbreviationBreaks(paragraph: Paragraph): void {
  const children = paragraph.children;
  for (let index = 0; index + 2 < children.length; index++) {
    const sentence = children[index]!;
    const gap = children[index + 1]!;
    const next = children[index + 2]!;
    if (sentence.type !== 'SentenceNode' || gap.type !== 'WhiteSpaceNode' || next.type !== 'SentenceNode') continue;
    if (toString(gap).includes('\n')) continue;
    const word = lastWord(sentence);
    if (!word || !abbreviations.has(word) || !startsWithDigitOrLower.test(firstText(next))) continue;
    sentence.children.push(gap as SentenceContent, ...next.children);
    sentence.position!.end = next.position!.end;
    children.splice(index + 1, 2);
    index--;
  }
}

/** Replace the words and symbols a URL, address, mention or hashtag was split into by one SourceNode. */
function mergeSources(sentence: Sentence, spans: SourceSpan[], text: string, toPoint: ToPoint): void {
  const start = sentence.position!.start.offset!;
  const end = sentence.position!.end.offset!;
  const inside = spans.filter((span) => span.start < end && span.end > start);
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

const latin = unified().use(retextLatin).freeze();

export interface ParsedText {
  tree: Root;
  sources: SourceSpan[];
}

/** One parse per text: retext-latin, fixed for Swedish abbreviations, with syntax nodes. */
export function parseSwedish(text: string): ParsedText {
  const tree = latin.parse(text) as Root;
  const sources = findSources(text);
  const toPoint = location(text).toPoint;
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    mergeAbbreviationBreaks(paragraph);
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode') mergeSources(sentence, sources, text, toPoint);
    }
  }
  return { tree, sources };
}
