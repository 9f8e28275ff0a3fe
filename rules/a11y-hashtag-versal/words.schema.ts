import { z } from 'zod';
import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './words.json' with { type: 'json' };

/** The shape of words.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  functionWords: strings,
  linkingEndings: strings,
  minLength: z.number().int(),
  maxLength: z.number().int(),
  maxWordLength: z.number().int(),
  fallbackLength: z.number().int(),
});

/** words.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/a11y-hashtag-versal/words.json');
