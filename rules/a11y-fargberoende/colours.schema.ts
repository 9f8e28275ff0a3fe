import { z } from 'zod';
import { dataFile, dataFileSchema } from '../core/data-file.ts';
import raw from './colours.json' with { type: 'json' };

/** The shape of colours.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  colourNeuter: z.array(z.string().min(1)),
  colourDefinite: z.array(z.string().min(1)),
  mapNouns: z.array(z.string().min(1)),
  cues: z.array(z.string().min(1)),
  wordedAlternatives: z.array(z.string().min(1)),
});

/** colours.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/a11y-fargberoende/colours.json');
