import { z } from 'zod';
import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './man.json' with { type: 'json' };

/** The shape of man.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  verbs: strings,
  introducers: strings,
  nounBefore: strings,
  reflexive: strings,
  reflexiveNote: z.string().min(1),
});

/** man.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/ton-man-generiskt/man.json');
