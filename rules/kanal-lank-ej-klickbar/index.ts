import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { channelCountsOf } from '../core/linter.ts';
import { urlsOf } from '../channels/messages.ts';
import { format, report } from '../core/report.ts';

export default defineRule(
  {
    id: 'kanal-lank-ej-klickbar',
    category: 'channel',
    severity: 'warning',
    title: 'Länken går inte att klicka på i kanalen',
    description:
      'På Instagram och TikTok blir en adress i inläggstexten inte en länk. Den som läser måste skriva av den, vilket är svårt på mobilen och omöjligt för många. Lägg länken i profilen (eller i en länksamling där) och skriv "länk i profilen" i texten.',
    basis: ['Kanalfakta: länkar i Instagram- och TikTok-texter är inte klickbara (kanalernas egna hjälpsidor)', 'Lag (2018:1937) om tillgänglighet till digital offentlig service'],
    examples: [
      {
        bad: 'Anmäl dig till simskolan på alingsas.se/simskola',
        good: 'Anmäl dig till simskolan – länken finns i vår profil.',
        channels: ['instagram'],
        findings: [
          { actual: 'alingsas.se/simskola', severity: 'warning', expected: ['länken i vår profil'], channel: 'instagram' },
        ],
      },
      {
        bad: 'Se hela programmet: https://www.alingsas.se/kulturnatten',
        good: 'Se hela programmet via länken i profilen.',
        channels: ['tiktok'],
        findings: [
          { actual: 'https://www.alingsas.se/kulturnatten', severity: 'warning', expected: ['länken i vår profil'], channel: 'tiktok' },
        ],
      },
    ],
    options: z.strictObject({
      /** What replaces the address in the one-click fix. */
      replacement: z.string().min(1).default('länken i vår profil'),
    }),
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const urls = urlsOf(context.sources);
    if (urls.length === 0) return;
    for (const count of channelCountsOf(file)) {
      const channel = settings.profile.channels[count.id]!;
      if (channel.linksClickable) continue;
      for (const url of urls) {
        report(file, settings, {
          start: url.start,
          end: url.end,
          channel: channel.id,
          // The phrase the message suggests is the one the fix writes (the profile may change it).
          message: format('Länkar i texten går inte att klicka på i {kanal} ({match}). Lägg länken i profilen och skriv till exempel "{ersattning}".', {
            kanal: channel.name,
            match: url.value,
            ersattning: settings.options.replacement,
          }),
          // No fix when the link runs on into other text: the phrase would join it (e.g. "profil.se").
          expected: /^(?:[\p{L}\p{N}_/-]|\.[\p{L}\p{N}])/u.test(context.text.slice(url.end, url.end + 2)) ? [] : [settings.options.replacement],
        });
      }
    }
  },
);
