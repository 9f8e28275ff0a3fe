import { join } from 'node:path';
import { readConllu } from '../conllu.ts';
import { defaultLinter } from '../../support/linter.ts';
import { swedishDictionary } from '../../../rules/spelling/dictionary.ts';
import { isKnownWord } from '../../../rules/spelling/spell.ts';
import corpusMisspellings from '../sets/ud-pud-misspellings.json' with { type: 'json' };
import type { EvalRow, EvalSection } from '../types.ts';

const corpus = 'ud-swedish-pud/sv_pud-ud-test.conllu';
const typoSentences = 300;
const minTypoWord = 6;
const seed = 20261202;
const alphabet = 'abcdefghijklmnopqrstuvwxyzåäö';
const hasLetter = /\p{L}/u;
const lowercaseWord = /^\p{Ll}+$/u;

/** mulberry32: a small seeded generator, so the typos are the same on every run. */
function random(state: number) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

/** Per 1,000 words of edited prose, and the flagged words themselves (almost all of them correct). */
export function proseFlags(testdataDir: string) {
  let words = 0;
  const flagged: string[] = [];
  // Each document (a news item or article of about five sentences) is linted as one post.
  const documents = new Map<string, string[]>();
  for (const sentence of readConllu(join(testdataDir, corpus))) {
    const key = sentence.doc ?? sentence.id;
    documents.set(key, [...(documents.get(key) ?? []), sentence.text]);
  }
  for (const sentences of documents.values()) {
    const { file, context } = defaultLinter.lintText(sentences.join(' '), { channels: [], media: [], language: 'sv' });
    words += context.words.filter((word) => hasLetter.test(word.value)).length;
    for (const message of file.messages) if (message.ruleId === 'klar-stavning') flagged.push(message.actual ?? '');
  }
  return { words, flagged, perThousand: (flagged.length / words) * 1000 };
}

/**
 * Real sentences with one typo each in a lowercase word of six letters or more that the spelling check
 * knows (compounds included), where the result is not a dictionary word; caught when klar-stavning
 * flags the changed word.
 */
export function typoCatches(testdataDir: string) {
  const checker = swedishDictionary();
  const next = random(seed);
  const sentences = readConllu(join(testdataDir, corpus));
  const cases: { sentence: string; word: string; typo: string; caught: boolean }[] = [];
  for (let attempt = 0; cases.length < typoSentences && attempt < sentences.length * 4; attempt++) {
    const sentence = sentences[Math.floor(next() * sentences.length)]!;
    if (cases.some((item) => item.sentence === sentence.text)) continue;
    const candidates = [...sentence.text.matchAll(/\p{L}+/gu)].filter(([word]) => word.length >= minTypoWord && lowercaseWord.test(word) && isKnownWord(word));
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

const section: EvalSection = {
  name: 'Stavning (klar-stavning)',
  async run(testdataDir) {
    const prose = proseFlags(testdataDir);
    const typos = typoCatches(testdataDir);
    const misspelt = new Set(Object.keys(corpusMisspellings.words));
    const falseFlags = prose.flagged.filter((word) => !misspelt.has(word.toLowerCase())).length;
    const falsePerThousand = (falseFlags / prose.words) * 1000;
    const counts = new Map<string, number>();
    for (const word of prose.flagged) counts.set(word, (counts.get(word) ?? 0) + 1);
    return [
      { metric: 'words of edited prose (UD Swedish PUD)', value: prose.words },
      { metric: 'flags per 1,000 words of edited prose', value: Number(prose.perThousand.toFixed(2)), goal: '≤ 0.5', met: prose.perThousand <= 0.5 },
      { metric: 'of them on correct words (not the corpus\'s own misspellings)', value: Number(falsePerThousand.toFixed(2)), goal: '≤ 0.5', met: falsePerThousand <= 0.5 },
      { metric: 'sentences with one injected typo', value: typos.cases.length, goal: '≥ 300', met: typos.cases.length >= typoSentences },
      { metric: 'injected typos caught', value: `${(typos.share * 100).toFixed(1)} %`, goal: '≥ 90 %', met: typos.share >= 0.9 },
      { metric: 'flagged in edited prose (sample)', value: [...counts.keys()].slice(0, 25).join(', ') },
      { metric: 'typos missed (sample)', value: typos.cases.filter((item) => !item.caught).slice(0, 15).map((item) => `${item.typo} (${item.word})`).join(', ') },
    ];
  },
};

export default section;
