import { defineRule } from '../core/define.ts';
import { atSentenceStart, matchCase, type LexiconEntry } from '../core/lexicon/index.ts';
import { contextOf, type Token } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import data from '../analysis/forkortningar.json' with { type: 'json' };

interface AbbreviationEntry extends LexiconEntry {
  noAllCaps?: boolean;
}

const message = 'Skriv ut förkortningen: "{match}" → "{forslag}". Förkortningar är svårare att läsa och kan läsas upp fel av skärmläsare.';
const hasLower = /\p{Ll}/u;
const example = new Set(['t.ex.', 't.ex', 't. ex.', 't ex', 'tex']);

/** "bla" is also the nonsense word ("bla bla bla"): only a word between other words counts. */
function plausibleBla(tokens: Token[], first: number): boolean {
  const previous = tokens[first - 1];
  const next = tokens[first + 1];
  return previous?.kind === 'word' && next?.kind === 'word' && previous.lower !== 'bla' && next.lower !== 'bla' && next.value === next.lower;
}

/** "s.k." agrees with its noun: "en s.k. fritidsbank", "ett s.k. lov", "s.k. grönytor". */
function soCalled(tokens: Token[], first: number): string {
  const previous = tokens[first - 1]?.lower;
  return previous === 'en' ? 'så kallad' : previous === 'ett' ? 'så kallat' : 'så kallade';
}

export default defineRule(
  {
    id: 'klar-forkortningar',
    category: 'readability',
    severity: 'info',
    languages: ['sv'],
    lists: { list: data },
    title: 'Förkortningar',
    description:
      'Myndigheternas skrivregler för webbtext: "Undvik förkortningar, som ev. för eventuell och fr.o.m. för från och med. För läsaren är det enklare och begripligare att läsa ut hela uttrycket. Förkortningar kan dessutom vara svåra att tolka för uppläsnings- och översättningshjälpmedel." Undvik förkortningar i början av meningar och dubbleringar som t.ex. … m.fl. Vanliga förkortningar ger ett tips, ovanligare och förkortningar först i en mening en varning.',
    basis: ['Språklagen (2009:600) 11 §', 'Myndigheternas skrivregler §2.2.1, §11.1 och §11.3', 'Lag (2018:1937) om tillgänglighet till digital offentlig service'],
    examples: [
      {
        bad: 'Ta med bl.a. matsäck, ev. regnkläder m.m. Fr.o.m. måndag gäller nya tider.',
        good: 'Ta med matsäck och regnkläder om det behövs. Från och med måndag gäller nya tider.',
        findings: [
          { actual: 'bl.a.', severity: 'info', expected: ['bland annat'] },
          { actual: 'ev.', severity: 'warning', expected: ['eventuellt'] },
          { actual: 'm.m.', severity: 'info', expected: ['med mera'] },
          { actual: 'Fr.o.m.', severity: 'warning', expected: ['Från och med'] },
        ],
      },
      {
        bad: 'Vi behöver t.ex. bollar, koner m.fl.',
        good: 'Vi behöver till exempel bollar och koner.',
        findings: [
          { actual: 't.ex.', severity: 'info', expected: ['till exempel'] },
          { actual: ' m.fl', severity: 'info', expected: [''] },
        ],
      },
    ],
  },
  (settings) => {
    const list = settings.lists.list!;
    const afterExample = new Set(data.afterExample);
    return (_tree, file) => {
      const context = contextOf(file);
      const { tokens, text } = context;
      const exampleInSentence = new Set<number>();
      for (const match of list.find(context)) {
        const entry = match.entry as AbbreviationEntry;
        const first = tokens[match.firstToken]!;
        if (entry.noAllCaps && !hasLower.test(match.actual)) continue;
        if (match.form === 'bla' && !plausibleBla(tokens, match.firstToken)) continue;
        if (example.has(match.form)) exampleInSentence.add(first.sentence);
        else if (afterExample.has(match.form) && exampleInSentence.has(first.sentence)) {
          // "t.ex. … m.fl.": the second says the same thing; remove it with the space before it.
          const previous = tokens[match.firstToken - 1]!;
          const removeFrom = previous.end;
          const sentenceEnd = !tokens[match.lastToken] || tokens[match.lastToken]!.sentence !== first.sentence;
          report(file, settings, {
            start: removeFrom,
            end: match.end,
            message: format('"t.ex." och "{match}" säger samma sak. Stryk "{match}".', { match: match.actual.trim() }),
            expected: [match.actual.endsWith('.') && sentenceEnd ? '.' : ''],
          });
          continue;
        }
        const expansion = match.form.startsWith('s.k') ? soCalled(tokens, match.firstToken) : (match.fix ?? '');
        // A capitalised abbreviation begins a sentence even where the parser saw none ("m.m. Fr.o.m. måndag").
        const startsSentence = atSentenceStart(context, match.firstToken) || match.actual.charAt(0) !== match.actual.charAt(0).toLowerCase();
        const sentenceFinalDot = match.actual.endsWith('.') && (!tokens[match.lastToken] || tokens[match.lastToken]!.sentence !== first.sentence);
        const fix = matchCase(match.actual, expansion) + (sentenceFinalDot ? '.' : '');
        report(file, settings, {
          start: match.start,
          end: match.end,
          message: format(message, { match: match.actual, forslag: fix }),
          expected: [fix],
          shift: match.entry.tag === 'rare' || startsSentence ? 1 : 0,
        });
      }
    };
  },
);
