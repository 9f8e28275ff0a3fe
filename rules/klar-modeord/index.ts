import { defineRule } from '../core/define.ts';
import { isNameLike, type LexiconEntry } from '../core/lexicon/index.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import data from './modeord.json' with { type: 'json' };

interface ModeordEntry extends LexiconEntry {
  skipInSentence?: string[];
  skipInPost?: string[];
}

export default defineRule(
  {
    id: 'klar-modeord',
    category: 'readability',
    severity: 'info',
    languages: ['sv'],
    lists: { words: data },
    title: 'Modeord',
    description:
      'Myndigheternas skrivregler: "Se upp med modeord, klyschor, svengelska och främmande ord och uttryck. De är ofta vaga och kan vara svåra att förstå och framstår lätt som floskler."',
    basis: ['Språklagen (2009:600) 11 §', 'Myndigheternas skrivregler §1.4.9'],
    examples: [
      { bad: 'Vi gör en aktiv satsning på robusta strukturer för ökad synlighet.', good: 'Vi anställer två fler fältarbetare som ska finnas i centrum på kvällarna.' },
      { bad: 'Den nya appen är ett verktyg för ökad transparens.', good: 'I den nya appen kan du se hur vi använder skattepengarna.' },
    ],
  },
  (settings) => {
    const list = settings.lists.words!;
    return (_tree, file) => {
      const context = contextOf(file);
      const { tokens } = context;
      let postWords: Set<string> | undefined;
      for (const match of list.find(context)) {
        const entry = match.entry as ModeordEntry;
        if (isNameLike(context, match.firstToken)) continue;
        if (entry.skipInSentence) {
          const sentence = tokens[match.firstToken]!.sentence;
          if (tokens.some((token) => token.sentence === sentence && entry.skipInSentence!.includes(token.lower))) continue;
        }
        if (entry.skipInPost) {
          postWords ??= new Set(context.words.map((word) => word.lower));
          if (entry.skipInPost.some((word) => postWords!.has(word))) continue;
        }
        report(file, settings, {
          start: match.start,
          end: match.end,
          message: format('"{match}" är ett modeord som kan vara vagt. Skriv mer konkret vad du menar.', { match: match.actual }),
        });
      }
    };
  },
);
