import { z } from 'zod';
import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './numbers.json' with { type: 'json' };

/** The shape of numbers.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  serviceNumbers: strings,
  privateTypes: strings,
  bankWords: strings,
  serviceContext: strings,
  serviceContextSource: z.string().min(1),
});

/** numbers.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/pd-telefon/numbers.json');
