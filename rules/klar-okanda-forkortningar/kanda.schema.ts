import { z } from 'zod';
import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './kanda.json' with { type: 'json' };

/** The shape of kanda.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  known: strings,
  romanNumeralsNote: z.string().min(1),
  parties: strings,
});

/** kanda.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/klar-okanda-forkortningar/kanda.json');
