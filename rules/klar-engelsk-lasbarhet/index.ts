import { z } from 'zod';
import retextReadability from 'retext-readability';
import { daleChall } from 'dale-chall';
import { spache } from 'spache';
import { VFile } from 'vfile';
import type { Root } from 'nlcst';
import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';

/**
 * retext-readability 8 asks `list.includes(word)` of these word lists (about 3,000 and 1,000 words)
 * for every word: 20,000 characters of English took 135 ms in this rule alone. The very arrays it
 * imports answer from a Set instead; the answer is the same (strings, SameValueZero).
 */
for (const list of [daleChall, spache]) {
  // Once per array: a second copy of this module in the same process (two checkouts loaded side by side
  // in one benchmark) finds it done, and redefining a non-configurable property would throw.
  if (Object.hasOwn(list, 'includes')) continue;
  const words = new Set(list);
  Object.defineProperty(list, 'includes', { value: (word: string) => words.has(word) });
}

// retext-readability's English message: "… according to 4 out of 7 algorithms" or "… according to all 7 algorithms".
const verdict = /according to (?:(\d+) out of (\d+)|all (\d+)) algorithms/u;

export default defineRule(
  {
    id: 'klar-engelsk-lasbarhet',
    category: 'readability',
    severity: 'info',
    languages: ['en'],
    title: 'Svårläst mening på engelska',
    description:
      'När kommunen skriver på engelska gäller samma krav på enkelt och begripligt språk. LIX och de svenska ordlistorna fungerar inte för engelska, så engelska inlägg kontrolleras i stället med sju engelska läsbarhetsformler (retext-readability): Automated Readability, Coleman–Liau, Dale–Chall, Flesch, Gunning Fog, SMOG och Spache. En mening som de flesta formler bedömer som svår för en 16-åring flaggas; när alla formler är överens blir det en varning.',
    basis: ['Språklagen (2009:600) 11 §', 'retext-readability (unified)', 'Myndigheternas skrivregler §1.3'],
    examples: [
      {
        bad: 'The municipality hereby announces that, following comprehensive consultations with relevant stakeholders, the implementation of the revised waste management regulations will commence subsequently.',
        good: 'We are changing how we collect waste. The new rules start on 1 May. Read more on our website.',
        findings: [
          { actual: 'The municipality hereby announces that, following comprehensive consultations with relevant stakeholders, the implementation of the revised waste management regulations will commence subsequently.', severity: 'info' },
        ],
      },
    ],
    options: z.strictObject({
      /** The reader's age the sentence must suit (retext-readability's target age). */
      age: z.number().int().min(6).max(30).default(16),
      /** Share of the formulas that must find the sentence hard (4 of 7 by default). */
      threshold: z.number().min(0).max(1).default(4 / 7),
      /** Sentences shorter than this are not judged. */
      minWords: z.number().int().min(1).max(50).default(5),
    }),
  },
  (settings) => {
    const transform = retextReadability(settings.options) as unknown as (tree: Root, file: VFile) => void;
    return (tree, file) => {
      const context = contextOf(file);
      const scratch = new VFile({ value: context.text });
      transform(tree, scratch);
      for (const finding of scratch.messages) {
        const parts = verdict.exec(finding.reason);
        const total = Number(parts?.[2] ?? parts?.[3] ?? 7);
        const hard = Number(parts?.[1] ?? parts?.[3] ?? total);
        const place = finding.place && 'start' in finding.place ? finding.place : undefined;
        const start = place?.start.offset ?? 0;
        const end = place?.end.offset ?? 0;
        report(file, settings, {
          start,
          end,
          message: format('Meningen är svårläst enligt {antal} av {totalt} läsbarhetsformler. Dela upp den och välj kortare, vanligare ord.', { antal: hard, totalt: total }),
          shift: hard === total ? 1 : 0,
        });
      }
    };
  },
);
