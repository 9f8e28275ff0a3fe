import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { isNameLike } from '../core/lexicon/index.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import data from './ord.json' with { type: 'json' };

export default defineRule(
  {
    id: 'ton-konsneutral',
    category: 'tone',
    severity: 'info',
    languages: ['sv'],
    title: 'Könsneutralt språk',
    description:
      'Myndigheternas skrivregler: i offentliga texter bör man eftersträva könsneutralt språk. Undvik snedstreck som han/hon och välj t.ex. talesperson i stället för talesman. Officiella namn som Barnombudsmannen påverkas inte.',
    basis: ['Myndigheternas skrivregler §8.1.1 och §8.1.2', 'Diskrimineringslagen (2008:567) 1 kap. 1 §'],
    examples: [
      {
        bad: 'Varje elev ska ta med sin matsäck, och han/hon ska ha regnkläder.',
        good: 'Alla elever ska ta med matsäck och regnkläder.',
        findings: [
          { actual: 'han/hon', severity: 'info', expected: ['hen'] },
        ],
      },
      {
        bad: 'Kommunens talesman svarar på frågor i morgon.',
        good: 'Kommunens talesperson svarar på frågor i morgon.',
        findings: [
          { actual: 'talesman', severity: 'info', expected: ['talesperson'] },
        ],
      },
    ],
    options: z.strictObject({
      /** Titles the organisation still uses officially ("brandman"): their forms are not flagged. */
      allow: z.array(z.string().min(1).max(60)).max(100).default([]),
    }),
  },
  (settings) => {
    const allow = new Set(settings.options.allow.map((word) => word.toLowerCase()));
    // A title the profile allows ("ombudsman") is left out of the list.
    const list = settings.lexicon.list({ ...data, entries: data.entries.filter((entry) => entry.tag !== 'title' || !Object.keys(entry.forms).some((form) => allow.has(form))) });
    return (_tree, file) => {
      const context = contextOf(file);
      for (const match of list.find(context)) {
        if (isNameLike(context, match.firstToken)) continue;
        report(file, settings, {
          start: match.start,
          end: match.end,
          message: format('Välj ett könsneutralt uttryck: "{forslag}".', { forslag: match.entry.forslag ?? match.fix ?? '' }),
          expected: match.fix === null ? [] : [match.fix],
        });
      }
    };
  },
);
