import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { contextOf, lastAtOrBefore, lastStartingAtOrBefore } from '../core/context.ts';
import { report } from '../core/report.ts';

// A source marker: "– Anna Ek", "enligt", "skriver", "säger", "källa:", or a link.
const speechWords = 'enligt|skriver|skrev|säger|sa|sade|berättar|berättade|menar|konstaterar|citerar|citat från';
const domains = 'se|com|nu|org|net|eu';
const markerSource = `[–—-]\\s?\\p{Lu}|(?<!\\p{L})(?:${speechWords})(?!\\p{L})|källa\\s*:|https?:\\/\\/|www\\.|\\b[\\p{L}\\p{N}-]+\\.(?:${domains})\\/`;
/** The definition of a marker (tests hold findMarkers to a plain search with it). */
export const markerPattern = markerSource;
const markerAt = new RegExp(markerSource, 'iuy');
// Where a marker can start: a dash, a speech word, "källa", a scheme or "www." (the pattern's own
// alternatives without their look-arounds), or inside the letters right before ".se/" and the like.
const markerStarts = new RegExp(`[–—-]|${speechWords}|källa|https?:\\/\\/|www\\.`, 'giu');
const domainEnds = new RegExp(`\\.(?:${domains})\\/`, 'giu');
const domainLetter = /^[\p{L}\p{N}-]$/u;

/** Every offset in [from, to) where a marker could start, in order: a superset that markerAt then checks. */
function markerCandidates(text: string, from: number, to: number): number[] {
  const candidates: number[] = [];
  markerStarts.lastIndex = from;
  for (let match = markerStarts.exec(text); match && match.index < to; match = markerStarts.exec(text)) {
    candidates.push(match.index);
    markerStarts.lastIndex = match.index + 1;
  }
  domainEnds.lastIndex = from;
  for (let match = domainEnds.exec(text); match; match = domainEnds.exec(text)) {
    // The letters, digits and hyphens right before the dot, walked back by code point.
    for (let index = match.index; index > from; ) {
      const pair = index >= 2 && isLowSurrogate(text.charCodeAt(index - 1)) && isHighSurrogate(text.charCodeAt(index - 2));
      const start = pair ? index - 2 : index - 1;
      if (start < from || !domainLetter.test(text.slice(start, index))) break;
      if (start < to) candidates.push(start);
      index = start;
    }
    // A run ends at its dot: no later run reaches back before this one.
    if (match.index >= to) break;
  }
  return candidates.sort((a, b) => a - b);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Where a source marker starts and ends, every start in [from, to) the pattern allows (overlapping ones
 * too), found in one pass. Each quote then looks up the markers in its own surroundings instead of
 * running the pattern over them again: the surroundings of many quotes in one long paragraph overlap,
 * and searching each again grows with quotes × length. The full pattern is costly per offset, so it is
 * tried only where a marker can start (markerCandidates); a property test holds this to the plain
 * search. It reads the whole text, so its look-behind and \b see the characters before `from`.
 */
export function findMarkers(text: string, from: number, to: number): { start: number; end: number }[] {
  const markers: { start: number; end: number }[] = [];
  let previous = -1;
  for (const candidate of markerCandidates(text, from, to)) {
    if (candidate === previous) continue;
    previous = candidate;
    markerAt.lastIndex = candidate;
    const match = markerAt.exec(text);
    if (match && match.index === candidate) markers.push({ start: match.index, end: match.index + match[0].length });
  }
  return markers;
}

/** A marker wholly inside [from, to). */
function hasMarker(markers: { start: number; end: number }[], from: number, to: number): boolean {
  for (let index = lastStartingAtOrBefore(markers, from - 1) + 1; index < markers.length && markers[index]!.start < to; index++) {
    if (markers[index]!.end <= to) return true;
  }
  return false;
}

/** Every offset where "\n\n" starts, overlapping ones too (as text.indexOf would find them), in order. */
function findParagraphBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let index = text.indexOf('\n\n'); index !== -1; index = text.indexOf('\n\n', index + 1)) breaks.push(index);
  return breaks;
}

/** The number of words wholly inside [from, to), by binary search over the words in order. */
function wordsWithin(words: { start: number; end: number }[], from: number, to: number): number {
  let count = 0;
  for (let index = lastStartingAtOrBefore(words, from - 1) + 1; index < words.length && words[index]!.start < to; index++) {
    if (words[index]!.end <= to) count++;
  }
  return count;
}

export default defineRule(
  {
    id: 'legal-citat-utan-kalla',
    category: 'legal',
    // Swedish word lists: English posts are not checked.
    languages: ['sv'],
    severity: 'info',
    title: 'Citat utan källa',
    description:
      '"Länka till ursprungsmaterialet om du exempelvis skriver ett citat eller hänvisar till artiklar." (Valdemarsviks kommun). Lagar om upphovsrätt gäller även i sociala medier, och läsaren ska kunna se vem som sagt det. Ett namn efter citatet ("– Anna Ek, rektor") räknas som källa.',
    basis: ['Lag (1960:729) om upphovsrätt, 22 § (citaträtt, med angivande av källa enligt 11 §)', 'Valdemarsviks kommun: hantera sociala medier'],
    examples: [
      {
        bad: '"Alingsås är en av Sveriges mest hållbara kommuner och ett föredöme för andra."',
        good: '"Alingsås är en av Sveriges mest hållbara kommuner" skriver Tidningen X i sin granskning: [länk].',
        findings: [
          { actual: '"Alingsås är en av Sveriges mest hållbara kommuner och ett föredöme för andra."', severity: 'info' },
        ],
      },
    ],
    options: z.strictObject({ minWords: z.number().int().min(1).default(9) }),
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    if (context.quotes.length === 0) return;
    const { text, words } = context;
    let paragraphBreaks: number[] | undefined;
    // First where each long quote's source could be (its line before it, its paragraph after it),
    // then the markers there, then the verdicts.
    const candidates: { start: number; end: number; lineStart: number; nextBreak: number }[] = [];
    for (const quote of context.quotes) {
      if (wordsWithin(words, quote.start, quote.end) < settings.options.minWords) continue;
      const lineStart = context.lineStarts[lastAtOrBefore(context.lineStarts, quote.start)]!;
      paragraphBreaks ??= findParagraphBreaks(text);
      const nextBreak = paragraphBreaks[lastAtOrBefore(paragraphBreaks, quote.end - 1) + 1] ?? text.length;
      candidates.push({ start: quote.start, end: quote.end, lineStart, nextBreak });
    }
    if (candidates.length === 0) return;
    // The span that holds all those places, searched once.
    let from = text.length;
    let to = 0;
    for (const candidate of candidates) {
      from = Math.min(from, candidate.lineStart);
      to = Math.max(to, candidate.nextBreak);
    }
    const markers = findMarkers(text, from, to);
    for (const { start, end, lineStart, nextBreak } of candidates) {
      if (hasMarker(markers, end, nextBreak) || hasMarker(markers, lineStart, start)) continue;
      report(file, settings, {
        start,
        end,
        message: 'Ange källan när du citerar eller återger någon annans text.',
      });
    }
  },
);
