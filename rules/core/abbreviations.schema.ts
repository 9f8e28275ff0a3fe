import { z } from 'zod';
import { dataFile, dataFileSchema } from '../core/data-file.ts';
import raw from './abbreviations.json' with { type: 'json' };

/** The shape of abbreviations.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  abbreviations: z.array(z.string().min(1)),
});

/** abbreviations.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/core/abbreviations.json');
