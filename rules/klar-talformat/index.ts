import { defineRule } from '../core/define.ts';
import { inSource } from '../core/lexicon/index.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';

// Groups of three after 1–3 digits, all with the same separator; not part of an IP address or version number.
const grouped = /(?<![\p{L}\d.,])(\d{1,3})([.,])(\d{3}(?:\2\d{3})*)(?![\d]|[.,]\d)/gu;
// A decimal point before a unit ("3.5 procent"); three decimals would be a thousands group.
const decimal = /(?<![\p{L}\d.,])(\d+)\.(\d{1,2}|\d{4,})(?=\s?(?:%|procent|procentenheter|kr|kronor|km|m|meter|mil|ton|kg|g|l|liter|dl|cl|ml|mm|cm|grader|°|timmar|timme|tim|minuter|min|sekunder|miljoner|miljarder|mnkr|mkr|tkr|kvm|m2|m²|ha|hektar|år|dagar|veckor|månader)(?![\p{L}\d]))/gu;
// A comma group can be a Swedish decimal ("1,250 kg"); only a currency, a count or more groups make it thousands.
const countAfter = /^\s?(?:kr|kronor|sek|:-|invånare|besökare|personer|deltagare|stycken|st|elever|barn|bostäder|lägenheter|medlemmar|ansökningar|svar)(?![\p{L}])/u;
const clock = /(?:kl\.?|klockan)\s*$/iu;
const nbsp = '\u00a0';

export default defineRule(
  {
    id: 'klar-talformat',
    category: 'readability',
    severity: 'warning',
    languages: ['sv'],
    title: 'Tusental och decimaler',
    description:
      'Myndigheternas skrivregler: mångsiffriga tal delas i grupper om tre med (fast) mellanslag, inte med komma eller punkt. Decimaltecken är komma. Klockslag som kl. 9.45 skrivs med punkt och flaggas inte.',
    basis: ['Språklagen (2009:600) 11 §', 'Myndigheternas skrivregler §12.1.7 och §12.1.8'],
    examples: [
      { bad: 'Över 10.000 besökare kom, och 3.5 procent fler än i fjol.', good: 'Över 10 000 besökare kom, 3,5 procent fler än i fjol.' },
      { bad: 'Bygget kostar 2,500,000 kronor.', good: 'Bygget kostar 2 500 000 kronor.' },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const { text } = context;
    if (!/\d[.,]\d/u.test(text)) return;
    const message = 'Skriv tusental med mellanslag och decimaler med komma: "{forslag}".';
    grouped.lastIndex = 0;
    for (let match = grouped.exec(text); match; match = grouped.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (inSource(context, start, end) || clock.test(text.slice(Math.max(0, start - 10), start))) continue;
      const groups = match[3]!.split(match[2]!).length;
      if (match[2] === ',' && groups < 2 && !countAfter.test(text.slice(end, end + 14))) continue;
      const fixed = `${match[1]}${nbsp}${match[3]!.split(match[2]!).join(nbsp)}`;
      report(file, settings, { start, end, message: format(message, { forslag: fixed }), expected: [fixed] });
    }
    decimal.lastIndex = 0;
    for (let match = decimal.exec(text); match; match = decimal.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (inSource(context, start, end) || clock.test(text.slice(Math.max(0, start - 10), start))) continue;
      const fixed = `${match[1]},${match[2]}`;
      report(file, settings, { start, end, message: format(message, { forslag: fixed }), expected: [fixed] });
    }
  },
);
