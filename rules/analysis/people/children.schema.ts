import { z } from 'zod';
import { dataFile, dataFileSchema, strings } from '../../core/data-file.ts';
import raw from './children.json' with { type: 'json' };

/** The shape of children.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  strong: strings,
  singular: strings,
  places: strings,
  classWords: strings,
  gradeWords: strings,
  unitHeads: strings,
  agePattern: z.string().min(1),
  classPattern: z.string().min(1),
});

/** children.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/analysis/people/children.json');
