import { defineRule } from '../core/define.ts';
import { matchCase } from '../core/lexicon/index.ts';
import { contextOf, type Token } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { data } from './man.schema.ts';

const verbs = new Set(data.verbs);
const introducers = new Set(data.introducers);
const nounBefore = new Set(data.nounBefore);
const reflexive = new Set(data.reflexive);
// A present-tense verb right after "man": "man hämtar", "man lämnar".
const presentTense = /^\p{Ll}{2,}(?:ar|er|r)$/u;

const isVerb = (token: Token | undefined) => token !== undefined && token.kind === 'word' && (verbs.has(token.lower) || presentTense.test(token.value));

export default defineRule(
  {
    id: 'ton-man-generiskt',
    category: 'tone',
    severity: 'info',
    languages: ['sv'],
    title: 'Man i stället för du',
    description:
      'I sociala medier rekommenderas tydligt läsartilltal med jag, vi och du. Notera att Myndigheternas skrivregler säger att man går bra i offentliga texter och ofta är bättre än passiv form. Regeln är därför bara ett förslag.',
    basis: ['Myndigheternas skrivregler §2.3 och §1.3.4'],
    examples: [
      {
        bad: 'Man kan hämta sopkärl vid återvinningscentralen.',
        good: 'Du kan hämta sopkärl vid återvinningscentralen.',
        findings: [
          { actual: 'Man', severity: 'info', expected: ['Du'] },
        ],
      },
      {
        bad: 'Om man vill ha en plats i förskolan ska man ansöka i god tid.',
        good: 'Om du vill ha en plats i förskolan ska du ansöka i god tid.',
        findings: [
          { actual: 'man', severity: 'info', expected: ['du'] },
          { actual: 'man', severity: 'info', expected: ['du'] },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const { tokens } = context;
    // Sentences with a reflexive ("sig", "sin" …), found once: not a scan of the text per "man".
    let reflexiveSentences: Set<number> | undefined;
    const hasReflexive = (sentence: number) =>
      (reflexiveSentences ??= new Set(tokens.filter((other) => reflexive.has(other.lower)).map((other) => other.sentence))).has(sentence);
    for (const token of tokens) {
      if (token.lower !== 'man' || token.kind !== 'word') continue;
      const previous = tokens[token.index - 1];
      const next = tokens[token.index + 1];
      const same = (other: Token | undefined) => (other && other.sentence === token.sentence ? other : undefined);
      // "en man i 40-årsåldern": the noun.
      if (same(previous) && nounBefore.has(previous!.lower)) continue;
      const straight = isVerb(same(next));
      // "Här kan man …", "om man …": inverted after a verb, or after a subjunction.
      const inverted = same(previous) !== undefined && (verbs.has(previous!.lower) || introducers.has(previous!.lower));
      if (!straight && !inverted) continue;
      // "om man vill anmäla sig": du needs "dig" too, so no one-click fix.
      report(file, settings, () => {
        const du = matchCase(token.value, 'du');
        const forslag = straight ? `${du} ${next!.value}` : `${previous!.value} ${du}`;
        return {
          start: token.start,
          end: token.end,
          message: format('"man" kan ofta bytas mot "du" i sociala medier: "{forslag}".', { forslag }),
          expected: hasReflexive(token.sentence) ? [] : [du],
        };
      });
    }
  },
);
