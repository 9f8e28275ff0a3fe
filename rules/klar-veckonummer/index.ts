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
      // A year in sight keeps the dates the same whatever year the example is checked in.
      {
        bad: 'Julen 2025: sophämtningen flyttas v. 52.',
        good: 'Julen 2025: sophämtningen flyttas vecka 52 (22–28 december).',
        findings: [
          { actual: 'v. 52', severity: 'info', expected: ['vecka 52 (22–28 december)'] },
        ],
      },
      {
        bad: 'Simskolan börjar vecka 26 2025.',
        good: 'Simskolan börjar vecka 26 (23–29 juni 2025).',
        findings: [
          { actual: 'vecka 26 2025', severity: 'info', expected: ['vecka 26 (23–29 juni 2025)'] },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const { text } = context;
    if (!/v(?:ecka)?\.?\s?\d/iu.test(text)) return;
    const weeks = new Map<number, number>();
    const weeksIn = (year: number) => weeks.get(year) ?? weeks.set(year, isoWeeksIn(year)).get(year)!;
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
      if (number > weeksIn(year)) continue;
      const [label, written] = [match[1]!, match[3]];
      // Built only if shown: past the rule's budget a finding is only counted.
      report(file, settings, () => {
        const fixed = `${matchCase(label, 'vecka')} ${number} (${weekSpan(year, number)}${written ? ` ${written}` : ''})`;
        return { start, end, message: format('Skriv datum också, inte bara veckonummer: "{forslag}".', { forslag: fixed }), expected: [fixed] };
      });
    }
  },
);
