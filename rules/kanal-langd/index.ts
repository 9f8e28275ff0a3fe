import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { channelCountsOf } from '../core/linter.ts';
import { findSources } from '../core/parse.ts';
import { fittingOffset, lengthIn, unitLabel, utf8Length } from '../channels/count.ts';
import { format, report } from '../core/report.ts';

export default defineRule(
  {
    id: 'kanal-langd',
    category: 'channel',
    severity: 'error',
    title: 'För lång text för kanalen',
    description:
      'Varje kanal har en hård gräns för hur lång texten får vara, räknad på kanalens eget sätt (till exempel viktade tecken på X och byte på YouTube). En för lång text går inte att publicera eller klipps av. Markeringen visar den del som inte får plats.',
    basis: ['Kanalernas egna gränser (se kanalfakta i channels.md)', 'Myndigheternas skrivregler §2.3'],
    examples: [
      {
        bad: 'Nu öppnar vi anmälan till sommarens simskola på Nolhagabadet. '.repeat(5).trim(),
        good: 'Nu öppnar vi anmälan till sommarens simskola på Nolhagabadet. Läs mer på alingsas.se/simskola',
        channels: ['x'],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const { text } = contextOf(file);
    for (const count of channelCountsOf(file)) {
      const channel = settings.profile.channels[count.id]!;
      const overBytes = count.byteLimit !== undefined && count.bytes! > count.byteLimit;
      if (count.length <= count.limit && !overBytes) continue;
      const overUnits = count.length > count.limit;
      const start = overUnits
        ? fittingOffset(text, count.limit, (prefix) => lengthIn(channel, prefix, findSources(prefix)))
        : fittingOffset(text, count.byteLimit!, utf8Length);
      report(file, settings, {
        start,
        end: text.length,
        channel: channel.id,
        message: overUnits
          ? format('Texten är {antal} {enhet} för lång för {kanal}. Gränsen är {gräns} {enhet}.', {
              antal: count.length - count.limit,
              enhet: unitLabel[channel.unit],
              kanal: channel.name,
              gräns: count.limit,
            })
          : format('Texten är {antal} byte för lång för {kanal}. Gränsen är {gräns} byte.', {
              antal: count.bytes! - count.byteLimit!,
              kanal: channel.name,
              gräns: count.byteLimit!,
            }),
      });
    }
  },
);
