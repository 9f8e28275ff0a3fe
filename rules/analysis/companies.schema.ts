import { z } from 'zod';
import { dataFile, dataFileSchema } from '../core/data-file.ts';
import raw from './companies.json' with { type: 'json' };

/** The shape of companies.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  companySuffixes: z.array(z.string().min(1)),
  businessNouns: z.array(z.string().min(1)),
});

/** companies.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/analysis/companies.json');
