import { z } from 'zod';
import { dataFile, dataFileSchema } from '../core/data-file.ts';
import raw from './shorteners.json' with { type: 'json' };

/** The shape of shorteners.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  shorteners: z.array(z.string().min(1)),
  platformGenerated: z.array(z.string().min(1)),
});

/** shorteners.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/a11y-lankforkortare/shorteners.json');
