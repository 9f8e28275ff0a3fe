import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { channelCountsOf } from '../core/linter.ts';
import { format, report } from '../core/report.ts';
import { mentionsOf } from '../channels/messages.ts';

export default defineRule(
  {
    id: 'kanal-omnamning',
    category: 'channel',
    severity: 'info',
    title: 'Omnämning som bara blir text',
    description:
      'På Facebook och LinkedIn blir ett "@namn" som skrivs eller klistras in som text ingen länk, och kontot får ingen avisering. Bara kanalens egen taggning (välj kontot i listan som dyker upp när du skriver) skapar en riktig omnämning.',
    basis: ['Kanalfakta: omnämningar på Facebook och LinkedIn (kanalernas egna hjälpsidor)'],
    examples: [
      {
        bad: 'Tack @Alingsåshem för ett gott samarbete!',
        good: 'Tack Alingsåshem för ett gott samarbete!',
        channels: ['linkedin'],
        findings: [
          { actual: '@Alingsåshem', severity: 'info', channel: 'linkedin' },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const mentions = mentionsOf(context.text, context.sources);
    if (mentions.length === 0) return;
    for (const count of channelCountsOf(file)) {
      const channel = settings.profile.channels[count.id]!;
      if (channel.typedMentionsLink) continue;
      // Built only if shown (report's budget): a post can hold thousands of "@a".
      for (const mention of mentions) {
        report(file, settings, () => ({
          start: mention.start,
          end: mention.end,
          channel: channel.id,
          message: format('På {kanal} blir "{match}" ingen länk om det skrivs som text. Tagga kontot med kanalens egen funktion när du publicerar.', {
            kanal: channel.name,
            match: mention.value,
          }),
        }));
      }
    }
  },
);
