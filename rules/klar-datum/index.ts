import { defineRule } from '../core/define.ts';
import { inSource } from '../core/lexicon/index.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { isDate, writtenDate } from '../analysis/dates.ts';

interface DatePattern {
  pattern: RegExp;
  /** Year, month, day from the match. */
  parts: (match: RegExpExecArray) => [number, number, number];
  /** Steps from the rule's severity: ISO dates are fine in formal references, so only a tip. */
  shift: number;
}

const fullYear = (year: string) => (year.length === 2 ? 2000 + Number(year) : Number(year));

const patterns: DatePattern[] = [
  // 20250415; not a personnummer (19850412-1234) or a longer number.
  { pattern: /(?<![\d-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d]|[-+]\d)/gu, parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])], shift: 0 },
  // 15.4.2025
  { pattern: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d]|\.\d)/gu, parts: (m) => [Number(m[3]), Number(m[2]), Number(m[1])], shift: 0 },
  // 15/4-2025, 15/4-25, 15/4 2025, 15/4/2025
  { pattern: /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:[-/]((?:19|20)?\d{2})| ((?:19|20)\d{2}))(?![\d]|-\d)/gu, parts: (m) => [fullYear(m[3] ?? m[4]!), Number(m[2]), Number(m[1])], shift: 0 },
  // 2025-04-15
  { pattern: /(?<![\d-])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d]|-\d)/gu, parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])], shift: -1 },
];

// Diary and case numbers ("Dnr 2024-0312", "KS 2022.277") are references, not dates.
const reference = /(?:dnr|diarienummer|diarienr|ärendenummer|ärende|ks|mål nr|nr)\.?\s*$/iu;

export default defineRule(
  {
    id: 'klar-datum',
    category: 'readability',
    severity: 'warning',
    languages: ['sv'],
    title: 'Datum i siffror',
    description:
      'Myndigheternas skrivregler: i löpande text skrivs datum enligt mönstret 15 april 2015. Skrivsätt som 20150415 och 15.4.2015 bör inte användas i löptext. Formen 2015-04-15 passar i formella hänvisningar och ger bara ett tips.',
    basis: ['Språklagen (2009:600) 11 §', 'Myndigheternas skrivregler §12.3.1'],
    examples: [
      {
        bad: 'Sista ansökningsdag är 2025-03-31.',
        good: 'Sista ansökningsdag är 31 mars 2025.',
        findings: [
          { actual: '2025-03-31', severity: 'info', expected: ['31 mars 2025'] },
        ],
      },
      {
        bad: 'Badet öppnar igen 15.4.2025.',
        good: 'Badet öppnar igen 15 april 2025.',
        findings: [
          { actual: '15.4.2025', severity: 'warning', expected: ['15 april 2025'] },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const { text } = context;
    if (!/\d/u.test(text)) return;
    // The units an earlier date took: a later pattern's match over them is the same date read again.
    // A mask, not a list of spans, so that a post of 2,000 dates is not 2,000 × 2,000 comparisons.
    let taken: Uint8Array | undefined;
    const isTaken = (start: number, end: number) => taken !== undefined && taken.subarray(start, end).includes(1);
    for (const { pattern, parts, shift } of patterns) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const start = match.index;
        const end = start + match[0].length;
        const [year, month, day] = parts(match);
        if (!isDate(year, month, day) || inSource(context, start, end)) continue;
        if (isTaken(start, end)) continue;
        if (reference.test(text.slice(Math.max(0, start - 16), start))) continue;
        (taken ??= new Uint8Array(text.length)).fill(1, start, end);
        report(file, settings, () => {
          const written = writtenDate(year, month, day);
          return { start, end, message: format('Skriv datum som "{forslag}" i löpande text.', { forslag: written }), expected: [written], shift };
        });
      }
    }
  },
);
