import { z } from 'zod';
import { dataFile, dataFileSchema } from '../core/data-file.ts';
import raw from './man.json' with { type: 'json' };

/** The shape of man.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  verbs: z.array(z.string().min(1)),
  introducers: z.array(z.string().min(1)),
  nounBefore: z.array(z.string().min(1)),
  reflexive: z.array(z.string().min(1)),
  reflexiveNote: z.string().min(1),
});

/** man.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/ton-man-generiskt/man.json');
