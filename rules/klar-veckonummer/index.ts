import { defineRule } from '../core/define.ts';
import { inSource, matchCase } from '../core/lexicon/index.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { isoWeeksIn, months, weekSpan } from '../analysis/dates.ts';

const week = /(?<![\p{L}\d])(vecka|v\.|v)\s?(\d{1,2})(?: ((?:19|20)\d{2}))?(?![\d]|[.,:]\d)/giu;
const monthWords = [...months, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec'].join('|');
// A date near the week number already tells the reader when.
const dateNearby = new RegExp(String.raw`\d{1,2}(?:\s*[–-]\s*\d{1,2})?\.?\s+(?:${monthWords})(?![\p{L}])|\d{1,2}/\d{1,2}|\d{4}-\d{2}-\d{2}`, 'iu');
const yearNearby = /(?<!\d)(20\d{2})(?!\d)/u;
const window = 40;

export default defineRule(
  {
    id: 'klar-veckonummer',
    category: 'readability',
    severity: 'info',
    languages: ['sv'],
    title: 'Bara veckonummer',
    description:
      'Myndigheternas skrivregler: undvik uttryck av typen "rapporten redovisas vecka 41" – det kräver att läsaren har en almanacka till hands. Skriv datumen också.',
    basis: ['Språklagen (2009:600) 11 §', 'Myndigheternas skrivregler §12.4.3'],
    examples: [
      { bad: 'Sophämtningen flyttas v. 52.', good: 'Sophämtningen flyttas vecka 52 (22–28 december).' },
      { bad: 'Simskolan börjar vecka 26 2025.', good: 'Simskolan börjar vecka 26 (23–29 juni 2025).' },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const { text } = context;
    if (!/v(?:ecka)?\.?\s?\d/iu.test(text)) return;
    week.lastIndex = 0;
    for (let match = week.exec(text); match; match = week.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      const number = Number(match[2]);
      if (number < 1 || number > 53 || inSource(context, start, end)) continue;
      const around = text.slice(Math.max(0, start - window), Math.min(text.length, end + window));
      if (dateNearby.test(around)) continue;
      // The year written with or near the week number, else this year.
      const year = Number(match[3] ?? yearNearby.exec(around)?.[1] ?? new Date().getFullYear());
      if (number > isoWeeksIn(year)) continue;
      const label = matchCase(match[1]!, 'vecka');
      const span = weekSpan(year, number);
      const fixed = `${label} ${number} (${span}${match[3] ? ` ${match[3]}` : ''})`;
      report(file, settings, {
        start,
        end,
        message: format('Skriv datum också, inte bara veckonummer: "vecka {n} ({datum})".', { n: number, datum: span }),
        expected: [fixed],
      });
    }
  },
);
