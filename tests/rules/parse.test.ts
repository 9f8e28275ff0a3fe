/**
 * The parse takes two shortcuts for speed, and these properties hold each to its plain definition:
 * - findSources searches only the white-space-free runs that can hold a URL, e-mail address, mention
 *   or hashtag; the definition is twitter-text over the whole text, plus e-mail addresses, which take
 *   precedence.
 * - the parser looks up parse-latin's character classes and swaps its plugins that splice once per
 *   merge for one-pass equivalents; the definition is the tree retext-latin builds.
 * - mergeAbbreviationBreaks merges in one pass; the definition splices each merge out, as it once did.
 * - findEmoji tries emoji-regex only where an emoji can start; the definition is emoji-regex over the
 *   whole text.
 */
import fc from 'fast-check';
import twitter from 'twitter-text';
import { unified } from 'unified';
import retextLatin from 'retext-latin';
import { describe, expect, test } from 'vitest';
import emojiRegex from 'emoji-regex';
import type { Paragraph, Root } from 'nlcst';
import { continuesAfterAbbreviation, findSources, mergeAbbreviationBreaks, parseLatin, parseSwedish, type SourceKind, type SourceSpan } from '../../rules/core/parse.ts';
import { findEmoji } from '../../rules/core/emoji.ts';

const emailPattern = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** The definition, run over the whole text at once (too slow for the lint path on long posts). */
function wholeTextSources(text: string): SourceSpan[] {
  const spans: SourceSpan[] = [...text.matchAll(emailPattern)].map((match) => ({
    kind: 'email' as const,
    start: match.index,
    end: match.index + match[0].length,
    value: match[0],
  }));
  const emails = [...spans];
  for (const entity of twitter.extractEntitiesWithIndices(text)) {
    if ('cashtag' in entity) continue;
    const [start, end] = entity.indices;
    if (emails.some((email) => start >= email.start && start < email.end)) continue;
    const kind: SourceKind = 'url' in entity ? 'url' : 'hashtag' in entity ? 'hashtag' : 'mention';
    spans.push({ kind, start, end, value: text.slice(start, end) });
  }
  return spans.sort((a, b) => a.start - b.start);
}

// Pieces that sit next to or inside entities, and every white space twitter-text knows or not
// (U+FEFF is not white space to it, so a URL after it is not a URL).
const pieces = [
  'alingsas.se', 'https://www.alingsas.se/bibliotek?a=1#b', 'www.alingsas.se/', 'kommun@alingsas.se', 'a.b@c.d.se', '@Alingsas',
  '@alingsas_kommun', '＠kommun', '#Alingsås', '＃skola', '#1', '#', '@', '.', '..', '.se', 'se', 'kl.', 't.ex.', 'bl.a', 'RT:', 'rt',
  'http://', '://', '(', ')', '"', '«', '»', ',', '!', '?', '-', '_', '/', 'kommun', 'Ärende', '18.00', '2025', '😀', '🇸🇪', '\u200e',
  '\u202a', '\ufe0f', '\u20e3', '$SEK', 'xn--alingss-5wa.se', 'ab.cd.ef', 'x@y', 'info@', '@info', ' ', ' ', '\n', '\t', '\u00a0',
  '\u2003', '\u3000', '\u180e', '\u0085', '\ufeff', '\u200b', 'a.рф', 'x.भारत', '例え.みんな', 'www.x.co', 'http://127.0.0.1', 'localhost:3000',
  'a.b', '.1se', 'ab.c1',
];

const textOfPieces = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('findSources', () => {
  test('finds the same URLs, e-mail addresses, mentions and hashtags as a search of the whole text', () => {
    fc.assert(
      fc.property(fc.oneof(textOfPieces, fc.string({ unit: 'grapheme', maxLength: 80 })), (text) => {
        expect(findSources(text)).toEqual(wholeTextSources(text));
      }),
      { numRuns: 5_000, seed: 20261124 },
    );
  });

  test('a municipal post: one of each kind, at their offsets', () => {
    const text = 'Läs mer på https://www.alingsas.se/skola. Frågor? Mejla kontaktcenter@alingsas.se eller tagga @AlingsasKommun #Alingsås!';
    expect(findSources(text).map((span) => [span.kind, span.value, text.slice(span.start, span.end)])).toEqual([
      ['url', 'https://www.alingsas.se/skola', 'https://www.alingsas.se/skola'],
      ['email', 'kontaktcenter@alingsas.se', 'kontaktcenter@alingsas.se'],
      ['mention', '@AlingsasKommun', '@AlingsasKommun'],
      ['hashtag', '#Alingsås', '#Alingsås'],
    ]);
  });

  test('each sentence gets its own sources as single nodes, also where an address lies inside a URL', () => {
    const sourceNodes = (text: string) =>
      parseSwedish(text).tree.children.flatMap((paragraph) =>
        paragraph.type === 'ParagraphNode'
          ? paragraph.children.flatMap((sentence) => (sentence.type === 'SentenceNode' ? sentence.children.filter((node) => node.type === 'SourceNode').map((node) => (node as { value: string }).value) : []))
          : [],
      );
    // 2,000 sentences of one mention each: every mention found in its own sentence.
    expect(sourceNodes('@ab. '.repeat(2_000))).toEqual(Array.from({ length: 2_000 }, () => '@ab'));
    // The e-mail address inside the URL ends before the URL does; the URL's second sentence is still the URL's.
    expect(sourceNodes('https://a.se/x@a.bbl.a.#ab')).toEqual(['https://a.se/x@a.bbl.a.', '#ab']);
  });

  test('a run without white space longer than any entity is skipped, not searched', () => {
    const run = 'a.'.repeat(5_000);
    expect(findSources(`Se alingsas.se ${run} och #skola`).map((span) => span.value)).toEqual(['alingsas.se', '#skola']);
  });
});

const retext = unified().use(retextLatin).freeze();
const linePieces = ['Hej', 'kommun', 'Vi', '18.00', '.', '!', '?', ' ', '  ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', '\n \n', ' \n\t\n ', '"', '😀', 'a.b'];
const textOfLines = fc.array(fc.constantFrom(...linePieces), { maxLength: 40 }).map((parts) => parts.join(''));

// Words (lower- and upper-case, first in a sentence or not), every mark parse-latin joins words at,
// marks it does not, terminal marks, and what ends the search for more.
const innerPieces = ['bl', 'a', 'km', 'h', 'och', 'eller', '//', 'Hej', 'du', 'Du', 'ö', 'Å', 'é', 'ß', '𝐚', '𝐀', '18', '00', 'e', 'post', '!', '?', '…', '!!', '&', "'", '-', '.', ':', '=', '?', '@', '\u00ad', '·', '‐', '‑', '’', '‧', '_', '__', '/', ',', '..', '#', '😀', ' ', '\n\n', '"'];

/** Texts of up to 60 of these pieces (5,000, seeded) parse to the tree retext-latin builds. */
function parsesAsRetextLatin(pieces: string[], seed: number): void {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join('')), (text) => {
      expect(parseLatin(text)).toEqual(retext.parse(text));
    }),
    { numRuns: 5_000, seed },
  );
}

describe('the parser', () => {
  test('joins words at inner marks ("e-post", "bl.a", "18.00", "km/h") into the tree retext-latin builds', () => {
    parsesAsRetextLatin(innerPieces, 20261202);
    // Long runs of merges, where parse-latin's own plugins took time quadratic in the text.
    for (const text of [`#${'bl.a. '.repeat(500)}slut`, `Hej ${'a/'.repeat(700)}@x.se`, `${'km/h/'.repeat(300)} och/eller a//b`]) {
      expect(parseLatin(text)).toEqual(retext.parse(text));
    }
  });

  test('a sentence that ends in "1." or "cf." goes on into the next, as in retext-latin', () => {
    const prefixPieces = ['1', '12', '123', '1234', 'a', 'B', 'x', 'cf', 'Cf', 'etc', 'ibid', 'ibidem', 'al', 'Hej', 'du', '.', '. ', '.\n\n', '!', '?', ' ', '"', '“', '(', ')'];
    parsesAsRetextLatin(prefixPieces, 20261203);
    // Long runs, where parse-latin's own plugin spliced each merged sentence out of the paragraph.
    for (const text of [`“${'1. '.repeat(2_000)}https://alingsas.se`, `${'cf. A. '.repeat(500)}slut`, `${'Hej. 1. '.repeat(500)}`]) expect(parseLatin(text)).toEqual(retext.parse(text));
  });

  test('a sentence without words joins its neighbour, as in retext-latin', () => {
    // Terminal marks alone and in runs, marks and symbols that are no words, and words to stop at.
    const nonWordPieces = ['.', '!', '?', '…', '‽', '!?', '..', '😀', ':', '-', '"', '(', ')', '#', ' ', '\n', '\n\n', 'Hej', 'du', '1'];
    parsesAsRetextLatin(nonWordPieces, 20261204);
    // Long runs, where parse-latin's own plugin spliced each merged sentence out of the paragraph.
    for (const text of [`${'!? '.repeat(3_000)}Hej`, `😀. ${'😀. '.repeat(2_000)}`, `${'. '.repeat(3_000)}slut.`, ` !${' !'.repeat(3_000)}`, `Hej${'. \n'.repeat(2_000)}`]) expect(parseLatin(text)).toEqual(retext.parse(text));
  });

  test('a sentence that starts with a digit, a comma or a semicolon joins the one before, as in retext-latin', () => {
    const startPieces = ['1', '12', '١', '²', 'Hej', 'ab', 'Du', ',', ';', ',,', ':', '.', '!', '?', ' ', '\n', '\n\n', '"', '(', '-'];
    parsesAsRetextLatin(startPieces, 20261205);
    for (const text of [`Hej${'1!'.repeat(3_000)}`, `Hej.${',ab.'.repeat(1_500)}`, `Hej.${'; ab. '.repeat(1_000)}`, `${'1. 2!'.repeat(1_000)}`]) expect(parseLatin(text)).toEqual(retext.parse(text));
  });

  test('closing marks after a terminal marker join the sentence before, as in retext-latin', () => {
    // Closing marks (repeated, mixed and not), opening ones that are not, terminal marks, words and white space.
    const affixPieces = [')', '))', '"', '”', '’', '»', ']', '}', '›', '〉', '）', '.', '!', '?', '…', '(', '“', '«', ',', '😀', 'Hej', 'du', '1', ' ', '\n\n'];
    parsesAsRetextLatin(affixPieces, 20261206);
    // Long runs of leading marks, which parse-latin shifted off one at a time.
    for (const text of [`Hej.${')"'.repeat(3_000)} du.`, `${'Hej.) '.repeat(1_500)}`, `Ja!${'”»'.repeat(2_000)}`]) expect(parseLatin(text)).toEqual(retext.parse(text));
  });

  test('white space that starts or ends a sentence or a paragraph becomes its sibling, as in retext-latin', () => {
    const spacePieces = [' ', '  ', '\t', '\u00a0', '\u2003', '\n', '\n\n', '\r\n', '\r', ' \n ', '\n \n', 'Hej', 'du', 'NOT', '.', '!', '?', '“', '😀'];
    parsesAsRetextLatin(spacePieces, 20261207);
    // Long runs: a sentence per ". NOT", a paragraph per line, blank lines parse-latin broke sentences at.
    for (const text of [`${'. NOT'.repeat(3_000)}`, `${'“. NOT'.repeat(2_000)}`, `${'a\n\n'.repeat(3_000)}`, ` ${'a.\n'.repeat(3_000)} `, `${'a. \n\n'.repeat(2_000)}`, `\n ${'Hej \n \n '.repeat(1_500)}`]) expect(parseLatin(text)).toEqual(retext.parse(text));
  });

  test('joins "&" to the word after it, "-" to the word before it and an initialism\'s full stop, as in retext-latin', () => {
    // Single characters (letters, digits of several scripts), the marks these plugins join, and others.
    const symbolPieces = ['a', 'b', 'A', 'ab', 'é', '1', '2', '١', '²', '𝟏', '&', '&&', '-', '--', '.', '..', '. ', ' ', '/', '_', "'", ':', '!', '\n\n'];
    parsesAsRetextLatin(symbolPieces, 20261208);
    // Long runs of merges into the whole text's tokens, where parse-latin's own plugins spliced each.
    for (const text of [`${'&a '.repeat(3_000)}`, `${'a- '.repeat(3_000)}`, `${'a.b. '.repeat(2_000)}`, `${'A.B.C. '.repeat(1_500)}`, `${'1.2. a.1. '.repeat(1_000)}`, `${'a-&b '.repeat(2_000)}`]) expect(parseLatin(text)).toEqual(retext.parse(text));
  });

  test('a sentence that starts with a lower-case letter joins the one before, as in retext-latin, for every code unit', () => {
    for (let first = 0; first < 0x10000; first += 1024) {
      const units = Array.from({ length: 1024 }, (_, offset) => String.fromCharCode(first + offset));
      const text = units.map((unit) => `Hej! ${unit}x! `).join('');
      expect(parseLatin(text)).toEqual(retext.parse(text));
    }
  });

  test('moves closing marks and ends initialisms as retext-latin does, for every code unit', () => {
    // Each unit as a mark after a terminal marker, and as the characters of an initialism.
    for (let first = 0; first < 0x10000; first += 256) {
      const units = Array.from({ length: 256 }, (_, offset) => String.fromCharCode(first + offset));
      const text = units.map((unit) => `Hej.${unit}du. ${unit}.${unit}. `).join('');
      expect(parseLatin(text)).toEqual(retext.parse(text));
    }
  });

  test('builds the tree retext-latin builds, for texts without sources or abbreviations (before the Swedish fixes)', () => {
    fc.assert(
      fc.property(fc.oneof(textOfLines, fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 })), (raw) => {
        // Without an abbreviation before a digit, "@", "#" or a domain, parseSwedish changes nothing itself.
        const text = raw.replace(/[@#＠＃.]/g, ',');
        expect(parseSwedish(text).tree).toEqual(retext.parse(text));
      }),
      { numRuns: 3_000, seed: 20261124 },
    );
  });

  test('classes every UTF-16 code unit as retext-latin does', () => {
    for (let first = 0; first < 0x10000; first += 512) {
      const units = Array.from({ length: 512 }, (_, offset) => first + offset);
      // Each unit between two letters and alone between spaces, so it both joins and splits tokens.
      const text = units.map((code) => `a${String.fromCharCode(code)}b ${String.fromCharCode(code)} `).join('').replace(/[@#＠＃.]/g, ',');
      expect(parseSwedish(text).tree).toEqual(retext.parse(text));
    }
  });

  test('a blank line ends a sentence; a single line break does not (as in retext-latin)', () => {
    const text = 'Välkomna till biblioteket\n\nVi har öppet i dag\nHej';
    const { tree } = parseSwedish(text);
    const sentences = tree.children.flatMap((paragraph) => (paragraph.type === 'ParagraphNode' ? paragraph.children : []));
    expect(sentences.filter((node) => node.type === 'SentenceNode')).toHaveLength(2);
    expect(tree).toEqual(retext.parse(text));
  });
});

/** The definition: each merge spliced out of the paragraph, and the grown sentence looked at again. */
function splicedAbbreviationBreaks(paragraph: Paragraph): void {
  const children = paragraph.children;
  for (let index = 0; index + 2 < children.length; index++) {
    const [sentence, gap, next] = [children[index]!, children[index + 1]!, children[index + 2]!];
    if (sentence.type !== 'SentenceNode' || gap.type !== 'WhiteSpaceNode' || next.type !== 'SentenceNode') continue;
    if (!continuesAfterAbbreviation(sentence, gap, next)) continue;
    sentence.children.push(gap, ...next.children);
    sentence.position!.end = next.position!.end;
    children.splice(index + 1, 2);
    index--;
  }
}

const withBreaksMerged = (tree: Root, merge: (paragraph: Paragraph) => void) => {
  for (const paragraph of tree.children) if (paragraph.type === 'ParagraphNode') merge(paragraph);
  return tree;
};

describe('mergeAbbreviationBreaks', () => {
  test('joins the sentences after "kl." or "bl.a." as splicing each merge out does', () => {
    const abbreviationPieces = ['kl.', 'Kl.', 'bl.a.', 't.ex.', 'ca.', 'nr.', 's.', 'kl', '18.00', '1', 'och', 'Och', 'du', 'Hej', 'ö', ' ', '  ', '\n', '\n\n', '.', '!', '?', '“', '(', ','];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...abbreviationPieces), { maxLength: 60 }).map((parts) => parts.join('')), (text) => {
        expect(withBreaksMerged(parseLatin(text), mergeAbbreviationBreaks)).toEqual(withBreaksMerged(retext.parse(text), splicedAbbreviationBreaks));
      }),
      { numRuns: 5_000, seed: 20261209 },
    );
    for (const text of [`${'kl. 1 '.repeat(3_000)}`, `${'kl. 1 Hej. bl.a. du. '.repeat(500)}`]) {
      expect(withBreaksMerged(parseLatin(text), mergeAbbreviationBreaks)).toEqual(withBreaksMerged(retext.parse(text), splicedAbbreviationBreaks));
    }
  });
});

const emojiPieces = [
  '😀', '👍🏽', '👩‍👩‍👧', '🇸🇪', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '1️⃣', '#️⃣', '*⃣', '1', '#', '*', '\ufe0f', '\u20e3', '\u200d', '©', '®', '™', '↔', 'ℹ️', '❤', '❤️',
  '☀', '✔️', '€', '–', '”', '…', 'å', 'Ä', 'kommun', ' ', '\n', '\ud83d', '\ude00', '\udffb',
];

describe('findEmoji', () => {
  test('finds what emoji-regex finds over the whole text', () => {
    const plain = (text: string) => [...text.matchAll(emojiRegex())].map((match) => ({ start: match.index, end: match.index + match[0].length, value: match[0] }));
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.constantFrom(...emojiPieces), { maxLength: 30 }).map((parts) => parts.join('')), fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        expect(findEmoji(text)).toEqual(plain(text));
      }),
      { numRuns: 5_000, seed: 20261124 },
    );
  });
});
