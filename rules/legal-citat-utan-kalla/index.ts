import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';

// A source marker: "– Anna Ek", "enligt", "skriver", "säger", "källa:", or a link.
const marker = /[–—-]\s?\p{Lu}|(?<!\p{L})(?:enligt|skriver|skrev|säger|sa|sade|berättar|berättade|menar|konstaterar|citerar|citat från)(?!\p{L})|källa\s*:|https?:\/\/|www\.|\b[\p{L}\p{N}-]+\.(?:se|com|nu|org|net|eu)\//iu;

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
    for (const quote of context.quotes) {
      const count = words.filter((word) => word.start >= quote.start && word.end <= quote.end).length;
      if (count < settings.options.minWords) continue;
      // Look for the source on the quote's own lines: before it and after it.
      const lineStart = text.lastIndexOf('\n', quote.start - 1) + 1;
      const nextBreak = text.indexOf('\n\n', quote.end);
      const after = text.slice(quote.end, nextBreak === -1 ? text.length : nextBreak);
      const before = text.slice(lineStart, quote.start);
      if (marker.test(after) || marker.test(before)) continue;
      report(file, settings, {
        start: quote.start,
        end: quote.end,
        message: 'Ange källan när du citerar eller återger någon annans text.',
      });
    }
  },
);
