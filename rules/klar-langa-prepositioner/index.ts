import { defineRule } from '../core/define.ts';
import { contextOf, type Token } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import prepositions from './prepositioner.json' with { type: 'json' };

// After these, or at the end of a clause, "gällande" is the adjective: "enligt gällande regler", "reglerna är gällande".
const adjectiveAfter = new Set(['de', 'den', 'det', 'enligt', 'efter', 'alla', 'nu', 'redan', 'fortfarande', 'är', 'var', 'blir', 'vara', 'bli', 'varit', 'som', 'mot']);
// The preposition governs a definite noun, a name or a determiner ("gällande vattenavstängningen", "gällande din ansökan");
// the adjective an indefinite one ("gällande regler").
const determiners = new Set(['den', 'det', 'de', 'din', 'ditt', 'dina', 'er', 'ert', 'era', 'vår', 'vårt', 'våra', 'hans', 'hennes', 'deras', 'hur', 'vad', 'vilka', 'vilken', 'vilket', 'alla', 'nya', 'nästa', 'sommarens', 'årets']);
const definite = /(?:en|et|na|ns|an)$/u;

function isAdjectiveGallande(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (!next || next.kind !== 'word' || next.sentence !== token.sentence) return true;
  if (previous !== undefined && previous.sentence === token.sentence && adjectiveAfter.has(previous.lower)) return true;
  const capitalised = next.value.charAt(0) !== next.lower.charAt(0);
  return !(capitalised || determiners.has(next.lower) || definite.test(next.lower));
}

export default defineRule(
  {
    id: 'klar-langa-prepositioner',
    category: 'readability',
    severity: 'warning',
    languages: ['sv'],
    lists: { words: prepositions },
    title: 'Långa prepositioner',
    description:
      'Myndigheternas skrivregler: undvik långa och stela prepositionsuttryck. De kan ofta ersättas av korta prepositioner som på, till, av, för, om, med, i. "Gällande" som adjektiv ("gällande regler") blir bara ett tips: skriv "de regler som gäller".',
    basis: ['Språklagen (2009:600) 11 §', 'Myndigheternas skrivregler §1.4.7'],
    examples: [
      { bad: 'Information angående vattenavstängningen på Kungsgatan.', good: 'Så påverkas du av vattenavstängningen på Kungsgatan.' },
      { bad: 'Vi har fått många frågor beträffande sophämtningen.', good: 'Vi har fått många frågor om sophämtningen.' },
    ],
  },
  (settings) => {
    const list = settings.lists.words!;
    const template = 'Byt "{match}" mot en kort preposition som om, för, på, till eller med.';
    return (_tree, file) => {
      const context = contextOf(file);
      for (const match of list.find(context)) {
        if (match.form === 'gällande' && isAdjectiveGallande(context.tokens, match.firstToken)) {
          report(file, settings, {
            start: match.start,
            end: match.end,
            message: format('"{match}" som adjektiv kan ofta skrivas om: "de regler som gäller" i stället för "gällande regler".', { match: match.actual }),
            shift: -1,
          });
          continue;
        }
        report(file, settings, {
          start: match.start,
          end: match.end,
          message: format(template, { match: match.actual }),
          expected: match.fix === null ? [] : [match.fix],
        });
      }
    };
  },
);
