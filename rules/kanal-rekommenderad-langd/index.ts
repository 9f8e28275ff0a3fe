import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { channelCountsOf } from '../core/linter.ts';
import { unitLabel } from '../channels/count.ts';
import { offsetPast } from '../channels/messages.ts';
import { format, report } from '../core/report.ts';

export default defineRule(
  {
    id: 'kanal-rekommenderad-langd',
    category: 'channel',
    severity: 'warning',
    title: 'Längre än rekommenderat för kanalen',
    description:
      'Korta inlägg läses oftare till slut. Profilen anger en rekommenderad längd per kanal (som standard Facebook 500, Instagram 1 000 och LinkedIn 1 300 tecken; övriga kanaler sin hårda gräns). Klarspråk i sociala medier betyder korta texter med det viktigaste först.',
    basis: ['Myndigheternas skrivregler §2.3 (sociala medier)', 'Språklagen (2009:600) 11 §', 'Profilens rekommenderade längd per kanal'],
    examples: [
      {
        bad: 'I helgen händer mycket i Alingsås och vi har samlat det viktigaste här för dig som vill ut. '.repeat(7).trim(),
        good: 'I helgen händer mycket i Alingsås. Se hela programmet på alingsas.se/helg',
        channels: ['facebook'],
        findings: [
          { actual: ' har samlat det viktigaste här för dig som vill ut. I helgen händer mycket i Alingsås och vi har samlat det viktigaste här för dig som vill ut.', severity: 'warning', channel: 'facebook' },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const { text, sources } = contextOf(file);
    for (const count of channelCountsOf(file)) {
      const channel = settings.profile.channels[count.id]!;
      // Over the hard limit is kanal-langd's finding (one finding, one rule).
      if (count.length > count.limit || count.length <= channel.recommendedLength) continue;
      if (channel.recommendedLength >= channel.limit) continue;
      report(file, settings, {
        start: offsetPast(channel, text, channel.recommendedLength, sources),
        end: text.length,
        channel: channel.id,
        message: format('Texten är {antal} {enhet} – längre än de {gräns} som rekommenderas för {kanal}. Korta gärna till det viktigaste, eller länka till mer information.', {
          antal: count.length,
          enhet: unitLabel[channel.unit],
          gräns: channel.recommendedLength,
          kanal: channel.name,
        }),
      });
    }
  },
);
