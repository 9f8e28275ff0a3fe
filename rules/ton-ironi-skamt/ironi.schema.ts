import { z } from 'zod';
import { dataFile, dataFileSchema } from '../core/data-file.ts';
import raw from './ironi.json' with { type: 'json' };

/** The shape of ironi.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  words: z.array(z.string().min(1)),
  wordsNote: z.string().min(1),
  phrases: z.array(z.string().min(1)),
  emoji: z.array(z.string().min(1)),
  emoticons: z.array(z.string().min(1)),
});

/** ironi.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/ton-ironi-skamt/ironi.json');
