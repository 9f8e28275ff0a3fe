import { defineRule } from '../core/define.ts';
import { matchCase } from '../core/lexicon/index.ts';
import { contextOf, type Token } from '../core/context.ts';
import { format, report } from '../core/report.ts';

const relatives = new Set(['vilken', 'vilket', 'vilka']);
const prepositions = new Set(['i', 'till', 'på', 'för', 'med', 'från', 'genom', 'av', 'under', 'om', 'vid', 'hos', 'mot', 'efter', 'inför']);
// Definite nouns ("parken", "huset", "lokalerna"): what a relative pronoun right after most likely refers to.
const definiteNoun = /(?:en|et|na|n)$/u;
const functionWords = new Set(['den', 'men', 'än', 'sen', 'igen', 'hen', 'en', 'in', 'kan', 'man', 'när', 'den', 'dem', 'sin', 'min', 'din', 'hon', 'han', 'oavsett', 'ingen', 'nästan', 'sedan', 'annan', 'varandra']);

function isNounBefore(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && definiteNoun.test(token.lower) && !functionWords.has(token.lower) && token.lower.length > 3;
}

export default defineRule(
  {
    id: 'klar-vilken-som',
    category: 'readability',
    severity: 'info',
    languages: ['sv'],
    title: 'Vilken i stället för som',
    description:
      'Myndigheternas skrivregler: i valet mellan som och vilken/vilket/vilka är som det normala och ledigare alternativet. "Vilket" som syftar på en hel sats ("…, vilket betyder att") är däremot rätt.',
    basis: ['Språklagen (2009:600) 11 §', 'Myndigheternas skrivregler §8.3.1'],
    examples: [
      { bad: 'Parken, vilken rustades 2020, får nu nya bänkar.', good: 'Parken, som rustades 2020, får nu nya bänkar.' },
      { bad: 'Lokalen i vilken mötet hålls har hörslinga.', good: 'Lokalen där mötet hålls har hörslinga.' },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const { tokens, text } = context;
    if (!/vilk/iu.test(text)) return;
    const questions = new Set<number>();
    for (const sentence of context.sentences) {
      if (text.slice(sentence.start, sentence.end).trimEnd().endsWith('?')) questions.add(tokens[sentence.firstToken]!.sentence);
    }
    for (let index = 1; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (!relatives.has(token.lower) || questions.has(token.sentence)) continue;
      const previous = tokens[index - 1]!;
      if (previous.sentence !== token.sentence) continue;
      // "i vilken", "till vilka" after a noun.
      if (prepositions.has(previous.lower) && isNounBefore(tokens[index - 2]) && tokens[index - 2]!.sentence === token.sentence) {
        const start = previous.start;
        const wherePhrase = previous.lower === 'i';
        report(file, settings, {
          start,
          end: token.end,
          message: format('"som" är ofta ledigare än "{match}".', { match: text.slice(start, token.end) }) + (wherePhrase ? ' Skriv "där".' : ` Skriv "som … ${previous.lower}".`),
          expected: wherePhrase ? [matchCase(text.slice(start, token.end), 'där')] : [],
        });
        continue;
      }
      // "Parken, vilken …": the comma version; "…, vilket" usually refers to the whole clause and is right.
      const comma = previous.value === ',';
      const noun = comma ? tokens[index - 2] : previous;
      if (token.lower === 'vilket' && comma) continue;
      if (!isNounBefore(noun) || noun!.sentence !== token.sentence) continue;
      report(file, settings, {
        start: token.start,
        end: token.end,
        message: format('"som" är ofta ledigare än "{match}".', { match: token.value }),
        expected: [matchCase(token.value, 'som')],
      });
    }
  },
);
