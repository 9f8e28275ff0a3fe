import { defineRule } from '../core/define.ts';
import { matchCase } from '../core/lexicon/index.ts';
import { contextOf, type Token } from '../core/context.ts';
import { report } from '../core/report.ts';

// "till respektive skola", "sin respektive": the adjective (each/their own), not the conjunction.
const beforeAdjective = new Set(['till', 'i', 'på', 'för', 'med', 'av', 'från', 'hos', 'vid', 'om', 'sin', 'sitt', 'sina', 'er', 'din', 'ditt', 'dina', 'deras', 'våra', 'vår', 'den', 'de', 'ens', 'och', 'eller']);
const pairingWindow = 8;

/**
 * A list before it ("10, 18 respektive 26") or two things joined by "och" earlier in the sentence
 * ("simhallen och biblioteket … måndag respektive tisdag"): then "respektive" pairs items up, as it should.
 */
/** Where each sentence's "och" words are: the first one, and how many are not "och/eller". */
function andsBySentence(tokens: Token[]) {
  const first = new Map<number, number>();
  const plain = new Map<number, number>();
  tokens.forEach((token, index) => {
    if (token.lower !== 'och') return;
    if (!first.has(token.sentence)) first.set(token.sentence, index);
    if (tokens[index + 1]?.value !== '/') plain.set(token.sentence, (plain.get(token.sentence) ?? 0) + 1);
  });
  return { first, plain };
}

/**
 * "A och B respektive C och D", "A, B respektive C": an "och" earlier in the sentence, or a comma
 * shortly before. Looked up rather than searched back for each "respektive", which grew with their
 * number times the sentence's length.
 */
function pairsItems(tokens: Token[], index: number, firstAnd: Map<number, number>): boolean {
  const sentence = tokens[index]!.sentence;
  const and = firstAnd.get(sentence);
  if (and !== undefined && and < index) return true;
  for (let back = index - 1; back >= 0 && back >= index - pairingWindow && tokens[back]!.sentence === sentence; back--) if (tokens[back]!.value === ',') return true;
  return false;
}

export default defineRule(
  {
    id: 'klar-och-eller-respektive-samt',
    category: 'readability',
    severity: 'info',
    languages: ['sv'],
    title: 'och/eller, respektive och samt',
    description:
      'Myndigheternas skrivregler: undvik och/eller – normalt räcker eller. Använd inte respektive eller samt när det går lika bra med och eller eller. Respektive är bra när det visar hur saker hör ihop ("10, 18 respektive 26 ledamöter").',
    basis: ['Språklagen (2009:600) 11 §', 'Myndigheternas skrivregler §8.3.2'],
    examples: [
      {
        bad: 'Ta med pass och/eller körkort samt busskort.',
        good: 'Ta med pass eller körkort och busskort.',
        findings: [
          { actual: 'och/eller', severity: 'info', expected: ['eller'] },
          { actual: 'samt', severity: 'info', expected: ['och'] },
        ],
      },
      {
        bad: 'Biblioteket har öppet måndag respektive tisdag.',
        good: 'Biblioteket har öppet måndag och tisdag.',
        findings: [
          { actual: 'respektive', severity: 'info', expected: ['och'] },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const { tokens, text } = context;
    if (!/och\/eller|respektive|samt/iu.test(text)) return;
    const ands = andsBySentence(tokens);
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (token.kind !== 'word') continue;
      const next = tokens[index + 1];
      const previous = tokens[index - 1];
      if (token.lower === 'och' && next?.value === '/' && tokens[index + 2]?.lower === 'eller' && tokens[index + 2]!.start === next.end && next.start === token.end) {
        const end = tokens[index + 2]!.end;
        report(file, settings, { start: token.start, end, message: 'Skriv "eller" i stället för "och/eller".', expected: [matchCase(text.slice(token.start, end), 'eller')] });
        index += 2;
        continue;
      }
      if (token.lower === 'respektive') {
        const between = previous && next && previous.sentence === token.sentence && next.sentence === token.sentence && (previous.kind === 'word' || previous.kind === 'number') && (next.kind === 'word' || next.kind === 'number');
        if (!between || beforeAdjective.has(previous.lower) || pairsItems(tokens, index, ands.first)) continue;
        report(file, settings, { start: token.start, end: token.end, message: '"respektive" kan ofta bytas mot "och".', expected: [matchCase(token.value, 'och')] });
        continue;
      }
      if (token.lower === 'samt') {
        // With an "och" in the sentence, "samt" may be what keeps two groups apart ("A och B samt C och D").
        const otherAnd = (ands.plain.get(token.sentence) ?? 0) > 0;
        if (otherAnd) continue;
        report(file, settings, { start: token.start, end: token.end, message: '"samt" kan ofta bytas mot "och".', expected: [matchCase(token.value, 'och')] });
      }
    }
  },
);
