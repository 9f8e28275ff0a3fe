import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { channelCountsOf } from '../core/linter.ts';
import { hashtagsOf, plural } from '../channels/messages.ts';
import { format, report } from '../core/report.ts';

export default defineRule(
  {
    id: 'kanal-hashtag-antal',
    category: 'channel',
    severity: 'warning',
    title: 'Fler hashtaggar än rekommenderat',
    description:
      'Många hashtaggar gör inlägget svårare att läsa, särskilt med skärmläsare, och ser ut som reklam. Stockholms stad rekommenderar högst 1–2 hashtaggar per inlägg. Profilen anger hur många som rekommenderas per kanal (som standard 2 för Facebook och LinkedIn, 5 för Instagram).',
    basis: ['Stockholms stad: Tillgänglighet på sociala medier', 'MFD:s checklista för tillgängliga sociala medier (via VGR)', 'Kanalernas egna hjälpsidor och gränser'],
    examples: [
      {
        bad: 'Nu börjar sommarlovet! #Sommarlov #Alingsås #Barn #Fritid',
        good: 'Nu börjar sommarlovet! #SommarlovAlingsås',
        channels: ['facebook'],
        findings: [
          { actual: '#Barn #Fritid', severity: 'warning', channel: 'facebook' },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const hashtags = hashtagsOf(context.sources);
    for (const count of channelCountsOf(file)) {
      const channel = settings.profile.channels[count.id]!;
      const recommended = channel.hashtagRecommended;
      if (recommended === null || hashtags.length <= recommended) continue;
      // Over the channel's hard maximum is kanal-hashtag-max's finding.
      if (channel.hashtagMax !== null && hashtags.length > channel.hashtagMax) continue;
      report(file, settings, {
        start: hashtags[recommended]!.start,
        end: hashtags.at(-1)!.end,
        channel: channel.id,
        message: format('Inlägget har {antal} hashtaggar. För {kanal} rekommenderas högst {gräns}. Välj de viktigaste och lägg dem sist.', {
          antal: hashtags.length,
          kanal: channel.name,
          gräns: plural(recommended, 'hashtagg', 'hashtaggar'),
        }),
      });
    }
  },
);
