import { z } from 'zod';

/**
 * Data files that are not word lists (channel facts, Unicode ranges, name and place data, a rule's
 * numbers and patterns) keep a shape of their own, but each has a zod schema in a `<file>.schema.ts`
 * next to it and is validated when that module loads; like a word list, it names its `source`.
 * Word lists use the lexicon's one shape instead (core/lexicon/schema.ts).
 */
export const dataFileSchema = <Shape extends z.ZodRawShape>(shape: Shape) => z.strictObject({ source: z.string().min(10), ...shape });

/** Validates a data file at load (a broken file stops the server at start, never mid-lint). */
export function dataFile<Schema extends z.ZodType>(schema: Schema, data: unknown, name: string): z.output<Schema> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${name}: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** A list of non-empty strings (words, phrases, URL parts), the commonest field of a data file. */
export const strings = z.array(z.string().min(1));
