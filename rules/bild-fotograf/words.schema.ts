import { z } from 'zod';
import { dataFile, dataFileSchema } from '../core/data-file.ts';
import raw from './words.json' with { type: 'json' };

/** The shape of words.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  creditPattern: z.string().min(1),
});

/** words.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/bild-fotograf/words.json');
