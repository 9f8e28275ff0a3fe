import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';
import data from './words.json' with { type: 'json' };

const message = 'Använd bara bilder, filmer, musik och texter som kommunen har rätt att använda. Ange fotograf.';

export default defineRule(
  {
    id: 'legal-upphovsratt-material',
    category: 'legal',
    // Swedish word lists: English posts are not checked.
    languages: ['sv'],
    lists: { list: data },
    severity: 'error',
    title: 'Material som kommunen kanske inte har rätt att använda',
    description:
      'Upphovsrättsintrång är inte tillåtet i kommunens kanaler. En bild "från Google" eller "lånad från Pinterest" har en upphovsperson som inte gett lov. Upphovsrättsbrott hör till det som enligt BBS-lagen ska tas bort. Sångtexter är också skyddade. Ange alltid fotograf eller källa för material ni har rätt att använda.',
    basis: ['Lag (1960:729) om upphovsrätt till litterära och konstnärliga verk', 'Lag (1998:112) om ansvar för elektroniska anslagstavlor', 'Valdemarsvik och Knivsta: regler för sociala medier'],
    examples: [
      {
        bad: 'Så här fint blir det i parken! (Bild lånad från Pinterest)',
        good: 'Så här kan parken se ut – skiss: Landskapsarkitekt Anna Ek, Alingsås kommun.',
        findings: [
          { actual: 'Bild lånad från', severity: 'error' },
        ],
      },
      {
        bad: 'God jul och gott nytt år önskar vi alla på kommunen! Foto: okänd',
        good: 'God jul och gott nytt år önskar vi alla på kommunen! Foto: Lisa Berg, Alingsås kommun',
        findings: [
          { actual: 'Foto: okänd', severity: 'error' },
        ],
      },
    ],
  },
  (settings) => {
    const list = settings.lists.list!;
    const notes = data.notes;
    return (_tree, file) => {
      const context = contextOf(file);
      for (const hit of list.find(context)) {
        report(file, settings, { start: hit.start, end: hit.end, message });
      }
      // Song lyrics: a music note in a block of more than four lines.
      const { text } = context;
      if (!notes.some((note) => text.includes(note))) return;
      let blockStart = 0;
      for (const block of text.split(/\n[ \t]*\n/)) {
        const lines = block.split('\n').filter((line) => line.trim() !== '');
        const note = notes.map((symbol) => block.indexOf(symbol)).filter((index) => index !== -1);
        if (note.length > 0 && lines.length > data.lyricLines) {
          report(file, settings, {
            start: blockStart,
            end: blockStart + block.length,
            message: `${message} Sångtexter är skyddade av upphovsrätten – citera högst några rader och ange upphovspersonen.`,
          });
        }
        blockStart += block.length + (text.slice(blockStart + block.length).match(/^\n[ \t]*\n/)?.[0].length ?? 0);
      }
    };
  },
);
