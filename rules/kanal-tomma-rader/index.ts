import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { channelCountsOf } from '../core/linter.ts';
import { format, report } from '../core/report.ts';

// Two or more blank lines in a row (lines of only spaces count as blank).
const blankRun = /\n(?:[ \t\u00a0]*\n){2,}/g;
const isSpace = (code: number) => code === 32 || code === 9 || code === 0xa0;

/** Spaces at the end of a line that is not itself blank, found from the line breaks only. */
function trailingSpaces(text: string, lineStarts: number[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const lineStart of lineStarts) {
    let end = lineStart - 1;
    if (end <= 0) continue;
    if (text.charCodeAt(end - 1) === 13) end--;
    let start = end;
    while (start > 0 && isSpace(text.charCodeAt(start - 1))) start--;
    if (start < end && start > 0 && text.charCodeAt(start - 1) !== 10) spans.push({ start, end });
  }
  return spans;
}

export default defineRule(
  {
    id: 'kanal-tomma-rader',
    category: 'channel',
    severity: 'info',
    title: 'Tomma rader som kanalen tar bort',
    description:
      'Instagram slår ihop flera tomma rader till en, och mellanslag i slutet av en rad kan göra att radbrytningen försvinner i vissa appar. Då ser texten inte ut som du tänkt. Använd en tom rad mellan stycken och inga mellanslag i radslut.',
    basis: ['Kanalfakta: Instagram tar bort extra radbrytningar i vissa klienter (kanalernas egna hjälpsidor)'],
    examples: [
      {
        bad: 'Välkommen till biblioteket!\n\n\n\nVi har öppet till kl. 19.',
        good: 'Välkommen till biblioteket!\n\nVi har öppet till kl. 19.',
        channels: ['instagram'],
        findings: [
          { actual: '\n\n\n\n', severity: 'info', expected: ['\n\n'], channel: 'instagram' },
        ],
      },
      {
        bad: 'Välkommen till biblioteket!   \nVi har öppet till kl. 19.',
        good: 'Välkommen till biblioteket!\nVi har öppet till kl. 19.',
        channels: ['instagram'],
        findings: [
          { actual: '   ', severity: 'info', expected: [''], channel: 'instagram' },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const { text, lineStarts } = contextOf(file);
    if (lineStarts.length < 2) return;
    const channels = channelCountsOf(file)
      .map((count) => settings.profile.channels[count.id]!)
      .filter((channel) => channel.collapsesBlankLines);
    if (channels.length === 0) return;
    const runs = [...text.matchAll(blankRun)];
    const spaces = trailingSpaces(text, lineStarts);
    for (const channel of channels) {
      for (const run of runs) {
        report(file, settings, {
          start: run.index,
          end: run.index + run[0].length,
          channel: channel.id,
          message: format('{kanal} slår ihop flera tomma rader till en. Använd en tom rad mellan styckena.', { kanal: channel.name }),
          expected: ['\n\n'],
        });
      }
      for (const space of spaces) {
        report(file, settings, {
          start: space.start,
          end: space.end,
          channel: channel.id,
          message: format('Mellanslag i slutet av raden kan göra att radbrytningen försvinner i {kanal}. Ta bort mellanslagen.', { kanal: channel.name }),
          expected: [''],
        });
      }
    }
  },
);
