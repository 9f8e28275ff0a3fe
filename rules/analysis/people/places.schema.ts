import { z } from 'zod';
import { dataFile, dataFileSchema } from '../../core/data-file.ts';
import raw from './places.json' with { type: 'json' };

/** The shape of places.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  kommuner: z.array(z.string().min(1)),
  localities: z.array(z.string().min(1)),
  world: z.array(z.string().min(1)),
  organisations: z.array(z.string().min(1)),
  headsAfterName: z.array(z.string().min(1)),
});

/** places.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/analysis/people/places.json');
