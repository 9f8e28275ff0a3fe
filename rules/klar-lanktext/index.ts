import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import data from './lanktext.json' with { type: 'json' };

// "här" is a link anchor only with a URL right after it ("Anmäl dig här: alingsas.se/…").
const urlWithin = 3;
// "Länk i bio" needs words saying what the link is for.
const minDescription = 3;

export default defineRule(
  {
    id: 'klar-lanktext',
    category: 'readability',
    severity: 'warning',
    languages: ['sv'],
    lists: { phrases: data },
    title: 'Länktext som inte säger något',
    description:
      'Myndigheternas skrivregler: länktexten ska vara så informativ att läsarna förstår vart länken leder. Skriv "Läs mer under information om nätverksträffen", inte bara "Läs mer här". Skärmläsare listar ofta länkar för sig, och då säger "klicka här" ingenting.',
    basis: ['Myndigheternas skrivregler §2.1.6', 'Lag (2018:1937) om tillgänglighet till digital offentlig service', 'WCAG 2.1 (2.4.4)'],
    examples: [
      {
        bad: 'Vill du veta mer? Klicka här: alingsas.se/simskola',
        good: 'Se alla tider för sommarens simskola på alingsas.se/simskola.',
        findings: [
          { actual: 'Klicka här', severity: 'warning' },
        ],
      },
      {
        bad: 'Anmäl dig här: alingsas.se/anmalan',
        good: 'Anmäl dig till höstens kurser på alingsas.se/anmalan.',
        findings: [
          { actual: 'här', severity: 'warning' },
        ],
      },
      {
        bad: 'Länk i bio!',
        good: 'Hela programmet för Kulturnatten hittar du via länken i bio.',
        findings: [
          { actual: 'Länk i bio', severity: 'warning' },
        ],
      },
    ],
  },
  (settings) => {
    const phrases = settings.lists.phrases!;
    return (_tree, file) => {
      const context = contextOf(file);
      const { tokens, text } = context;
      for (const hit of phrases.find(context)) {
        const kind = hit.entry.tag;
        if (kind === 'here') {
          let url = false;
          for (let index = hit.lastToken; index < tokens.length && index < hit.lastToken + urlWithin && !url; index++) {
            url = tokens[index]!.kind === 'source' && tokens[index]!.source?.kind === 'url';
          }
          if (!url) continue;
        }
        if (kind === 'bio') {
          const sentence = tokens[hit.firstToken]!.sentence;
          const words = context.sentences[sentence]!.wordCount - (hit.lastToken - hit.firstToken);
          if (words >= minDescription) continue;
        }
        const match = text.slice(hit.start, hit.end);
        report(file, settings, { start: hit.start, end: hit.end, message: format('Skriv vad länken leder till i stället för "{match}".', { match }) });
      }
    };
  },
);
