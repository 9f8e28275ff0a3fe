import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  buildDictionarySource,
  dictionaryCacheFile,
  dictionaryCacheKey,
  loadSwedishDictionary,
  type DictionaryLoad,
  type SpellChecker,
} from '../../rules/spelling/dictionary.ts';
import { compileDictionary, parseCompiled } from '../../rules/spelling/compiled-dictionary.ts';
import { WordTable } from '../../rules/spelling/sorted-words.ts';
import { correctWords, misspellings } from './spelling-words.ts';

// nspell built from the .dic the slow way, once for the whole file: the reference every compiled
// answer is compared with, and the build the cache loads fall back to.
let source: ReturnType<typeof buildDictionarySource>;
const builtOnce = () => source;
const refuseToBuild = () => {
  throw new Error('expected the cache to be read');
};
let cacheDir: string;
let first: DictionaryLoad;
let second: DictionaryLoad;

const tableOf = (checker: SpellChecker) => (checker as SpellChecker & { data: Record<string, string[]> }).data;

/** Every 50th form of nspell's table, and each also capitalised, upper-cased, lower-cased and with its last letter changed. */
function sampleForms(): string[] {
  const forms = Object.keys(source.data).filter((_, index) => index % 50 === 0);
  return forms.flatMap((form) => [form, form.charAt(0).toUpperCase() + form.slice(1), form.toUpperCase(), form.toLowerCase(), `${form.slice(0, -1)}q`]);
}

const caseVariants = ['Kommun', 'KOMMUN', 'kommun', 'kOMMUN', 'Kommunen', 'KOMMUNEN', 'Berättar', 'BERÄTTAR', 'Stockholm', 'STOCKHOLM', 'stockholm', 'Dvořák', 'DVOŘÁK', 'dvořák', 'e-post', 'E-POST', 'SMS', 'sms', 'Sms', 'IFO', 'Ifo'];

describe('the compiled dictionary cache', () => {
  beforeAll(() => {
    source = buildDictionarySource();
    cacheDir = mkdtempSync(join(tmpdir(), 'postkoll-dictionary-'));
    first = loadSwedishDictionary({ cacheDir, build: builtOnce });
    second = loadSwedishDictionary({ cacheDir, build: refuseToBuild });
  });

  afterAll(() => {
    rmSync(cacheDir, { recursive: true, force: true });
  });

  test('round trip through a real file: the first load builds and writes it, the next one reads it', () => {
    expect(first).toMatchObject({ source: 'built', cacheProblem: 'missing', file: dictionaryCacheFile(cacheDir) });
    expect(first.writeProblem).toBeUndefined();
    // Written through a temporary file that is gone now.
    expect(readdirSync(cacheDir)).toEqual([basename(first.file)]);
    expect(second.source).toBe('cache');
    expect(second.cacheProblem).toBeUndefined();
  });

  test("holds exactly nspell's table: every form with the same rule codes, and no other form", () => {
    const compiled = parseCompiled(readFileSync(second.file), dictionaryCacheKey());
    let count = 0;
    const wrong: string[] = [];
    for (const [form, id] of compiled.words.entries()) {
      count++;
      const expected = source.data[form];
      if (!expected || JSON.stringify(expected) !== JSON.stringify(compiled.codeSets[id])) wrong.push(form);
    }
    expect(wrong).toEqual([]);
    expect(count).toBe(Object.keys(source.data).length);
  });

  test("nspell's view of the table answers like the real one, by key and by `in`", () => {
    const table = tableOf(second.dictionary.checker);
    const probes = [...sampleForms(), ...correctWords, ...misspellings, ...caseVariants, '', 'constructor', '__proto__', 'toString', 'hasOwnProperty'];
    const differ = (probe: string) => JSON.stringify(table[probe]) !== JSON.stringify(source.data[probe]) || probe in table !== probe in source.data;
    expect(probes.filter(differ)).toEqual([]);
    // One shared array per code set, as nspell's own table shares its empty one.
    const form = Object.keys(source.data).find((key) => source.data[key]!.length > 0)!;
    expect(table[form]).toBe(table[form]);
  });

  test('the compound parts and headword stems are the ones the build computes', () => {
    const { parts, stems } = second.dictionary;
    for (const [name, built, compiled] of [
      ['begin', source.begin, parts.begin],
      ['middle', source.middle, parts.middle],
      ['end', source.end, parts.end],
      ['stems', source.stems, stems],
    ] as const) {
      const expected = [...built];
      expect(compiled.size, name).toBe(expected.length);
      expect(expected.filter((word) => !compiled.has(word)), name).toEqual([]);
      expect(compiled.has(`${expected[0]}qq`), name).toBe(false);
    }
  });

  test('correct() and spell() answer like nspell built from the .dic: a sample of every form, the test words, case variants', () => {
    const compiled = second.dictionary.checker;
    const probes = [...sampleForms(), ...correctWords, ...misspellings, ...caseVariants];
    expect(probes.length).toBeGreaterThan(80_000);
    expect(probes.filter((word) => compiled.correct(word) !== source.checker.correct(word))).toEqual([]);
    expect(probes.filter((_, index) => index % 7 === 0).filter((word) => JSON.stringify(compiled.spell(word)) !== JSON.stringify(source.checker.spell(word)))).toEqual([]);
  });

  test('suggest() gives the same suggestions in the same order', () => {
    const compiled = second.dictionary.checker;
    for (const word of [...misspellings.filter((_, index) => index % 4 === 0), 'Välkomen', 'KOMUN', 'Komun']) {
      expect(compiled.suggest(word), word).toEqual(source.checker.suggest(word));
    }
  });

  test('is read-only: nspell cannot add to or remove from it', () => {
    const { checker } = second.dictionary;
    expect(() => checker.add('lekotek')).toThrow(/read-only/);
    expect(() => checker.remove('kommun')).toThrow(/read-only/);
    expect(checker.correct('kommun')).toBe(true);
  });

  test('a damaged file, or one built from other inputs, is refused', () => {
    const good = readFileSync(second.file);
    const key = dictionaryCacheKey();
    const flipped = Buffer.from(good);
    flipped[Math.floor(flipped.length / 2)]! ^= 0x01;
    const damaged: [string, Buffer, RegExp][] = [
      ['empty', Buffer.alloc(0), /not a dictionary cache/],
      ['other bytes', Buffer.from('kommun\nkommunen\n'), /not a dictionary cache/],
      ['cut short', good.subarray(0, Math.floor(good.length / 2)), /checksum/],
      ['one bit changed', flipped, /checksum/],
      ['last byte lost', good.subarray(0, good.length - 1), /checksum/],
    ];
    for (const [what, bytes, reason] of damaged) expect(() => parseCompiled(bytes, key), what).toThrow(reason);
    expect(() => parseCompiled(good, 'another dictionary')).toThrow(/other inputs/);
    expect(() => parseCompiled(good, key)).not.toThrow();
  });

  test('a damaged cache file is rebuilt and replaced, and old files from other inputs are removed', () => {
    const good = readFileSync(first.file);
    const damaged = Buffer.from(good);
    damaged[damaged.length - 100]! ^= 0x40;
    writeFileSync(first.file, damaged);
    const old = join(cacheDir, 'sv-dictionary-000000000000000000000000.bin');
    writeFileSync(old, good);
    const again = loadSwedishDictionary({ cacheDir, build: builtOnce });
    expect(again).toMatchObject({ source: 'built', cacheProblem: 'checksum mismatch' });
    expect(readFileSync(first.file).equals(good)).toBe(true);
    expect(existsSync(old)).toBe(false);
    expect(again.dictionary.checker.correct('kommunen')).toBe(true);
  });

  test('a file built from other inputs under the same name is rebuilt', () => {
    writeFileSync(first.file, compileDictionary(source, 'another dictionary'));
    const again = loadSwedishDictionary({ cacheDir, build: builtOnce });
    expect(again).toMatchObject({ source: 'built', cacheProblem: 'built from other inputs' });
    expect(loadSwedishDictionary({ cacheDir, build: refuseToBuild }).source).toBe('cache');
  });

  test('a cache folder that cannot be written only costs the build: the dictionary still works', () => {
    const blocker = join(cacheDir, 'a-file');
    writeFileSync(blocker, '');
    const result = loadSwedishDictionary({ cacheDir: join(blocker, 'cache'), build: builtOnce });
    expect(result.source).toBe('built');
    expect(result.writeProblem).toMatch(/ENOTDIR|EEXIST|not a directory/i);
    expect(result.dictionary.checker.correct('kommunen')).toBe(true);
    expect(result.dictionary.checker.correct('komun')).toBe(false);
  });
});

describe('WordTable', () => {
  const word = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'b', 'å', 'ä', 'ö', 'é', 'ř', '-', 'A'), maxLength: 8 }),
    fc.string({ maxLength: 6 }),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
  );

  test('finds exactly its words, with their values, across blocks, prefixes and wide characters', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 120 }), fc.array(word, { maxLength: 60 }), (words, others) => {
        const value = (entry: string) => (entry.length * 7919) % 0x10000;
        const table = WordTable.of(words, value);
        const known = new Set(words);
        expect(table.size).toBe(words.length);
        for (const entry of words) expect(table.lookup(entry), entry).toBe(value(entry));
        for (const probe of [...others, ...words.map((entry) => `${entry}a`), ...words.map((entry) => entry.slice(0, -1))]) {
          expect(table.has(probe), probe).toBe(known.has(probe));
        }
        expect([...table.entries()].map(([entry]) => entry).sort()).toEqual([...words].sort());
      }),
      { numRuns: 300 },
    );
  });

  test('refuses words it cannot store', () => {
    expect(() => WordTable.of(['a'.repeat(128)])).toThrow(/too long/);
    expect(() => WordTable.of(['a', 'a'])).toThrow(/sorted and distinct/);
    expect(() => WordTable.of(['a'], () => 0x10000)).toThrow(/16 bits/);
  });
});
