import { defineRule } from '../core/define.ts';
import { phraseFile } from '../core/lexicon/index.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';
import { data } from './colours.schema.ts';

type Kind = 'colour-noun' | 'in-colour';

export default defineRule(
  {
    id: 'a11y-fargberoende',
    category: 'accessibility',
    // Swedish word lists: English posts are not checked.
    languages: ['sv'],
    severity: 'info',
    title: 'Information som bara bärs av färg',
    description:
      '"Färg får aldrig vara det enda sättet som du förmedlar information." (VGR). Den som inte ser färger, använder skärmläsare eller har en svartvit skärm kan inte veta vilket område som är "det röda". Beskriv också med ord, till exempel med gatunamn eller väderstreck. Färgen kan stå kvar inom parentes.',
    basis: ['WCAG 2.1 1.4.1 Användning av färg', 'VGR: tillgänglighet i sociala medier'],
    examples: [
      {
        bad: 'Områdena i rött får inte besökas.',
        good: 'Området norr om Lillån (markerat i rött på kartan) är avstängt.',
        findings: [
          { actual: 'i rött', severity: 'info' },
        ],
      },
      {
        bad: 'Följ den gröna linjen till parkeringen.',
        good: 'Följ skyltarna mot Nolhaga till parkeringen.',
        findings: [
          { actual: 'gröna linjen', severity: 'info' },
        ],
      },
    ],
  },
  (settings) => {
    const colourNouns = data.colourDefinite.flatMap((colour) => data.mapNouns.map((noun) => `${colour} ${noun}`));
    const inColour = data.colourNeuter.flatMap((colour) => [`i ${colour}`, `med ${colour}`]);
    const list = settings.lexicon.list(phraseFile(data.source, { 'colour-noun': colourNouns, 'in-colour': inColour }));
    const cues = new Set([...data.cues, ...data.mapNouns]);
    const alternatives = settings.lexicon.list(phraseFile(data.source, { worded: data.wordedAlternatives }));

    return (_tree, file) => {
      const context = contextOf(file);
      const hits = list.find(context);
      if (hits.length === 0) return;
      const { text, tokens } = context;
      const wordedSentences = new Set(alternatives.find(context).map((hit) => tokens[hit.firstToken]!.sentence));
      for (const hit of hits) {
        const sentence = tokens[hit.firstToken]!.sentence;
        if (wordedSentences.has(sentence)) continue;
        // Inside parentheses the colour only supplements what the text says.
        const open = text.lastIndexOf('(', hit.start);
        if (open !== -1 && text.lastIndexOf(')', hit.start) < open && text.indexOf(')', hit.end) !== -1) continue;
        if (hit.entry.tag === 'in-colour') {
          // "klädd i rött" is about clothes; "områdena i rött" or "markerat i rött" points at a picture.
          let cued = false;
          for (let index = Math.max(0, hit.firstToken - 3); index < Math.min(tokens.length, hit.lastToken + 3) && !cued; index++) {
            cued = index < hit.firstToken || index >= hit.lastToken ? cues.has(tokens[index]!.lower) : false;
          }
          if (!cued) continue;
        }
        report(file, settings, {
          start: hit.start,
          end: hit.end,
          message: 'Färg får inte vara enda sättet att förmedla information. Beskriv också med ord.',
        });
      }
    };
  },
);
