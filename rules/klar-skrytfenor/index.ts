import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { isNameLike } from '../core/lexicon/index.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { swedishDictionary } from '../spelling/dictionary.ts';
import data from './skrytfenor.json' with { type: 'json' };

const message = '"{match}" kan ofta kortas till "{forslag}".';
const minFirstPart = 3;
// The shortest ending ("insats", "arbete") after the shortest first part.
const minCompound = 9;

export default defineRule(
  {
    id: 'klar-skrytfenor',
    category: 'readability',
    severity: 'info',
    languages: ['sv'],
    lists: { words: data },
    title: 'Skrytfenor',
    description:
      'Förläng inte ord i onödan. Myndigheternas skrivregler: skrytfenor som -insatser, -åtgärder, -verksamhet "tynger texten och gör den mer byråkratisk och också mer abstrakt". Etablerade termer som fritidsverksamhet och räddningsinsats är undantagna.',
    basis: ['Språklagen (2009:600) 11 §', 'Myndigheternas skrivregler §1.4.8'],
    examples: [
      { bad: 'Vi genomför informationsinsatser om tillsynsverksamheten.', good: 'Vi informerar om hur vi gör tillsyn.' },
      { bad: 'Syftet är att tillskapa fler förskoleplatser.', good: 'Vi vill skapa fler förskoleplatser.' },
    ],
    options: z.strictObject({
      /** More established terms the organisation uses and does not want flagged. */
      allow: z.array(z.string().min(1).max(100)).max(500).default([]),
    }),
  },
  (settings) => {
    const dictionary = swedishDictionary();
    const list = settings.lists.words!;
    const allow = new Set([...data.allow, ...settings.options.allow].map((word) => word.toLowerCase()));
    const endings = [...data.endings].sort((a, b) => b.length - a.length);
    const abstractOnly = new Set(data.abstractOnly);
    const lastLetters = new Set(endings.map((ending) => ending.at(-1)!));
    const firstPartOf = new Map<string, string | null>();

    /** The first part of a compound with a skrytfena, if it can stand alone: "informationsinsatser" → "information". */
    function firstPart(word: string): string | null {
      const cached = firstPartOf.get(word);
      if (cached !== undefined) return cached;
      let result: string | null = null;
      const ending = endings.find((candidate) => word.endsWith(candidate) && word.length - candidate.length >= minFirstPart);
      if (ending && !allow.has(word)) {
        const prefix = word.slice(0, word.length - ending.length).replace(/-$/u, '');
        const abstract = data.abstractFirstPart.some((part) => prefix.replace(/s$/u, '').endsWith(part));
        if (!abstractOnly.has(ending) || abstract) {
          const candidates = prefix.endsWith('s') ? [prefix.slice(0, -1), prefix] : [prefix];
          result = candidates.find((candidate) => candidate.length >= minFirstPart && dictionary.correct(candidate)) ?? null;
        }
      }
      if (firstPartOf.size > 10_000) firstPartOf.clear();
      firstPartOf.set(word, result);
      return result;
    }

    return (_tree, file) => {
      const context = contextOf(file);
      const listed = new Set<number>();
      for (const match of list.find(context)) {
        listed.add(match.firstToken);
        report(file, settings, {
          start: match.start,
          end: match.end,
          message: format(message, { match: match.actual, forslag: match.fix ?? match.entry.forslag ?? '' }),
          expected: match.fix === null ? [] : [match.fix],
        });
      }
      for (const word of context.words) {
        if (word.value.length < minCompound || listed.has(word.index) || !lastLetters.has(word.lower.at(-1)!) || isNameLike(context, word.index)) continue;
        const part = firstPart(word.lower);
        if (!part) continue;
        report(file, settings, { start: word.start, end: word.end, message: format(message, { match: word.value, forslag: part }) });
      }
    };
  },
);
