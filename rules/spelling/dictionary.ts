import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { endianness } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nspell from 'nspell';
import dictionary from 'dictionary-sv';
import { compileDictionary, formatVersion, nspellData, parseCompiled, type DictionarySource } from './compiled-dictionary.ts';
import type { WordSet } from './sorted-words.ts';

export type SpellChecker = ReturnType<typeof nspell>;
export type { WordSet };

/** Stems the dictionary marks as usable only inside compounds, by position (Hunspell flags X, U, Y). */
export interface CompoundParts {
  /** Forms that may begin a compound: "medborgar", "samhälls", "skol", "kommun", "informations". */
  begin: WordSet;
  /** Forms that may stand in the middle of a compound. */
  middle: WordSet;
  /** Lemmas that may end a compound; their inflected forms count too ("förvaltning" → "förvaltningen"). */
  end: WordSet;
}

export interface SwedishDictionary {
  checker: SpellChecker;
  parts: CompoundParts;
  /** The dictionary's own headwords (lowercase), before any affix. */
  stems: WordSet;
}

// dictionary-sv's flags (index.aff): X = COMPOUNDBEGIN, U = COMPOUNDMIDDLE, Y = COMPOUNDEND, Z = ONLYINCOMPOUND.
const onlyInCompound = 'Z';

/**
 * The affix rules whose output carries X or U (index.aff: SFX v, f, s, h, t): they make the form a
 * word takes as the first part of a compound ("information" → "informations", "skola" → "skole").
 */
function compoundForms(stem: string, flags: string, add: (form: string, middle: boolean) => void): void {
  const endsWithA = stem.endsWith('a');
  if (flags.includes('v')) add(endsWithA ? `${stem.slice(0, -1)}s` : `${stem}s`, false);
  if (flags.includes('f')) add(endsWithA ? `${stem.slice(0, -1)}s` : `${stem}s`, true);
  if (flags.includes('s')) add(stem, false);
  if (flags.includes('h')) add(endsWithA ? `${stem.slice(0, -1)}e` : `${stem}e`, true);
  if (flags.includes('t')) {
    const swaps: [string, string][] = [['la', 'el'], ['ma', ''], ['me', ''], ['ra', 'er'], ['er', 'ra'], ['le', 'el'], ['um', 'e'], ['el', 'la']];
    for (const [from, to] of swaps) if (stem.endsWith(from)) add(stem.slice(0, -from.length) + to, false);
  }
}

/** The .aff without its COMPOUNDRULE lines (see swedishDictionary). */
function patchedAff(): string {
  return Buffer.from(dictionary.aff).toString('utf8').split('\n').filter((line) => !line.startsWith('COMPOUNDRULE')).join('\n');
}

/** nspell built from dictionary-sv the slow way (about 2.4 s), with its table and our compound and stem lists. */
export function buildDictionarySource(): DictionarySource & { checker: SpellChecker } {
  const lines = Buffer.from(dictionary.dic).toString('utf8').split('\n');
  const kept: string[] = [];
  const found = { begin: new Set<string>(), middle: new Set<string>(), end: new Set<string>() };
  const lemmas = new Set<string>();
  const add = (form: string, middle: boolean) => (middle ? found.middle : found.begin).add(form);
  for (const line of lines) {
    const slash = line.indexOf('/');
    const flags = slash === -1 ? '' : line.slice(slash + 1).trimEnd();
    // nspell lets a compound-only stem ("berättar/XZ") shadow the real word made from another stem
    // ("berätta" → "berättar"), so those lines go only to our own compound table.
    if (!flags.includes(onlyInCompound)) kept.push(line);
    if (slash === -1) {
      if (line.length > 0 && !/^\d+$/u.test(line)) lemmas.add(line.trim().toLowerCase());
      continue;
    }
    const stem = line.slice(0, slash).toLowerCase();
    if (!flags.includes(onlyInCompound)) lemmas.add(stem);
    if (flags.includes('X')) found.begin.add(stem);
    if (flags.includes('U')) found.middle.add(stem);
    if (flags.includes('Y')) found.end.add(stem);
    compoundForms(stem, flags, add);
  }
  kept[0] = String(kept.length - 1);
  const checker = nspell(patchedAff(), kept.join('\n')) as SpellChecker & { data: Record<string, string[]> };
  return { checker, data: checker.data, ...found, stems: lemmas };
}

/** nspell over the compiled table: nspell's own correct()/suggest(), with the word table looked up in place. */
function fromCompiled(file: Buffer, key: string): SwedishDictionary {
  const compiled = parseCompiled(file, key);
  const checker = nspell(patchedAff()) as SpellChecker & { data: Record<string, string[]> };
  checker.data = nspellData(compiled);
  return { checker, parts: { begin: compiled.begin, middle: compiled.middle, end: compiled.end }, stems: compiled.stems };
}

/** Where the compiled dictionary is kept between runs; deleting it only costs one rebuild. */
const defaultCacheDir = fileURLToPath(new URL('../../node_modules/.cache/postkoll/', import.meta.url));
const cachePrefix = 'sv-dictionary-';

let cachedKey: string | undefined;

/**
 * Names everything the compiled table depends on: dictionary-sv's files, nspell's version, the
 * format, the byte order, and this folder's build and format code, so that editing them cannot
 * leave a stale cache in use.
 */
export function dictionaryCacheKey(): string {
  if (cachedKey) return cachedKey;
  const require = createRequire(import.meta.url);
  const hash = createHash('sha256');
  hash.update(`format ${formatVersion}\nnspell ${(require('nspell/package.json') as { version: string }).version}\n${endianness()}\n`);
  for (const bytes of [dictionary.aff, dictionary.dic]) hash.update(`${bytes.length}\n`).update(bytes);
  for (const file of ['dictionary.ts', 'compiled-dictionary.ts', 'sorted-words.ts']) hash.update(readFileSync(new URL(file, import.meta.url)));
  cachedKey = hash.digest('hex');
  return cachedKey;
}

export function dictionaryCacheFile(cacheDir: string): string {
  return join(cacheDir, `${cachePrefix}${dictionaryCacheKey().slice(0, 24)}.bin`);
}

export interface DictionaryLoad {
  dictionary: SwedishDictionary;
  /** 'cache' when read from a valid cache file, 'built' when built with nspell. */
  source: 'cache' | 'built';
  file: string;
  /** Why the cache file was not used (missing, damaged, other inputs), when it was not. */
  cacheProblem?: string;
  /** Why the new cache file could not be written, when it could not (a read-only node_modules). */
  writeProblem?: string;
}

export interface LoadOptions {
  /** The cache folder; node_modules/.cache/postkoll by default. */
  cacheDir?: string;
  /** What builds the table when the cache cannot be used (tests pass one that builds once). */
  build?: () => DictionarySource;
}

/** Reads the compiled dictionary from the cache folder, or builds it and writes it there (best effort). */
export function loadSwedishDictionary({ cacheDir = defaultCacheDir, build = buildDictionarySource }: LoadOptions = {}): DictionaryLoad {
  const key = dictionaryCacheKey();
  const file = dictionaryCacheFile(cacheDir);
  let cacheProblem: string;
  try {
    return { dictionary: fromCompiled(readFileSync(file), key), source: 'cache', file };
  } catch (error) {
    cacheProblem = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : (error as Error).message;
  }
  const bytes = compileDictionary(build(), key);
  const writeProblem = writeAtomically(file, bytes);
  // The same compiled form as a cached start, so that every run answers through the same code.
  return { dictionary: fromCompiled(bytes, key), source: 'built', file, cacheProblem, ...(writeProblem ? { writeProblem } : {}) };
}

/** Writes through a temporary file and a rename, so a reader never sees half a file; then drops stale ones. */
function writeAtomically(file: string, bytes: Buffer): string | undefined {
  const dir = join(file, '..');
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(temporary, bytes);
      renameSync(temporary, file);
    } finally {
      rmSync(temporary, { force: true });
    }
  } catch (error) {
    return (error as Error).message;
  }
  try {
    for (const name of readdirSync(dir)) {
      if (name.startsWith(cachePrefix) && name.endsWith('.bin') && name !== basename(file)) rmSync(join(dir, name), { force: true });
    }
  } catch {
    // Old files only take space.
  }
  return undefined;
}

let loaded: SwedishDictionary | undefined;

function current(): SwedishDictionary {
  loaded ??= loadSwedishDictionary().dictionary;
  return loaded;
}

/**
 * Loads the dictionary now, building and caching it if needed (the build step before serving and
 * the test setup call this). Returns how it went, for the log.
 */
export function prepareSwedishDictionary(): DictionaryLoad {
  const result = loadSwedishDictionary();
  loaded = result.dictionary;
  return result;
}

/**
 * The Swedish Hunspell dictionary, loaded once per process from the compiled cache (tens of ms) or
 * built with nspell and cached (about 4 s). As shipped, its COMPOUNDRULE lines make nspell accept
 * every word (shared/notes/stack.md §2), so they are removed; compounds are handled by our own
 * splitting instead (rules/spelling/spell.ts). nspell needs a Buffer or string, never a plain
 * Uint8Array, or the affix rules are silently lost.
 */
export function swedishDictionary(): SpellChecker {
  return current().checker;
}

/** A first part of a compound as the dictionary gives it: a part it marks as such ("förkastnings"), or a word it knows. */
export function isDictionaryFirstPart(part: string): boolean {
  const { parts, checker } = current();
  return parts.begin.has(part) || checker.correct(part);
}

/** A compound's first part, or one with the linking -s after a word the dictionary knows ("distrikts", "förlossnings"). */
export function isCompoundFirstPart(part: string): boolean {
  return isDictionaryFirstPart(part) || (part.endsWith('s') && current().checker.correct(part.slice(0, -1)));
}

/** The compound-only stems the dictionary lists, for compound splitting. */
export function compoundParts(): CompoundParts {
  return current().parts;
}

/** The dictionary's own headwords (lowercase), before any affix: "kurs", "annars", "finnas", not "stängs". */
export function dictionaryStems(): WordSet {
  return current().stems;
}

/**
 * The affix flags of a lowercase headword ("musa" → A, b, E; "sterling" → none), or undefined when
 * the word is no headword: which inflections the dictionary gives it.
 */
export function headwordFlags(word: string): readonly string[] | undefined {
  const { stems, checker } = current();
  return stems.has(word) ? (checker as SpellChecker & { data: Record<string, string[] | undefined> }).data[word] : undefined;
}
