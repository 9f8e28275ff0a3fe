import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { channelCountsOf } from '../core/linter.ts';
import { plural, urlsOf } from '../channels/messages.ts';
import { format, report } from '../core/report.ts';

const normalise = (url: string) => url.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');

export default defineRule(
  {
    id: 'kanal-lank-antal',
    category: 'channel',
    severity: 'error',
    title: 'Fler länkar än kanalen tillåter',
    description:
      'Threads tar högst 5 olika länkar per inlägg; ett inlägg med fler stoppas. Samma adress två gånger räknas som en länk.',
    basis: ['Threads API: THREADS_API__LINK_LIMIT_EXCEEDED (från 2025-12-22)', 'Kanalernas egna hjälpsidor och gränser'],
    examples: [
      {
        bad: 'Läs mer: alingsas.se/a alingsas.se/b alingsas.se/c alingsas.se/d alingsas.se/e alingsas.se/f',
        good: 'Läs mer om allt på alingsas.se/sommar',
        channels: ['threads'],
        findings: [
          { actual: 'alingsas.se/f', severity: 'error', channel: 'threads' },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    // Each address written is normalised once: a post can repeat one link thousands of times.
    const written = new Set<string>();
    const seen = new Set<string>();
    const distinct = urlsOf(context.sources).filter((url) => {
      if (written.has(url.value)) return false;
      written.add(url.value);
      const key = normalise(url.value);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    for (const count of channelCountsOf(file)) {
      const channel = settings.profile.channels[count.id]!;
      if (channel.linkMax === null || distinct.length <= channel.linkMax) continue;
      report(file, settings, {
        start: distinct[channel.linkMax]!.start,
        end: distinct.at(-1)!.end,
        channel: channel.id,
        message: format('{kanal} tar högst {gräns} per inlägg, och inlägget har {antal} olika. Samla länkarna på en sida och länka dit.', {
          kanal: channel.name,
          gräns: plural(channel.linkMax, 'länk', 'länkar'),
          antal: distinct.length,
        }),
      });
    }
  },
);
