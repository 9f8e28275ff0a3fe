import { z } from 'zod';
import { dataFile, dataFileSchema } from '../core/data-file.ts';
import raw from './kanda.json' with { type: 'json' };

/** The shape of kanda.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  known: z.array(z.string().min(1)),
  romanNumeralsNote: z.string().min(1),
  parties: z.array(z.string().min(1)),
});

/** kanda.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/klar-okanda-forkortningar/kanda.json');
