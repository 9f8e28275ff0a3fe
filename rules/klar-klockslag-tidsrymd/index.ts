import { defineRule } from '../core/define.ts';
import { inSource, matchCase } from '../core/lexicon/index.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';

const time = String.raw`\d{1,2}(?:[.:]\d{2})?`;
// (a) "från kl. 10–18", "mellan kl 10-18": the dash already means from … to.
const fromBetween = new RegExp(String.raw`(?<![\p{L}])(från|mellan)\s+(?:kl\.?|klockan)\s*(${time})\s*[-–—]\s*(${time})(?![\d])`, 'giu');
// (b) A hyphen in a span of numbers or times: "10-18", "9.00-17.00", "2024-2025".
const hyphenSpan = /(?<![\p{L}\d/.,:+-])(\d{1,4}(?:[.:]\d{2})?)-(\d{1,4}(?:[.:]\d{2})?)(?![\d-]|[.:,]\d|-?\p{L})/gu;
// (c) "kl" without its dot before a time.
const bareKl = /(?<![\p{L}])(kl)(?=\s*\d)/giu;
// Diary numbers ("KS 2022-277", "Dnr 2024-12") are references, not spans.
const reference = /(?:dnr|diarienummer|ärende|ks|nr)\.?\s*$/iu;

export default defineRule(
  {
    id: 'klar-klockslag-tidsrymd',
    category: 'readability',
    severity: 'info',
    languages: ['sv'],
    title: 'Klockslag och tidsrymder',
    description:
      'Myndigheternas skrivregler: tidsrymder anges med tankstreck. "Kontoret är öppet kl. 9–17 (inte: från kl. 9–17 eller mellan kl. 9–17)". Klockslag skrivs kl. 9.45 (kolon går också), och förkortningen kl. har punkt.',
    basis: ['Språklagen (2009:600) 11 §', 'Myndigheternas skrivregler §12.2.1 och §12.4.1'],
    examples: [
      { bad: 'Biblioteket har öppet mellan kl 10-18.', good: 'Biblioteket har öppet kl. 10–18.' },
      { bad: 'Kontaktcenter svarar 8.00-16.30 på vardagar.', good: 'Kontaktcenter svarar 8.00–16.30 på vardagar.' },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const { text } = context;
    if (!/\d-\d|kl/iu.test(text)) return;
    const taken: [number, number][] = [];
    const free = (start: number, end: number) => taken.every(([from, to]) => end <= from || start >= to) && !inSource(context, start, end);

    fromBetween.lastIndex = 0;
    for (let match = fromBetween.exec(text); match; match = fromBetween.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!free(start, end)) continue;
      taken.push([start, end]);
      const fixed = matchCase(match[1]!, `kl. ${match[2]}–${match[3]}`);
      report(file, settings, {
        start,
        end,
        message: format('Skriv "{forslag}" (tankstrecket betyder redan "från … till").', { forslag: fixed }),
        expected: [fixed],
      });
    }

    hyphenSpan.lastIndex = 0;
    for (let match = hyphenSpan.exec(text); match; match = hyphenSpan.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      const [, left, right] = match;
      // "0322-61 60 00", "08-123 45 67": an area code, which pd-telefon and klar-telefonformat own.
      if (left!.startsWith('0') || /^\s\d/u.test(text.slice(end, end + 2))) continue;
      if (!free(start, end) || reference.test(text.slice(Math.max(0, start - 14), start))) continue;
      taken.push([start, end]);
      const fixed = `${left}–${right}`;
      report(file, settings, {
        start,
        end,
        message: format('Använd tankstreck (–), inte bindestreck, mellan tal i en tidsrymd eller ett intervall: "{forslag}".', { forslag: fixed }),
        expected: [fixed],
      });
    }

    bareKl.lastIndex = 0;
    for (let match = bareKl.exec(text); match; match = bareKl.exec(text)) {
      const start = match.index;
      const end = start + match[1]!.length;
      if (!free(start, end)) continue;
      const fixed = `${match[1]}.`;
      report(file, settings, { start, end, message: 'Skriv "kl." med punkt före klockslaget.', expected: [fixed] });
    }
  },
);
