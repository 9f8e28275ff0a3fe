import { z } from 'zod';
import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './words.json' with { type: 'json' };

/** The shape of words.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  parties: z.array(strings),
  abbreviations: strings,
  bloc: strings,
  blocNotBefore: strings,
  blocNotBeforeNote: z.string().min(1),
});

/** words.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/neutral-partipolitik/words.json');
