import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';
import invitationData from './invitations.json' with { type: 'json' };
import pointerData from './pointers.json' with { type: 'json' };

export default defineRule(
  {
    id: 'legal-allman-handling-info',
    category: 'legal',
    // Swedish word lists: English posts are not checked.
    languages: ['sv'],
    lists: { invitations: invitationData, pointers: pointerData },
    severity: 'info',
    optIn: true,
    title: 'Inbjudan till dialog utan påminnelse om allmänna handlingar',
    description:
      'Alla inlägg och kommentarer i kommunens sociala medier blir allmänna handlingar. Även direktmeddelanden kan diarieföras. När ett inlägg bjuder in till kommentarer eller meddelanden är det bra att länka till kommunens regler för kommentarer eller påminna om att inte skriva personliga uppgifter. Regeln är en processpåminnelse och är avstängd tills profilen slår på den.',
    basis: ['Tryckfrihetsförordningen 2 kap. (allmänna handlingar)', 'Offentlighets- och sekretesslagen (2009:400)', 'Kungsbacka, Ängelholm, Trelleborg och Valdemarsvik: regler för sociala medier'],
    examples: [
      {
        bad: 'Vad tycker du om de nya cykelvägarna? Skriv vad du tycker – även om dina egna resvanor!',
        good: 'Vad tycker du om de nya cykelvägarna? Kommentera gärna, men skriv inte personliga uppgifter. Läs våra regler: alingsas.se/sociala-medier',
        findings: [
          { actual: 'Vad tycker du', severity: 'info' },
        ],
      },
      {
        // "vad du tycker" invites comments in any frame, not only after "skriv".
        bad: 'Berätta för oss vad du tycker om sophämtningen här nedanför.',
        good: 'Berätta för oss vad du tycker om sophämtningen, men skriv inte personliga uppgifter. Kommentarer blir allmänna handlingar.',
        findings: [
          { actual: 'Berätta för oss', severity: 'info' },
        ],
      },
    ],
  },
  (settings) => {
    const invitations = settings.lists.invitations!;
    const pointers = settings.lists.pointers!;
    return (_tree, file) => {
      const context = contextOf(file);
      const invites = invitations.find(context);
      if (invites.length === 0) return;
      if (pointers.find(context).length > 0) return;
      const linked = context.sources.some((source) => source.kind === 'url' && pointerData.pointerUrlParts.some((part) => source.value.toLowerCase().includes(part)));
      if (linked) return;
      report(file, settings, {
        start: invites[0]!.start,
        end: invites[0]!.end,
        message: 'Du bjuder in till dialog. Tänk på att kommentarer och meddelanden blir allmänna handlingar – länka gärna till kommunens regler för kommentarer.',
      });
    };
  },
);
