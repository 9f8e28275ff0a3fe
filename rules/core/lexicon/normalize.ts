/** The one normalisation of list words and post tokens: lowercase, NFC, no outer white space. */
export function normalize(value: string): string {
  return value.toLowerCase().normalize('NFC').trim();
}

/** A form ending in "*" (one word, no space) is a stem: it matches every word that starts with it. */
export function stemOf(form: string): string | undefined {
  return form.endsWith('*') && !form.includes(' ') ? form.slice(0, -1) : undefined;
}

const hasLower = /\p{Ll}/u;
const hasLetter = /\p{L}/u;

/** The replacement written with the matched text's capitalisation: "Erhåller" → "Får", "ERHÅLLER" → "FÅR". */
export function matchCase(actual: string, replacement: string): string {
  if (!replacement) return replacement;
  if (actual.length > 1 && hasLetter.test(actual) && !hasLower.test(actual)) return replacement.toUpperCase();
  const first = actual.charAt(0);
  if (first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

export const isUpperInitial = (value: string): boolean => {
  const first = value.charAt(0);
  return first !== first.toLowerCase();
};
