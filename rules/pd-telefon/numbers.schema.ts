import { z } from 'zod';
import { dataFile, dataFileSchema } from '../core/data-file.ts';
import raw from './numbers.json' with { type: 'json' };

/** The shape of numbers.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  serviceNumbers: z.array(z.string().min(1)),
  privateTypes: z.array(z.string().min(1)),
  bankWords: z.array(z.string().min(1)),
  serviceContext: z.array(z.string().min(1)),
  serviceContextSource: z.string().min(1),
});

/** numbers.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/pd-telefon/numbers.json');
