import { crc32 } from 'node:zlib';
import { SortedWords, WordTable } from './sorted-words.ts';

/**
 * The spelling dictionary in a form that loads in tens of milliseconds: nspell's word table (every
 * form and its rule codes) as front-coded sorted words, each carrying the id of its set of rule
 * codes (2,262 distinct sets for 838,000 forms), and our own compound and stem lists the same way.
 * Bump `formatVersion` when the layout changes.
 */
export const formatVersion = 1;

/** What the build produces: nspell's table and our own word lists. */
export interface DictionarySource {
  /** nspell's `data`: every known form and its rule codes (often nspell's shared empty array). */
  data: Record<string, string[]>;
  begin: Iterable<string>;
  middle: Iterable<string>;
  end: Iterable<string>;
  stems: Iterable<string>;
}

export interface CompiledDictionary {
  /** nspell's forms, each with the index of its rule codes in `codeSets` (0: none). */
  words: WordTable;
  codeSets: string[][];
  begin: WordTable;
  middle: WordTable;
  end: WordTable;
  stems: WordTable;
}

const magic = Buffer.from('PKSPELL\n', 'latin1');
// The magic, a CRC-32 of everything after it, the header's length; then the JSON header and the
// sections, each at a multiple of 8 so that typed arrays can view them in place.
const prefixLength = magic.length + 8;
const alignment = 8;
const wordLists = ['words', 'begin', 'middle', 'end', 'stems'] as const;
type WordListName = (typeof wordLists)[number];

const arrayTypes = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array } as const;
type ArrayTypeName = keyof typeof arrayTypes;

interface Section {
  offset: number;
  length: number;
  type: ArrayTypeName | 'json';
  /** Words in a word list's units section. */
  count?: number;
}

interface Header {
  format: number;
  key: string;
  sections: Record<string, Section>;
}

const typeOf = (array: Uint8Array | Uint16Array | Uint32Array): ArrayTypeName =>
  array instanceof Uint32Array ? 'u32' : array instanceof Uint16Array ? 'u16' : 'u8';

/** The cache file's bytes. `key` names the inputs it was built from; parseCompiled checks it. */
export function compileDictionary(source: DictionarySource, key: string): Buffer {
  const codeSets: string[][] = [[]];
  const setIds = new Map<string, number>();
  const codeSetOf = (word: string) => {
    const codes = source.data[word]!;
    if (codes.length === 0) return 0;
    const signature = JSON.stringify(codes);
    let id = setIds.get(signature);
    if (id === undefined) {
      id = codeSets.push([...codes]) - 1;
      setIds.set(signature, id);
    }
    return id;
  };
  const tables: Record<WordListName, WordTable> = {
    words: WordTable.of(Object.keys(source.data), codeSetOf),
    begin: WordTable.of(source.begin),
    middle: WordTable.of(source.middle),
    end: WordTable.of(source.end),
    stems: WordTable.of(source.stems),
  };
  const sections: [string, Buffer, Section['type'], number?][] = [];
  const addArray = (name: string, array: Uint8Array | Uint16Array | Uint32Array, count?: number) =>
    sections.push([name, Buffer.from(array.buffer, array.byteOffset, array.byteLength), typeOf(array), count]);
  for (const name of wordLists) {
    for (const half of ['narrow', 'wide'] as const) {
      const list = tables[name][half];
      addArray(`${name}.${half}.units`, list.units, list.size);
      addArray(`${name}.${half}.restarts`, list.restarts);
    }
  }
  sections.push(['codeSets', Buffer.from(JSON.stringify(codeSets), 'utf8'), 'json']);
  // Section offsets depend on the header's length: lay out behind a header padded to a width that
  // holds the largest offsets.
  const layout = (base: number) => {
    let offset = base;
    const table: Record<string, Section> = {};
    for (const [name, bytes, type, count] of sections) {
      table[name] = { offset, length: bytes.length, type, ...(count === undefined ? {} : { count }) };
      offset = align(offset + bytes.length);
    }
    return { header: { format: formatVersion, key, sections: table } satisfies Header, end: offset };
  };
  const headerSpace = align(prefixLength + Buffer.byteLength(JSON.stringify(layout(0xffffffff).header))) - prefixLength;
  const { header, end } = layout(prefixLength + headerSpace);
  const file = Buffer.alloc(end);
  magic.copy(file, 0);
  file.writeUInt32LE(headerSpace, magic.length + 4);
  file.write(JSON.stringify(header).padEnd(headerSpace, ' '), prefixLength, 'utf8');
  for (const [name, bytes] of sections) bytes.copy(file, header.sections[name]!.offset);
  file.writeUInt32LE(crc32(file.subarray(magic.length + 4)), magic.length);
  return file;
}

const align = (length: number) => Math.ceil(length / alignment) * alignment;

/**
 * Reads a cache file's bytes; throws when they are damaged or were built from other inputs than
 * `key`. The result views the bytes in place.
 */
export function parseCompiled(input: Buffer, key: string): CompiledDictionary {
  let file = input;
  if (file.byteOffset % alignment !== 0) {
    file = Buffer.allocUnsafeSlow(input.length);
    input.copy(file);
  }
  if (file.length < prefixLength || !file.subarray(0, magic.length).equals(magic)) throw new Error('not a dictionary cache file');
  if (file.readUInt32LE(magic.length) !== crc32(file.subarray(magic.length + 4))) throw new Error('checksum mismatch');
  const headerLength = file.readUInt32LE(magic.length + 4);
  const header = JSON.parse(file.toString('utf8', prefixLength, prefixLength + headerLength)) as Header;
  if (header.format !== formatVersion) throw new Error(`format ${header.format}, expected ${formatVersion}`);
  if (header.key !== key) throw new Error('built from other inputs');
  const section = (name: string, types: readonly Section['type'][]) => {
    const found = header.sections[name];
    if (!found || !types.includes(found.type)) throw new Error(`section ${name} missing`);
    const { offset, length } = found;
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < prefixLength + headerLength || offset % alignment !== 0 || offset + length > file.length) {
      throw new Error(`section ${name} out of bounds`);
    }
    return { ...found, bytes: file.subarray(offset, offset + length) };
  };
  const array = (name: string, types: readonly ArrayTypeName[]) => {
    const { bytes, type, count } = section(name, types);
    const Type = arrayTypes[type as ArrayTypeName];
    if (bytes.length % Type.BYTES_PER_ELEMENT !== 0) throw new Error(`section ${name} has a partial element`);
    return { array: new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length / Type.BYTES_PER_ELEMENT), count };
  };
  const list = (name: string, types: readonly ArrayTypeName[]) => {
    const { array: units, count } = array(`${name}.units`, types);
    if (!Number.isInteger(count)) throw new Error(`section ${name} has no word count`);
    return new SortedWords(units as Uint8Array | Uint16Array, array(`${name}.restarts`, ['u32']).array as Uint32Array, count!);
  };
  const table = (name: WordListName) => new WordTable(list(`${name}.narrow`, ['u8']), list(`${name}.wide`, ['u8', 'u16']));
  const codeSets = JSON.parse(section('codeSets', ['json']).bytes.toString('utf8')) as unknown;
  if (!Array.isArray(codeSets) || codeSets[0]?.length !== 0) throw new Error('bad code sets');
  for (const codes of codeSets) if (!Array.isArray(codes) || !codes.every((code) => typeof code === 'string')) throw new Error('bad code sets');
  return { words: table('words'), codeSets: codeSets as string[][], begin: table('begin'), middle: table('middle'), end: table('end'), stems: table('stems') };
}

/**
 * A stand-in for nspell's `data` table. nspell only reads it by key (`data[word]`, `word in data`)
 * in correct(), suggest() and spell(), so answering those from the compiled table keeps its own
 * logic. Each code set is one shared array, so a word's codes are the same object every time; all
 * forms without codes share one empty array (nspell itself shares one for the forms its affixes
 * make, and only add() tells the two apart). Writes (nspell's add(), remove(), personal()) are refused: the table is read-only.
 */
export function nspellData(compiled: CompiledDictionary): Record<string, string[]> {
  const { words, codeSets } = compiled;
  const readOnly = () => {
    throw new TypeError('the compiled spelling dictionary is read-only');
  };
  return new Proxy(Object.create(null) as Record<string, string[]>, {
    get(_target, key) {
      if (typeof key !== 'string') return undefined;
      const id = words.lookup(key);
      return id === -1 ? undefined : codeSets[id];
    },
    has(_target, key) {
      return typeof key === 'string' && words.has(key);
    },
    set: readOnly,
    deleteProperty: readOnly,
    defineProperty: readOnly,
  });
}
