import { existenceRule } from '../core/lexicon/index.ts';
import data from './fraser.json' with { type: 'json' };

// A pure list rule: metadata plus its data file, no matching code of its own.
export default existenceRule(
  {
    id: 'ton-personligt-inte-privat',
    category: 'tone',
    severity: 'info',
    languages: ['sv'],
    lists: { words: data },
    title: 'Personligt men inte privat',
    description:
      'Kommunala riktlinjer beskriver tonen som "personligt, men inte privat" och ett "seriöst, sakligt och vänligt tilltal". Egna åsikter och privatliv hör inte hemma när du skriver för kommunen. En signatur i ett svar ("/Anna på kundcenter") är bra.',
    basis: ['Valdemarsviks kommun: Hantera sociala medier', 'Göteborgs Stad: Stöd i arbetet med sociala medier'],
    examples: [
      { bad: 'Personligen tycker jag att det nya torget är jättefult, men här är ritningarna.', good: 'Här är ritningarna för det nya torget. Tyck till senast 30 april.' },
      { bad: 'Hej! Jag röstar själv på förslaget, så tyck till du också.', good: 'Hej! Tyck till om förslaget senast 30 april.' },
    ],
  },
  { message: 'Skriv personligt men inte privat. Undvik egna åsikter när du skriver för kommunen.' },
);
