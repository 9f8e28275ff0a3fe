import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { channelCountsOf } from '../core/linter.ts';
import { format, report } from '../core/report.ts';

// Two or more blank lines in a row (lines of only spaces count as blank).
const blankRun = /\n(?:[ \t\u00a0]*\n){2,}/g;
// Spaces at the end of a line that is not itself blank.
const trailing = /(?<=\S)[ \t\u00a0]+(?=\r?\n)/g;

export default defineRule(
  {
    id: 'kanal-tomma-rader',
    category: 'channel',
    severity: 'info',
    title: 'Tomma rader som kanalen tar bort',
    description:
      'Instagram slår ihop flera tomma rader till en, och mellanslag i slutet av en rad kan göra att radbrytningen försvinner i vissa appar. Då ser texten inte ut som du tänkt. Använd en tom rad mellan stycken och inga mellanslag i radslut.',
    basis: ['Kanalfakta: Instagram tar bort extra radbrytningar i vissa klienter (channels.md)'],
    examples: [
      { bad: 'Välkommen till biblioteket!\n\n\n\nVi har öppet till kl. 19.', good: 'Välkommen till biblioteket!\n\nVi har öppet till kl. 19.', channels: ['instagram'] },
      { bad: 'Välkommen till biblioteket!   \nVi har öppet till kl. 19.', good: 'Välkommen till biblioteket!\nVi har öppet till kl. 19.', channels: ['instagram'] },
    ],
  },
  (settings) => (_tree, file) => {
    const { text } = contextOf(file);
    if (!text.includes('\n')) return;
    const channels = channelCountsOf(file)
      .map((count) => settings.profile.channels[count.id]!)
      .filter((channel) => channel.collapsesBlankLines);
    if (channels.length === 0) return;
    const runs = [...text.matchAll(blankRun)];
    const spaces = [...text.matchAll(trailing)];
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
          start: space.index,
          end: space.index + space[0].length,
          channel: channel.id,
          message: format('Mellanslag i slutet av raden kan göra att radbrytningen försvinner i {kanal}. Ta bort mellanslagen.', { kanal: channel.name }),
          expected: [''],
        });
      }
    }
  },
);
