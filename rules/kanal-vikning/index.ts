import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { channelCountsOf } from '../core/linter.ts';
import { format, report } from '../core/report.ts';

export default defineRule(
  {
    id: 'kanal-vikning',
    category: 'channel',
    severity: 'info',
    title: 'Första meningen syns inte före "Visa mer"',
    description:
      'I flödet visar Facebook, Instagram, LinkedIn, TikTok och YouTube bara början av texten (ungefär 80–140 tecken eller 2–3 rader) före "Visa mer" eller "… mer". Det viktigaste ska stå först, så att den som bara läser början ändå får budskapet. Radbrytningar gör att texten viks tidigare.',
    basis: ['Myndigheternas skrivregler §2.3 (det viktigaste först)', 'Kanalfakta: synlig längd före "mer" (kanalernas egna hjälpsidor)'],
    examples: [
      {
        bad: 'Med anledning av de omfattande arbeten som under hösten kommer att genomföras på ledningsnätet i centrala delar av staden kan det bli störningar. Vattnet stängs av på tisdag.',
        good: 'Vattnet stängs av på tisdag kl. 9–12 på Kungsgatan. Vi byter ledningar i centrum under hösten.',
        channels: ['instagram'],
        findings: [
          { actual: ' det bli störningar.', severity: 'info', channel: 'instagram' },
        ],
      },
      {
        bad: 'Hej!\n\nVi vill berätta att\nbiblioteket har nya öppettider från och med måndag.',
        good: 'Biblioteket har nya öppettider från måndag.\n\nHej! Läs mer på alingsas.se/bibliotek',
        channels: ['instagram'],
        findings: [
          { actual: 'Vi vill berätta att', severity: 'info', channel: 'instagram' },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const hook = context.sentences[0];
    if (!hook) return;
    // A first "sentence" that is only a greeting on its own line still leaves the message below the fold.
    for (const count of channelCountsOf(file)) {
      if (count.foldOffset === null) continue;
      const channel = settings.profile.channels[count.id]!;
      const hookEnd = firstMessageEnd(context.text, context.sentences);
      if (hookEnd <= count.foldOffset) continue;
      report(file, settings, {
        start: count.foldOffset,
        end: hookEnd,
        channel: channel.id,
        message: format('På {kanal} viks texten efter ungefär {antal} tecken{rader} ("{etikett}"), så första meningen syns inte helt i flödet. Börja med det viktigaste.', {
          kanal: channel.name,
          antal: channel.foldChars!,
          rader: channel.foldLines ? ` eller ${channel.foldLines} rader` : '',
          etikett: channel.foldLabel,
        }),
      });
    }
  },
);

const greeting = /^(?:hej|hallå|god morgon|godmorgon|hej hej|hejsan|tjena|hej alla)[\s!.,:]*$/iu;

/**
 * End of the hook: the first sentence, or the first two when the first is only a greeting
 * ("Hej!") that says nothing yet.
 */
function firstMessageEnd(text: string, sentences: { start: number; end: number }[]): number {
  const first = sentences[0]!;
  if (greeting.test(text.slice(first.start, first.end)) && sentences[1]) return sentences[1].end;
  return first.end;
}
