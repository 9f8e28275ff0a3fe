import { defineRule } from '../core/define.ts';
import { phraseFile } from '../core/lexicon/index.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';
import data from './fraser.json' with { type: 'json' };

export default defineRule(
  {
    id: 'ton-personligt-inte-privat',
    category: 'tone',
    severity: 'info',
    languages: ['sv'],
    title: 'Personligt men inte privat',
    description:
      'Kommunala riktlinjer beskriver tonen som "personligt, men inte privat" och ett "seriöst, sakligt och vänligt tilltal". Egna åsikter och privatliv hör inte hemma när du skriver för kommunen. En signatur i ett svar ("/Anna på kundcenter") är bra.',
    basis: ['Valdemarsviks kommun: Hantera sociala medier', 'Göteborgs Stad: Stöd i arbetet med sociala medier'],
    examples: [
      { bad: 'Personligen tycker jag att det nya torget är jättefult, men här är ritningarna.', good: 'Här är ritningarna för det nya torget. Tyck till senast 30 april.' },
      { bad: 'Hej! Jag röstar själv på förslaget, så tyck till du också.', good: 'Hej! Tyck till om förslaget senast 30 april.' },
    ],
  },
  (settings) => {
    const list = settings.lexicon.list(phraseFile(data.source, { private: data.phrases }));
    return (_tree, file) => {
      for (const hit of list.find(contextOf(file))) {
        report(file, settings, { start: hit.start, end: hit.end, message: 'Skriv personligt men inte privat. Undvik egna åsikter när du skriver för kommunen.' });
      }
    };
  },
);
