import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { contextOf, type Token } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { data } from './acronyms.schema.ts';

// Plain Latin letters only: fancy Unicode letters are a11y-fejkfont-unicode's finding.
const latinWord = /^[A-Za-zÀ-ɏ]+(?:[-'’][A-Za-zÀ-ɏ]+)*$/u;
// Most words have a lowercase second letter: that look comes before any other (and before the cache).
const mayBeCaps = (value: string) => value.length >= 2 && value[1] !== value[1]!.toLowerCase();
const isCaps = (value: string) => value === value.toUpperCase() && latinWord.test(value) && /\p{Lu}.*\p{Lu}/u.test(value);
const roman = /^[IVXLCDM]+$/;
const letterCount = (value: string) => value.replace(/[^\p{L}]/gu, '').length;
const space = /\s/u;

/**
 * Whether value.slice(0, end) ends a sentence: ".", "!" or "?", then only white space. Walks back
 * from `end` instead of testing a regex on the whole prefix, which every run of capitals did again.
 */
function endsSentence(value: string, end: number): boolean {
  let at = end;
  while (at > 0 && space.test(value.charAt(at - 1))) at--;
  return at > 0 && '.!?'.includes(value.charAt(at - 1));
}

/** Whether value.slice(0, end) ends in a line break and then only white space. */
function endsLine(value: string, end: number): boolean {
  for (let at = end; at > 0 && space.test(value.charAt(at - 1)); at--) if (value.charAt(at - 1) === '\n') return true;
  return false;
}
// A discount or campaign code ("koden ALINGSAS", "rabattkod: SOMMAR") must be typed exactly as written.
const codeWord = /(?:^|kampanj|rabatt|boknings)kod(?:en)?$|^(?:code|promo)$/u;

export default defineRule(
  {
    id: 'a11y-versaler',
    category: 'accessibility',
    severity: 'warning',
    title: 'Text i VERSALER',
    description:
      '"VERSALER (stora bokstäver) ska användas mycket sparsamt eftersom de är mer svårlästa än gemener." (Myndigheternas skrivregler). Stockholms stad: "Undvik budskap eller rubriker i endast versaler." Skärmläsare kan dessutom läsa upp ord i versaler bokstav för bokstav. Förkortningar som EU och LSS är undantagna.',
    basis: ['Myndigheternas skrivregler §3.4.2 och §3.5.2', 'Stockholms stad: Tillgänglighet på sociala medier'],
    examples: [
      {
        bad: 'OBS! VIKTIG INFORMATION OM SOPHÄMTNINGEN',
        good: 'Viktigt: sophämtningen flyttas till tisdag.',
        findings: [
          { actual: 'OBS! VIKTIG INFORMATION OM SOPHÄMTNINGEN', severity: 'warning', expected: ['OBS! Viktig information om sophämtningen'] },
        ],
      },
      {
        bad: 'Missa inte årets JULMARKNAD på Stora torget!',
        good: 'Missa inte årets julmarknad på Stora torget!',
        findings: [
          { actual: 'JULMARKNAD', severity: 'warning', expected: ['julmarknad'] },
        ],
      },
    ],
    options: z.strictObject({
      /** Consecutive all-caps words that make a finding. */
      minRun: z.number().int().min(2).default(3),
      /** Letters from which one all-caps word is a finding on its own. */
      minLetters: z.number().int().min(2).default(5),
      acronyms: z.array(z.string()).default([]),
    }),
  },
  (settings) => {
    const { minRun, minLetters } = settings.options;
    const acronyms = new Set([...data.acronyms, ...settings.options.acronyms].map((value) => value.toUpperCase()));
    // Proper names keep their capital letter in the fix.
    const names = new Map<string, string>();
    const { gazetteer, organisation } = settings.profile;
    for (const name of [...gazetteer.places, ...gazetteer.units, ...gazetteer.buildings, ...gazetteer.companies, organisation.name]) {
      for (const part of name.split(/\s+/)) if (/^\p{Lu}/u.test(part)) names.set(part.toLowerCase(), part);
    }
    const isAcronym = (value: string) => acronyms.has(value) || roman.test(value);

    return (_tree, file) => {
      const context = contextOf(file);
      const { text } = context;
      // Each distinct word is tested once: a post of 5,000 capitalised words has a handful of distinct ones.
      const capsOf = new Map<string, boolean>();
      const caps = (value: string) => {
        if (!mayBeCaps(value)) return false;
        let known = capsOf.get(value);
        if (known === undefined) capsOf.set(value, (known = isCaps(value)));
        return known;
      };
      /** A word right after "koden", "rabattkod:" …: a code, neither flagged nor lowered. */
      const isCode = (token: Token) => {
        for (let index = token.index - 1; index >= Math.max(0, token.index - 3); index--) {
          const before = context.tokens[index]!;
          if (before.kind === 'word') return codeWord.test(before.lower);
        }
        return false;
      };

      const fix = (run: Token[]) => {
        let result = '';
        let position = run[0]!.start;
        run.forEach((token, index) => {
          // Only the text between two words can end a sentence (each word ends with a letter): look
          // at that piece, not at the growing result, whose every look would copy it whole again.
          const between = text.slice(position, token.start);
          result += between;
          let word = isAcronym(token.value) ? token.value : (names.get(token.lower) ?? token.lower);
          const capitalise = index === 0 ? token.start === 0 || endsSentence(text, token.start) || endsLine(text, token.start) : endsSentence(between, between.length);
          if (capitalise) word = word.charAt(0).toUpperCase() + word.slice(1);
          result += word;
          position = token.end;
        });
        return result;
      };

      const flush = (run: Token[]) => {
        if (run.length === 0) return;
        // Letters are counted only for a run too short to count on its own: a run of 5,000 words need not be.
        if (run.length < minRun && !run.some((token) => !isAcronym(token.value) && letterCount(token.value) >= minLetters)) return;
        if (run.every((token) => isAcronym(token.value))) return;
        const start = run[0]!.start;
        const end = run.at(-1)!.end;
        report(file, settings, () => {
          const suggestion = fix(run);
          return {
            start,
            end,
            message: format('Undvik text i VERSALER – den är svårare att läsa och kan läsas upp bokstav för bokstav. Förslag: "{forslag}".', { forslag: suggestion }),
            expected: [suggestion],
          };
        });
      };

      // Runs of all-caps words, with only punctuation between them on the same line.
      let run: Token[] = [];
      for (const token of context.tokens) {
        const capital = token.kind === 'word' && caps(token.value) && !isCode(token);
        if (capital && !(run.length > 0 && text.slice(run.at(-1)!.end, token.start).includes('\n'))) {
          run.push(token);
          continue;
        }
        if (token.kind === 'punctuation' && run.length > 0) continue;
        flush(run);
        run = capital ? [token] : [];
      }
      flush(run);

      // The whole first line in capitals, even when it is short ("OBS JUL").
      const firstLineEnd = text.indexOf('\n') === -1 ? text.length : text.indexOf('\n');
      const firstLine = context.words.filter((word) => word.end <= firstLineEnd);
      if (
        firstLine.length >= 2 &&
        firstLine.length < minRun &&
        firstLine.every((word) => caps(word.value)) &&
        !firstLine.every((word) => isAcronym(word.value)) &&
        !firstLine.some((word) => letterCount(word.value) >= minLetters && !isAcronym(word.value))
      ) {
        report(file, settings, {
          start: firstLine[0]!.start,
          end: firstLine.at(-1)!.end,
          message: format('Undvik text i VERSALER – den är svårare att läsa och kan läsas upp bokstav för bokstav. Förslag: "{forslag}".', { forslag: fix(firstLine) }),
          expected: [fix(firstLine)],
        });
      }
    };
  },
);
