import { defineRule } from '../core/define.ts';
import { isNameLike } from '../core/lexicon/index.ts';
import { contextOf, type Token } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { swedishDictionary } from '../spelling/dictionary.ts';
import data from './substantivsjuka.json' with { type: 'json' };
import emptyVerbData from './empty-verbs.json' with { type: 'json' };

const message = 'Verbet gömmer sig i ett substantiv: "{match}". Skriv hellre "{forslag}".';
const window = 3;
const clauseEnd = new Set([',', '.', ';', ':', '!', '?', '–', '(', ')']);
const linkers = new Set(['av', 'för', 'om']);
const determiners = new Set(['den', 'det', 'de', 'en', 'ett', 'alla', 'denna', 'detta']);

/** The verb a nominalisation comes from, as the dictionary knows it: "inventering" → "inventera". */
function verbCandidates(lemma: string, suffix: string): string[] {
  const stem = lemma.slice(0, lemma.length - suffix.length);
  switch (suffix) {
    case 'ering':
      return [`${stem}era`];
    case 'ning':
      return [`${stem}a`, `${stem}na`, stem];
    case 'ing':
      return [`${stem}a`];
    case 'else':
      return [`${stem}a`, stem];
    case 'ande':
      return [`${stem}a`, stem];
    case 'ende':
      return [stem, `${stem}a`];
    case 'tion':
      return [lemma.replace(/ktion$/u, 'cera'), lemma.replace(/ation$/u, 'era'), lemma.replace(/ition$/u, 'era'), `${stem}era`];
    default:
      return [];
  }
}

export default defineRule(
  {
    id: 'klar-substantivsjuka',
    category: 'readability',
    severity: 'warning',
    languages: ['sv'],
    lists: { phrases: data, emptyVerbs: emptyVerbData },
    title: 'Substantivsjuka',
    description:
      'Substantivsjuka gör texten tung, opersonlig och mångordig. Myndigheternas skrivregler: "Projektgruppen ska genomföra en kartläggning av behovet" blir hellre "Projektgruppen ska kartlägga behovet". Kända uttryck ger en varning; när regeln bara gissar (ett tomt verb nära ett substantiv på -ning, -else, -tion …) är det ett tips.',
    basis: ['Språklagen (2009:600) 11 §', 'Myndigheternas skrivregler §1.4.11'],
    examples: [
      {
        bad: 'Vi kommer att genomföra en inventering av lekplatserna och därefter ske en prioritering.',
        good: 'Vi inventerar lekplatserna och prioriterar sedan vilka som ska rustas först.',
        findings: [
          { actual: 'genomföra en inventering av', severity: 'warning', expected: ['inventera'] },
          { actual: 'ske en prioritering', severity: 'info' },
        ],
      },
      {
        // The empty verb's object runs on through "av": the hidden verb is in the second noun.
        bad: 'Vi gör en översyn av tillämpningen av reglerna för parkering.',
        good: 'Vi ser över hur vi tillämpar reglerna för parkering.',
        findings: [
          { actual: 'gör en översyn av tillämpningen', severity: 'info' },
        ],
      },
      {
        bad: 'Du är i behov av ett nytt parkeringstillstånd.',
        good: 'Du behöver ett nytt parkeringstillstånd.',
        findings: [
          { actual: 'är i behov av', severity: 'warning', expected: ['behöver'] },
        ],
      },
    ],
  },
  (settings) => {
    const dictionary = swedishDictionary();
    const phrases = settings.lists.phrases!;
    const emptyVerbs = settings.lists.emptyVerbs!;
    const lexicalised = data.lexicalised;
    const nounShape = new RegExp(`^(.{3,}(${data.suffixes.join('|')}))(?:${[...data.inflections].sort((a, b) => b.length - a.length).filter(Boolean).join('|')})?$`, 'u');
    const verbOf = new Map<string, string | null>();

    /** The verb behind a noun of the nominalisation shape, or null (not such a noun, lexicalised, or no verb). */
    function hiddenVerb(token: Token): string | null {
      if (token.kind !== 'word') return null;
      const cached = verbOf.get(token.lower);
      if (cached !== undefined) return cached;
      let verb: string | null = null;
      const shape = nounShape.exec(token.lower);
      if (shape && !lexicalised.some((word) => shape[1]!.endsWith(word))) {
        const lemma = shape[1]!;
        const candidates = data.suffixes.filter((suffix) => lemma.endsWith(suffix)).flatMap((suffix) => verbCandidates(lemma, suffix));
        verb = candidates.find((candidate) => candidate.length >= 4 && candidate !== lemma && dictionary.correct(candidate)) ?? null;
      }
      if (verbOf.size > 10_000) verbOf.clear();
      verbOf.set(token.lower, verb);
      return verb;
    }

    const isNoun = (token: Token) => token.kind === 'word' && nounShape.test(token.lower) && !lexicalised.some((word) => token.lower.includes(word));

    return (_tree, file) => {
      const context = contextOf(file);
      const { tokens, text } = context;
      const covered: [number, number][] = [];
      const free = (start: number, end: number) => covered.every(([from, to]) => end <= from || start >= to);
      const emit = (start: number, end: number, forslag: string, expected: string[], shift: number) => {
        covered.push([start, end]);
        report(file, settings, { start, end, message: format(message, { match: text.slice(start, end), forslag }), expected, shift });
      };

      for (const match of phrases.find(context)) {
        emit(match.start, match.end, match.fix ?? match.entry.forslag ?? '', match.fix === null ? [] : [match.fix], 0);
      }

      // (b) An empty verb within three words of a noun that hides a verb.
      for (const verb of emptyVerbs.find(context)) {
        if (!free(verb.start, verb.end)) continue;
        const sentence = tokens[verb.firstToken]!.sentence;
        const near: Token[] = [];
        for (const [from, step] of [[verb.lastToken, 1], [verb.firstToken - 1, -1]] as const) {
          let words = 0;
          for (let index = from; index >= 0 && index < tokens.length && words < window; index += step) {
            const token = tokens[index]!;
            if (token.sentence !== sentence || clauseEnd.has(token.value)) break;
            if (token.kind !== 'word') continue;
            // In the object after the verb, articles and av/för/om do not count: "gör en översyn av tillämpningen" reaches its noun.
            if (step === -1 || (!determiners.has(token.lower) && !linkers.has(token.lower))) words++;
            near.push(token);
          }
        }
        for (const noun of near) {
          if (isNameLike(context, noun.index)) continue;
          const hidden = hiddenVerb(noun);
          if (!hidden) continue;
          const start = Math.min(verb.start, noun.start);
          const end = Math.max(verb.end, noun.end);
          if (free(start, end)) emit(start, end, hidden, [], -1);
          break;
        }
      }

      // (c) Nominalisations chained by av/för/om: "genomförandet av kartläggningen".
      for (let index = 0; index + 2 < tokens.length; index++) {
        const first = tokens[index]!;
        if (first.kind !== 'word' || !linkers.has(tokens[index + 1]!.lower)) continue;
        const hidden = hiddenVerb(first);
        if (!hidden) continue;
        let second = tokens[index + 2]!;
        if (determiners.has(second.lower) && tokens[index + 3]) second = tokens[index + 3]!;
        if (second.sentence !== first.sentence || !isNoun(second) || isNameLike(context, second.index)) continue;
        if (free(first.start, second.end)) emit(first.start, second.end, hidden, [], -1);
      }
    };
  },
);
