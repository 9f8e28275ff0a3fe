import { join } from 'node:path';
import { readConllu, type ConlluSentence } from '../conllu.ts';
import { defaultLinter } from '../../support/linter.ts';
import { swedishDictionary } from '../../../rules/spelling/dictionary.ts';
import { isKnownWord } from '../../../rules/spelling/spell.ts';
import corpusMisspellings from '../sets/ud-pud-misspellings.json' with { type: 'json' };
import type { EvalRow, EvalSection } from '../types.ts';
import { random } from '../random.ts';

const corpus = 'ud-swedish-pud/sv_pud-ud-test.conllu';
const typoSentences = 300;
const compoundSentences = 70;
const minTypoWord = 6;
const seed = 20261202;
const alphabet = 'abcdefghijklmnopqrstuvwxyzåäö';
const hasLetter = /\p{L}/u;
const lowercaseWord = /^\p{Ll}+$/u;


/** One letter swapped with the next, dropped, added or replaced. */
function injectTypo(word: string, next: () => number): string {
  const at = Math.floor(next() * word.length);
  const letter = () => alphabet[Math.floor(next() * alphabet.length)]!;
  switch (Math.floor(next() * 4)) {
    case 0: {
      const i = Math.min(at, word.length - 2);
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + letter() + word.slice(at);
    default:
      return word.slice(0, at) + letter() + word.slice(at + 1);
  }
}

const spellingFlags = (text: string) =>
  defaultLinter.lintText(text, { channels: [], media: [], language: 'sv' }).file.messages.filter((message) => message.ruleId === 'klar-stavning');

/** A flag on edited prose: the word, its part of speech in the treebank and a little of its context. */
interface ProseFlag {
  word: string;
  upos: string;
  context: string;
}

/**
 * The corpus's documents (a news item or article of about five sentences each), in file order, split
 * into a development half (even places) and a held-out half (odd places): tune on the first, check on
 * the second, so that a fix for one corpus's words shows up as a gap between the two.
 */
export function halves(testdataDir: string): { dev: ConlluSentence[][]; heldOut: ConlluSentence[][] } {
  const documents = new Map<string, ConlluSentence[]>();
  for (const sentence of readConllu(join(testdataDir, corpus))) {
    const key = sentence.doc ?? sentence.id;
    documents.set(key, [...(documents.get(key) ?? []), sentence]);
  }
  const all = [...documents.values()];
  return { dev: all.filter((_, index) => index % 2 === 0), heldOut: all.filter((_, index) => index % 2 === 1) };
}

/** Per 1,000 words of edited prose, and the flagged words themselves. Each document is linted as one post. */
export function proseFlags(documents: ConlluSentence[][]) {
  let words = 0;
  const flagged: ProseFlag[] = [];
  for (const sentences of documents) {
    const text = sentences.map((sentence) => sentence.text).join(' ');
    const { file, context } = defaultLinter.lintText(text, { channels: [], media: [], language: 'sv' });
    words += context.words.filter((word) => hasLetter.test(word.value)).length;
    const tokens = sentences.flatMap((sentence) => sentence.tokens);
    for (const message of file.messages) {
      if (message.ruleId !== 'klar-stavning' || !message.place || !('start' in message.place)) continue;
      const word = message.actual ?? '';
      const at = message.place.start.offset!;
      const upos = tokens.find((token) => token.form === word)?.upos ?? '?';
      flagged.push({ word, upos, context: text.slice(Math.max(0, at - 40), at + word.length + 40).replaceAll('\n', ' ') });
    }
  }
  return { words, flagged, perThousand: (flagged.length / words) * 1000 };
}

/**
 * Real sentences with one typo each in a lowercase word of six letters or more that the spelling check
 * knows (compounds included), where the result is not a dictionary word; caught when klar-stavning
 * flags the changed word.
 */
export function typoCatches(sentences: ConlluSentence[], seed: number, { count = typoSentences, compoundsOnly = false } = {}) {
  const checker = swedishDictionary();
  const next = random(seed);
  const cases: { sentence: string; word: string; typo: string; caught: boolean }[] = [];
  // With compoundsOnly, words the dictionary knows only through its compound rules ("storstadsdistrikt").
  const eligible = (word: string) => word.length >= minTypoWord && lowercaseWord.test(word) && isKnownWord(word) && !(compoundsOnly && checker.correct(word));
  for (let attempt = 0; cases.length < count && attempt < sentences.length * (compoundsOnly ? 10 : 4); attempt++) {
    const sentence = sentences[Math.floor(next() * sentences.length)]!;
    if (cases.some((item) => item.sentence === sentence.text)) continue;
    const candidates = [...sentence.text.matchAll(/\p{L}+/gu)].filter(([word]) => eligible(word));
    if (candidates.length === 0) continue;
    const match = candidates[Math.floor(next() * candidates.length)]!;
    const typo = injectTypo(match[0], next);
    if (typo === match[0] || checker.correct(typo)) continue;
    const start = match.index!;
    const text = sentence.text.slice(0, start) + typo + sentence.text.slice(start + match[0].length);
    const caught = spellingFlags(text).some((message) => message.place && 'start' in message.place && message.place.start.offset === start);
    cases.push({ sentence: sentence.text, word: match[0], typo, caught });
  }
  return { cases, share: cases.filter((item) => item.caught).length / cases.length };
}

const misspelt = new Set(Object.keys(corpusMisspellings.words));
const perThousand = (count: number, words: number) => Number(((count / words) * 1000).toFixed(2));
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

function proseRows(name: string, documents: ConlluSentence[][]): { rows: EvalRow[]; flagged: ProseFlag[] } {
  const prose = proseFlags(documents);
  const falseFlags = prose.flagged.filter((flag) => !misspelt.has(flag.word.toLowerCase())).length;
  return {
    flagged: prose.flagged,
    rows: [
      { metric: `${name}: words (${documents.length} documents)`, value: prose.words },
      { metric: `${name}: flags per 1,000 words`, value: perThousand(prose.flagged.length, prose.words), goal: '≤ 0.5', met: prose.perThousand <= 0.5 },
      { metric: `${name}: of them on correct words (not the corpus's own misspellings)`, value: perThousand(falseFlags, prose.words), goal: '≤ 0.5', met: (falseFlags / prose.words) * 1000 <= 0.5 },
    ],
  };
}

function typoRows(name: string, typos: ReturnType<typeof typoCatches>, count = typoSentences, goal = true): EvalRow[] {
  return [
    { metric: `${name}: sentences with one injected typo`, value: typos.cases.length, goal: `≥ ${count}`, met: typos.cases.length >= count },
    { metric: `${name}: injected typos caught`, value: percent(typos.share), ...(goal ? { goal: '≥ 90 %', met: typos.share >= 0.9 } : {}) },
  ];
}

const section: EvalSection = {
  name: 'Stavning (klar-stavning)',
  async run(testdataDir) {
    const { dev, heldOut } = halves(testdataDir);
    const devProse = proseRows('UD PUD development half', dev);
    const heldOutProse = proseRows('UD PUD held-out half', heldOut);
    const whole = typoCatches(readConllu(join(testdataDir, corpus)), seed);
    const devTypos = typoCatches(dev.flat(), seed + 1);
    const heldOutTypos = typoCatches(heldOut.flat(), seed + 2);
    // Municipal posts are rich in compounds the dictionary lacks as such; UD PUD's random words seldom are (about 3 %).
    const devCompounds = typoCatches(dev.flat(), seed + 3, { count: compoundSentences, compoundsOnly: true });
    const heldOutCompounds = typoCatches(heldOut.flat(), seed + 4, { count: compoundSentences, compoundsOnly: true });
    if (process.env.EVAL_VERBOSE) {
      const flagLines = (flags: ProseFlag[]) => flags.map((flag) => `  ${flag.word} [${flag.upos}${misspelt.has(flag.word.toLowerCase()) ? ', misspelt in the corpus' : ''}] …${flag.context}…`).join('\n');
      const missLines = (typos: ReturnType<typeof typoCatches>) => typos.cases.filter((item) => !item.caught).map((item) => `  ${item.typo} (${item.word})`).join('\n');
      process.stdout.write(`\nFlags, development half:\n${flagLines(devProse.flagged)}\nTypos missed, development half:\n${missLines(devTypos)}\n${missLines(devCompounds)}\n`);
      if (process.env.EVAL_VERBOSE === 'all') {
        process.stdout.write(`\nFlags, held-out half:\n${flagLines(heldOutProse.flagged)}\nTypos missed, held-out half:\n${missLines(heldOutTypos)}\n${missLines(heldOutCompounds)}\nTypos missed, whole corpus:\n${missLines(whole)}\n`);
      }
    }
    return [
      ...devProse.rows,
      ...heldOutProse.rows,
      ...typoRows('whole corpus (the set of earlier rounds)', whole),
      ...typoRows('development half', devTypos),
      ...typoRows('held-out half', heldOutTypos),
      ...typoRows('development half, typos in compounds the dictionary knows only by its compound rules', devCompounds, compoundSentences, false),
      ...typoRows('held-out half, typos in such compounds', heldOutCompounds, compoundSentences, false),
    ];
  },
};

export default section;
