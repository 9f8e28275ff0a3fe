import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { channelCountsOf } from '../core/linter.ts';
import { hashtagsOf, plural } from '../channels/messages.ts';
import { format, report } from '../core/report.ts';

export default defineRule(
  {
    id: 'kanal-hashtag-max',
    category: 'channel',
    severity: 'error',
    title: 'Fler hashtaggar än kanalen tillåter',
    description:
      'Vissa kanaler har ett största antal hashtaggar per inlägg: Instagram 30, Threads 1 och Bluesky 8. Fler än så gör att inlägget stoppas eller att hashtaggar tas bort. YouTube struntar i alla hashtaggar om det är fler än 60.',
    basis: ['Meta: Instagram Graph API, begränsningar för publicering', 'Threads API (ett ämnestagg per inlägg)', 'Kanalernas egna hjälpsidor och gränser'],
    examples: [
      {
        bad: `Välkommen till Kulturnatten! ${Array.from({ length: 31 }, (_, index) => `#Kultur${index + 1}`).join(' ')}`,
        good: 'Välkommen till Kulturnatten! #KulturnattenAlingsås',
        channels: ['instagram'],
        findings: [
          { actual: '#Kultur31', severity: 'error', channel: 'instagram' },
        ],
      },
      {
        bad: 'Nu öppnar badet! #Nolhagabadet #Alingsås',
        good: 'Nu öppnar badet! #Nolhagabadet',
        channels: ['threads'],
        findings: [
          { actual: '#Alingsås', severity: 'error', channel: 'threads' },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const hashtags = hashtagsOf(context.sources);
    for (const count of channelCountsOf(file)) {
      const channel = settings.profile.channels[count.id]!;
      if (channel.hashtagMax === null || hashtags.length <= channel.hashtagMax) continue;
      // The span covers the hashtags past the limit.
      report(file, settings, {
        start: hashtags[channel.hashtagMax]!.start,
        end: hashtags.at(-1)!.end,
        channel: channel.id,
        message: format('{kanal} tar högst {gräns} per inlägg, och inlägget har {antal}. Ta bort {över}.', {
          kanal: channel.name,
          gräns: plural(channel.hashtagMax, 'hashtagg', 'hashtaggar'),
          antal: hashtags.length,
          över: plural(hashtags.length - channel.hashtagMax, 'hashtagg', 'hashtaggar'),
        }),
      });
    }
  },
);
