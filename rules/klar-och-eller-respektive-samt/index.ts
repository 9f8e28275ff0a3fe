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
function pairsItems(tokens: Token[], index: number): boolean {
  const sentence = tokens[index]!.sentence;
  for (let back = index - 1; back >= 0; back--) {
    const token = tokens[back]!;
    if (token.sentence !== sentence) return false;
    if (token.lower === 'och') return true;
    if (token.value === ',' && back >= index - pairingWindow) return true;
  }
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
      { bad: 'Ta med pass och/eller körkort samt busskort.', good: 'Ta med pass eller körkort och busskort.' },
      { bad: 'Biblioteket har öppet måndag respektive tisdag.', good: 'Biblioteket har öppet måndag och tisdag.' },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const { tokens, text } = context;
    if (!/och\/eller|respektive|samt/iu.test(text)) return;
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
        if (!between || beforeAdjective.has(previous.lower) || pairsItems(tokens, index)) continue;
        report(file, settings, { start: token.start, end: token.end, message: '"respektive" kan ofta bytas mot "och".', expected: [matchCase(token.value, 'och')] });
        continue;
      }
      if (token.lower === 'samt') {
        // With another "och" in the sentence, "samt" may be what keeps two groups apart ("A och B samt C och D").
        const sentence = token.sentence;
        let otherAnd = false;
        for (let other = index - 1; other >= 0 && tokens[other]!.sentence === sentence && !otherAnd; other--) {
          otherAnd = tokens[other]!.lower === 'och' && tokens[other + 1]?.value !== '/';
        }
        for (let other = index + 1; other < tokens.length && tokens[other]!.sentence === sentence && !otherAnd; other++) {
          otherAnd = tokens[other]!.lower === 'och' && tokens[other + 1]?.value !== '/';
        }
        if (otherAnd) continue;
        report(file, settings, { start: token.start, end: token.end, message: '"samt" kan ofta bytas mot "och".', expected: [matchCase(token.value, 'och')] });
      }
    }
  },
);
