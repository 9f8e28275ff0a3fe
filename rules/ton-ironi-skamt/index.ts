import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { inSource } from '../core/lexicon/position.ts';
import { report } from '../core/report.ts';
import data from './ironi.json' with { type: 'json' };

const message = 'Undvik ironi och skämt som kan missförstås. Skriv det du menar rakt ut.';
// Scare quotes: the fix keeps the word, so the message names it.
const quoteMessage = (word: string) => `${message} Skriv ${word} utan citattecken.`;
const emoji = new Set(data.emoji);
const emoticon = new RegExp(`(?<!\\S)(?:${data.emoticons.map((value) => value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})(?!\\S)`, 'gu');
// Scare quotes: one lowercase word in quotation marks ("det "fantastiska" vädret"); a capitalised one is a name or title.
const scareQuote = /(?<![\p{L}\d])["”“]\p{Ll}[\p{Ll}-]{1,30}["”“](?![\p{L}\d])/gu;
// Before "typ" these make it the noun ("en ny typ", "vilken typ"); so do "typ av" and "typ 1".
const nounTyp = new Set(['en', 'ett', 'den', 'denna', 'vilken', 'samma', 'någon', 'annan', 'olika', 'ny', 'nya', 'varje', 'din', 'min', 'er', 'vår']);
// "NOT" in capitals after a statement: a letter, maybe "." or "!", white space, then NOT.
const capitalNot = /NOT(?!\p{L})/gu;
const letter = /\p{L}/u;
const space = /\s/u;

/**
 * Whether white space, after a letter and an optional "." or "!", ends at `index`. Checked by
 * walking back from each "NOT" rather than in a lookbehind, which the regex engine would run again
 * at every position of a long run of white space (quadratic); each walk stops at the first
 * non-space, so all of them together cross each unit at most once.
 */
function afterStatement(text: string, index: number): boolean {
  let at = index;
  while (at > 0 && space.test(text.charAt(at - 1))) at--;
  if (at === index) return false;
  if (at > 0 && (text.charAt(at - 1) === '.' || text.charAt(at - 1) === '!')) at--;
  if (at === 0) return false;
  // A letter may be astral (two units): look at the code point that ends here.
  const pair = at > 1 ? text.slice(at - 2, at) : '';
  return letter.test(pair.length === 2 && pair.codePointAt(0)! > 0xffff ? pair : text.charAt(at - 1));
}

export default defineRule(
  {
    id: 'ton-ironi-skamt',
    category: 'tone',
    severity: 'info',
    languages: ['sv'],
    lists: { words: data },
    title: 'Ironi och skämt',
    description:
      'Myndigheternas skrivregler om sociala medier: "Var samtidigt alltid korrekt i språk, tonfall och sakpåståenden. Undvik ironi och andra språkliga grepp som riskerar att missförstås." En glad emoji i ett festligt inlägg och citattecken runt namn flaggas inte.',
    basis: ['Myndigheternas skrivregler §2.3'],
    examples: [
      {
        bad: 'Snön kom ju helt oväntat i januari i år 😉 Plogbilarna är ute "snart".',
        good: 'Plogbilarna är ute sedan klockan 5 och prioriterar busslinjer och gång- och cykelvägar.',
        findings: [
          { actual: ' 😉', severity: 'info', expected: [''] },
          { actual: '"snart"', severity: 'info', expected: ['snart'] },
        ],
      },
      {
        bad: 'Vägarbetet blir klart i tid, haha.',
        good: 'Vägarbetet blir klart i slutet av maj.',
        findings: [
          { actual: ' haha', severity: 'info', expected: [''] },
        ],
      },
    ],
  },
  (settings) => {
    const words = settings.lists.words!;
    return (_tree, file) => {
      const context = contextOf(file);
      const { text } = context;
      const emit = (start: number, end: number, expected: string[] = [], text = message) => report(file, settings, { start, end, message: text, expected });
      // The marker with the space before it, so removing it leaves clean text.
      const removal = (start: number, end: number) => {
        let from = start;
        while (from > 0 && text.charAt(from - 1) === ' ') from--;
        return from === 0 || text.charAt(from - 1) === '\n' ? { start, end: end + (text.charAt(end) === ' ' ? 1 : 0) } : { start: from, end };
      };
      for (const hit of words.find(context)) {
        // "/s" only as a marker after a space, not in "km/s".
        if (hit.form === '/s' && hit.start > 0 && !/\s/u.test(text.charAt(hit.start - 1))) continue;
        const span = removal(hit.start, hit.end);
        emit(span.start, span.end, ['']);
      }
      for (const item of context.emoji) {
        // Most emoji carry no variation selector: a replace for each of thousands showed in the fuzz suite's slowest calls.
        if (!emoji.has(item.value) && !(item.value.includes('\uFE0F') && emoji.has(item.value.replaceAll('\uFE0F', '')))) continue;
        const span = removal(item.start, item.end);
        emit(span.start, span.end, ['']);
      }
      if (/[;:]-?[)DPp]/u.test(text)) {
        for (const match of text.matchAll(emoticon)) {
          const span = removal(match.index, match.index + match[0].length);
          emit(span.start, span.end, ['']);
        }
      }
      for (const match of /["”“]/u.test(text) ? text.matchAll(scareQuote) : []) {
        if (inSource(context, match.index, match.index + match[0].length)) continue;
        const word = match[0].slice(1, -1);
        emit(match.index, match.index + match[0].length, [word], quoteMessage(word));
      }
      for (const token of context.words) {
        if (token.lower !== 'typ') continue;
        const previous = context.tokens[token.index - 1];
        const next = context.tokens[token.index + 1];
        if ((previous && nounTyp.has(previous.lower)) || !next || next.lower === 'av' || next.kind !== 'word' || /^\d/u.test(next.value)) continue;
        emit(token.start, token.end);
      }
      if (text.includes('NOT')) for (const match of text.matchAll(capitalNot)) if (afterStatement(text, match.index)) emit(match.index, match.index + match[0].length, ['']);
    };
  },
);
