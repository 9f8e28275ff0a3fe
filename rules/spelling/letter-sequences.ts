import dictionary from 'dictionary-sv';

/**
 * How many of dictionary-sv's headwords have each sequence of three letters, the word's edges
 * counted as a letter of their own. A slip often makes a sequence Swedish words seldom have
 * ("storstadsdistritk" ends in "tk", "förkastningsqinjen" has "gsq"); a rare word written right
 * seldom does ("fiendefaktionerna").
 */

// Letters as 5-bit codes: 0 the word's edge, 1–26 a–z, then å, ä, ö, é, and 31 anything else.
const edge = 0;
const other = 31;
function code(unit: number): number {
  if (unit >= 97 && unit <= 122) return unit - 96;
  if (unit === 0xe5) return 27;
  if (unit === 0xe4) return 28;
  if (unit === 0xf6) return 29;
  if (unit === 0xe9) return 30;
  return other;
}

let counts: Uint32Array | undefined;

function headwordTrigrams(): Uint32Array {
  if (counts) return counts;
  const table = new Uint32Array(32 * 32 * 32);
  const text = Buffer.from(dictionary.dic).toString('utf8').toLowerCase();
  // The first line is the entry count; a word ends at its flags ("/") or the line's end.
  for (let at = text.indexOf('\n') + 1; at > 0 && at < text.length; ) {
    let sequence = edge;
    let index = at;
    for (; index < text.length && text.charCodeAt(index) !== 10 && text.charCodeAt(index) !== 47; index++) {
      sequence = ((sequence << 5) | code(text.charCodeAt(index))) & 0x7fff;
      if (index > at) table[sequence]!++;
    }
    table[(sequence << 5) & 0x7fff]!++;
    at = text.indexOf('\n', index) + 1;
  }
  counts = table;
  return table;
}

/**
 * Where in the word the sequences at most `fewest` headwords have lie: the first and the last letter
 * they cover, or undefined when the word has none.
 */
export function rareStretch(word: string, fewest: number): { from: number; to: number } | undefined {
  const table = headwordTrigrams();
  let from = -1;
  let to = -1;
  let sequence = edge;
  // The sequence ending at letter `index` covers letters index - 2 to index (index = length: the end).
  for (let index = 0; index <= word.length; index++) {
    sequence = ((sequence << 5) | (index === word.length ? edge : code(word.charCodeAt(index)))) & 0x7fff;
    if (index === 0 || table[sequence]! > fewest) continue;
    if (from === -1) from = Math.max(0, index - 2);
    to = Math.min(word.length - 1, index);
  }
  return from === -1 ? undefined : { from, to };
}

/** Builds the table now, at start, not on the first unknown word. */
export const prepareLetterSequences = () => void headwordTrigrams();
