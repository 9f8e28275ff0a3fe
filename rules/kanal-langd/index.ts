import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { channelCountsOf } from '../core/linter.ts';
import { fittingOffset, unitLabel, utf8Length } from '../channels/count.ts';
import { offsetPast } from '../channels/messages.ts';
import { format, report } from '../core/report.ts';

export default defineRule(
  {
    id: 'kanal-langd',
    category: 'channel',
    severity: 'error',
    title: 'För lång text för kanalen',
    description:
      'Varje kanal har en hård gräns för hur lång texten får vara, räknad på kanalens eget sätt (till exempel viktade tecken på X, där en länk räknas som 23 och en emoji som 2, och byte på YouTube). En för lång text går inte att publicera eller klipps av. Markeringen visar den del som inte får plats.',
    basis: ['Kanalernas egna gränser, enligt deras hjälpsidor', 'twitter-text, konfiguration v3 (X)', 'Myndigheternas skrivregler §2.3'],
    examples: [
      {
        bad: 'Nu öppnar vi anmälan till sommarens simskola på Nolhagabadet. '.repeat(5).trim(),
        good: 'Nu öppnar vi anmälan till sommarens simskola på Nolhagabadet. Läs mer på alingsas.se/simskola',
        channels: ['x'],
        findings: [
          { actual: 'ens simskola på Nolhagabadet.', severity: 'error', channel: 'x' },
        ],
      },
      {
        bad: 'Sommarlovet närmar sig och vi vill berätta om allt som händer i Alingsås. '.repeat(30).trim(),
        good: 'Sommarlovet närmar sig! Läs om allt som händer i Alingsås på alingsas.se/sommarlov',
        channels: ['instagram'],
        findings: [
          { actual: ' händer i Alingsås.', severity: 'error', channel: 'instagram' },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const { text, sources } = contextOf(file);
    for (const count of channelCountsOf(file)) {
      const channel = settings.profile.channels[count.id]!;
      const overUnits = count.length > count.limit;
      const overBytes = count.byteLimit !== undefined && count.bytes! > count.byteLimit;
      if (!overUnits && !overBytes) continue;
      report(file, settings, {
        start: overUnits ? offsetPast(channel, text, count.limit, sources) : fittingOffset(text, count.byteLimit!, utf8Length),
        end: text.length,
        channel: channel.id,
        message: overUnits
          ? format('Texten är {antal} {enhet} för lång för {kanal}. Gränsen är {gräns} {enhet}. Det markerade får inte plats – korta texten eller dela upp den.', {
              antal: count.length - count.limit,
              enhet: unitLabel[channel.unit],
              kanal: channel.name,
              gräns: count.limit,
            })
          : format('Texten är {antal} byte för lång för {kanal}. Gränsen är {gräns} byte (å, ä, ö och emojier tar flera byte). Det markerade får inte plats.', {
              antal: count.bytes! - count.byteLimit!,
              kanal: channel.name,
              gräns: count.byteLimit!,
            }),
      });
    }
  },
);
