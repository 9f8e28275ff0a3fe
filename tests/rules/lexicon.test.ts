import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseSwedish } from '../../rules/core/parse.ts';
import { buildContext, type TextContext } from '../../rules/core/context.ts';
import { Lexicon, existenceRule, lexiconFile, substitutionRule } from '../../rules/core/lexicon/index.ts';
import { normalize } from '../../rules/core/lexicon/normalize.ts';
import { parsedPhraseTokens, phraseTokens } from '../../rules/core/lexicon/phrase.ts';
import { projectRoot } from '../support/app-process.ts';
import { createLinter } from '../../rules/core/linter.ts';
import { defaultLinter } from '../support/linter.ts';

const contextFor = (text: string): TextContext => {
  const { tree, sources } = parseSwedish(text);
  return buildContext(tree, text, sources, { channels: [], media: [] });
};
const source = 'Postkoll test list (hand-written)';

describe('the lexicon engine', () => {
  test('a data file of the wrong shape fails when it is compiled, naming the problem', () => {
    expect(() => lexiconFile({ source, entries: [{ forms: 'erhålla' }] })).toThrow(/forms/);
    expect(() => lexiconFile({ entries: [] })).toThrow(/source/);
  });

  test('phrases, inflected forms with their own fixes, stems, and the longest phrase first', () => {
    const lexicon = new Lexicon();
    const list = lexicon.list({
      source,
      entries: [
        { forms: { erhålla: 'få', erhöll: 'fick', erhållits: null } },
        { forms: { 'vad avser': 'om', vad: null } },
        { forms: ['sjukskriv*'] },
      ],
    });
    const matches = list.find(contextFor('Hon Erhöll beskedet. Vad avser frågan? Han är sjukskriven. Det har erhållits.'));
    expect(matches.map((match) => [match.actual, match.fix])).toEqual([
      ['Erhöll', 'Fick'],
      ['Vad avser', 'Om'],
      ['sjukskriven', null],
      ['erhållits', null],
    ]);
  });

  test('stems whose first three letters share a lookup key are still told apart', () => {
    // "xа…" (Cyrillic а, U+0430) and "y3…" hash to the same key; each word matches only its own stem.
    const lexicon = new Lexicon();
    const cyrillic = lexicon.list({ source, entries: [{ forms: ['xаb*'] }] });
    const digit = lexicon.list({ source, entries: [{ forms: ['y3b*'] }] });
    const context = contextFor('Ord y3bcd och xаbcd här.');
    expect(cyrillic.find(context).map((match) => match.actual)).toEqual(['xаbcd']);
    expect(digit.find(context).map((match) => match.actual)).toEqual(['y3bcd']);
  });

  test('guards look at the neighbours in the same sentence and at the sentence', () => {
    const lexicon = new Lexicon();
    const list = lexicon.list({
      source,
      entries: [
        { forms: ['hinder'], notBefore: ['av'] },
        { forms: ['vecka'], onlyBefore: ['#number'] },
        { forms: ['ej'], notAfter: ['eller'] },
        { forms: ['borgerlig'], notInSentence: ['vigsel'] },
      ],
    });
    const found = (text: string) => list.find(contextFor(text)).map((match) => match.actual);
    expect(found('Det finns inget hinder av något slag. Vi ser ett hinder.')).toEqual(['hinder']);
    expect(found('Vecka 12 och nästa vecka.')).toEqual(['Vecka']);
    expect(found('Kom eller ej. Vi kommer ej.')).toEqual(['ej']);
    expect(found('Välkommen till borgerlig vigsel! En borgerlig regering.')).toEqual(['borgerlig']);
  });

  test('lists of one processor are kept apart, and a text is scanned once for all of them', () => {
    const lexicon = new Lexicon();
    const first = lexicon.list({ source, entries: [{ forms: ['kommun'] }] });
    const second = lexicon.list({ source, entries: [{ forms: ['kommun', 'region'] }] });
    const context = contextFor('Kommun och region.');
    expect(first.find(context).map((match) => match.form)).toEqual(['kommun']);
    expect(second.find(context).map((match) => match.form)).toEqual(['kommun', 'region']);
  });

  test('flags mark words for an analysis in the same pass', () => {
    const lexicon = new Lexicon();
    lexicon.flag(['rektor', 'kurator'], 1);
    lexicon.flag(['kurator'], 2);
    const context = contextFor('Rektor och kurator.');
    expect(lexicon.flagsOf(context)).toEqual(context.tokens.map((token) => (token.lower === 'rektor' ? 1 : token.lower === 'kurator' ? 3 : 0)));
  });
});

describe('compiling a phrase', () => {
  // Phrases of plain lower-case words are split on their spaces instead of parsed (a start-up cost):
  // the tokens must be exactly the parser's, or a list would stop matching what posts contain.
  const splitOnSpaces = /^[a-zà-öø-ÿ]+(?: [a-zà-öø-ÿ]+)*$/;

  test('every plain phrase in the data files and profiles has the tokens the parser gives it', () => {
    const strings = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.add(normalize(value));
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) (collect(key), collect(inner));
    };
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        // The first-name data are names matched one word at a time, never compiled as phrases.
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.json') && name !== 'first-names.json') collect(JSON.parse(readFileSync(path, 'utf8')));
      }
    };
    walk(join(projectRoot, 'rules'));
    const plain = [...strings].filter((phrase) => splitOnSpaces.test(phrase));
    expect(plain.length).toBeGreaterThan(3_000);
    for (const phrase of plain) expect(phraseTokens(phrase), phrase).toEqual(parsedPhraseTokens(phrase));
  });

  test('any phrase of those letters, capitals and outer spaces included, gets the parser\'s tokens', () => {
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäöéèüæøàáâãçêëìíîïñòóôõùúûýÿÅÄÖÉÜ'.split(''));
    const word = fc.array(letter, { minLength: 1, maxLength: 12 }).map((letters) => letters.join(''));
    const phrase = fc.tuple(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom('', ' ')).map(([words, pad]) => `${pad}${words.join(' ')}${pad}`);
    fc.assert(
      fc.property(phrase, (written) => {
        expect(phraseTokens(written)).toEqual(parsedPhraseTokens(normalize(written)));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('pure list rules', () => {
  const meta = {
    category: 'readability' as const,
    severity: 'warning' as const,
    title: 'Testord',
    description: 'Ett testord.',
    basis: ['Test'],
    examples: [],
  };
  const linter = createLinter(
    { ...defaultLinter.profile, rules: { ...defaultLinter.profile.rules, 'test-substitution': { severity: 'warning', options: {} }, 'test-existence': { severity: 'info', options: {} } } },
    [
      substitutionRule({ ...meta, id: 'test-substitution', lists: { words: { source, entries: [{ forms: { erfordras: 'krävs' } }] } } }, { message: '"{match}": skriv "{forslag}".' }),
      existenceRule({ ...meta, id: 'test-existence', lists: { words: { source, entries: [{ forms: ['synergi*'] }] } } }, { message: '"{match}" är vagt.' }),
    ],
  );

  test('a substitution rule is metadata plus a data file, and offers the fix', () => {
    const [message] = linter.lintPost({ text: 'Det Erfordras legitimation.', channels: [] }).messages;
    expect(message).toMatchObject({ ruleId: 'test-substitution', actual: 'Erfordras', expected: ['Krävs'], message: '"Erfordras": skriv "Krävs".', severity: 'warning' });
  });

  test('an existence rule flags without a fix', () => {
    const [message] = linter.lintPost({ text: 'Vi söker synergier.', channels: [] }).messages;
    expect(message).toMatchObject({ ruleId: 'test-existence', actual: 'synergier', expected: [], severity: 'info' });
  });
});
