import { z } from 'zod';

/**
 * The one shape of a word-list data file. Every inflected form is listed, each with its replacement in
 * the same form, or null where no mechanical replacement fits ("erhöll" → "fick", "erhållits" → null).
 * A plain list of words may give `forms` as an array (no replacements). Guards cancel a match by the
 * neighbouring token in the same sentence: "#number" is any number, "#capital" a capitalised word.
 * Rules may add fields of their own to an entry (they are kept); `note` says why an entry is there or limited.
 */
export const lexiconEntrySchema = z.looseObject({
  forms: z.union([z.record(z.string().min(1), z.string().nullable()), z.array(z.string().min(1)).transform((forms) => Object.fromEntries(forms.map((form) => [form, null])))]),
  /** What to write instead, as shown in the message. */
  forslag: z.string().optional(),
  /** Steps from the rule's severity: -1 for the catalog's info-level entries. */
  shift: z.number().int().min(-2).max(2).optional(),
  /** The next token that cancels a match: "hinder" is fine unless "av" follows. */
  notBefore: z.array(z.string()).optional(),
  /** The next token must be one of these. */
  onlyBefore: z.array(z.string()).optional(),
  /** The previous token that cancels a match: "eller ej". */
  notAfter: z.array(z.string()).optional(),
  /** Words that, anywhere in the same sentence, cancel a match ("vigsel" for "borgerlig"). */
  notInSentence: z.array(z.string()).optional(),
  /** What kind of entry it is, for rules that mix lists ("bio", "here"). */
  tag: z.string().optional(),
  note: z.string().optional(),
});

export const lexiconFileSchema = z.looseObject({
  /** Where the words come from (a publication, a guideline, or "Postkoll" with the reason). */
  source: z.string().min(10),
  entries: z.array(lexiconEntrySchema),
});

export type LexiconEntry = z.output<typeof lexiconEntrySchema>;
export type LexiconFile = z.output<typeof lexiconFileSchema>;
/** A data file as it is written (forms may be an array). */
export type LexiconFileInput = z.input<typeof lexiconFileSchema>;

const validated = new WeakMap<object, LexiconFile>();

/** Validates a data file once (a broken file fails when the processor is built, never mid-lint). */
export function lexiconFile(data: unknown, name = 'word list'): LexiconFile {
  if (data !== null && typeof data === 'object') {
    const known = validated.get(data);
    if (known) return known;
  }
  const result = lexiconFileSchema.safeParse(data);
  if (!result.success) throw new Error(`${name}: ${z.prettifyError(result.error)}`);
  if (data !== null && typeof data === 'object') validated.set(data, result.data);
  return result.data;
}

/** A file of plain phrases grouped by tag, for lists that only need to be found (no replacements). */
export function phraseFile(source: string, groups: Record<string, string[]>): LexiconFile {
  return lexiconFile({ source, entries: Object.entries(groups).map(([tag, forms]) => ({ tag, forms })) });
}

/** Validates a bare array of entries (for rules that combine or filter entries before compiling). */
export function lexiconEntries(entries: unknown): LexiconEntry[] {
  return z.array(lexiconEntrySchema).parse(entries);
}
