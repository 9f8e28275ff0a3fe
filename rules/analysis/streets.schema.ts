import { z } from 'zod';
import { dataFile, dataFileSchema } from '../core/data-file.ts';
import raw from './streets.json' with { type: 'json' };

/** The shape of streets.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  suffixes: z.array(z.string().min(1)),
  prefixWords: z.array(z.string().min(1)),
  lowercaseStreets: z.array(z.string().min(1)),
});

/** streets.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/analysis/streets.json');
