import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { contextOf, type Token } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { swedishDictionary } from '../spelling/dictionary.ts';
import { data } from './kanda.schema.ts';

const acronym = /^(\p{Lu}{2,6})(?::\p{L}{1,3}|-\p{L}+)?$/u;
const hasLower = /\p{Ll}/u;

export default defineRule(
  {
    id: 'klar-okanda-forkortningar',
    category: 'readability',
    severity: 'info',
    languages: ['sv'],
    title: 'Okända eller interna förkortningar',
    description:
      'Myndigheternas skrivregler: "Undvik i synnerhet interna förkortningar i kommunikation med utomstående." Förklara förkortningar som inte är allmänt kända första gången de används, till exempel "individ- och familjeomsorgen (IFO)".',
    basis: ['Språklagen (2009:600) 11 §', 'Myndigheternas skrivregler §11.1 och §11.2'],
    examples: [
      {
        bad: 'IFO har nya öppettider under v. 32.',
        good: 'Individ- och familjeomsorgen har nya öppettider 5–11 augusti.',
        findings: [
          { actual: 'IFO', severity: 'info' },
        ],
      },
      {
        bad: 'KSAU sammanträder på tisdag.',
        good: 'Kommunstyrelsens arbetsutskott (KSAU) sammanträder på tisdag.',
        findings: [
          { actual: 'KSAU', severity: 'info' },
        ],
      },
    ],
    options: z.strictObject({
      /** Abbreviations the organisation's readers know. */
      known: z.array(z.string().min(1).max(10)).max(500).default([]),
    }),
  },
  (settings) => {
    const dictionary = swedishDictionary();
    const known = new Set([...data.known, ...data.parties, ...settings.options.known].map((value) => value.toUpperCase()));
    return (_tree, file) => {
      const context = contextOf(file);
      const { tokens, text } = context;
      const seen = new Set<string>();
      for (const token of context.words) {
        // Two capitals first, or it is no acronym: a cheap test before the regex.
        const second = token.value.charAt(1);
        if (second === second.toLowerCase() || token.value.charAt(0) === token.lower.charAt(0)) continue;
        const shape = acronym.exec(token.value);
        if (!shape) continue;
        const letters = shape[1]!;
        if (known.has(letters) || seen.has(letters)) continue;
        seen.add(letters);
        // A real word in capitals ("STÄNGT") is shouting, which a11y-versaler owns.
        if (letters.length >= 4 && dictionary.correct(letters.toLowerCase())) continue;
        if (isShouting(tokens, token) || isRegnalNumber(tokens, text, token, letters) || isPlate(tokens, token) || isExplained(text, letters, token)) continue;
        report(file, settings, {
          start: token.start,
          end: token.start + letters.length,
          message: format('"{match}" kan vara en intern förkortning. Skriv ut den eller förklara den första gången.', { match: letters }),
        });
      }
    };
  },
);

const romanNumeral = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

/** "Karl XII", "Thutmosis III": a roman numeral right after a capitalised name (kanda.json, romanNumeralsNote). */
function isRegnalNumber(tokens: Token[], text: string, token: Token, letters: string): boolean {
  if (!romanNumeral.test(letters)) return false;
  const before = tokens[token.index - 1];
  return before !== undefined && before.sentence === token.sentence && before.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(before.value) && text.slice(before.end, token.start) === ' ';
}

/** Most words of the sentence in capitals: the text shouts, it does not abbreviate. */
function isShouting(tokens: Token[], token: Token): boolean {
  let words = 0;
  let capitals = 0;
  for (let index = token.index - 8; index <= token.index + 8; index++) {
    const other = tokens[index];
    if (!other || other.kind !== 'word' || other.sentence !== token.sentence) continue;
    words++;
    if (!hasLower.test(other.value)) capitals++;
  }
  return words >= 3 && capitals / words > 0.5;
}

/** "ABC 123", "ABC 12A": a registration plate. */
function isPlate(tokens: Token[], token: Token): boolean {
  const next = tokens[token.index + 1];
  return token.value.length === 3 && next !== undefined && next.start === token.end + 1 && /^\d{2}[\dA-Z]$/u.test(next.value);
}

/** "(IFO)" anywhere, or an explanation right after it: "IFO (individ- och familjeomsorgen)", "IFO – …", "IFO står för". */
function isExplained(text: string, letters: string, token: Token): boolean {
  if (text.includes(`(${letters})`)) return true;
  const after = text.slice(token.end, token.end + 12);
  return /^\s*(?:\(|–|—|-\s|:|,?\s+står för|,?\s+som står för)/u.test(after);
}
