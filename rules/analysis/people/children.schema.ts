import { z } from 'zod';
import { dataFile, dataFileSchema } from '../../core/data-file.ts';
import raw from './children.json' with { type: 'json' };

/** The shape of children.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  strong: z.array(z.string().min(1)),
  singular: z.array(z.string().min(1)),
  places: z.array(z.string().min(1)),
  classWords: z.array(z.string().min(1)),
  gradeWords: z.array(z.string().min(1)),
  unitHeads: z.array(z.string().min(1)),
  agePattern: z.string().min(1),
  classPattern: z.string().min(1),
});

/** children.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/analysis/people/children.json');
