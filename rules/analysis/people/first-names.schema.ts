import { z } from 'zod';
import { dataFile, dataFileSchema, strings } from '../../core/data-file.ts';
import raw from './first-names.json' with { type: 'json' };

/** The shape of first-names.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  note: z.string().min(1),
  names: strings,
  ambiguous: strings,
});

/** first-names.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/analysis/people/first-names.json');
