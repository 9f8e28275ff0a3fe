import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './words.json' with { type: 'json' };

/** The shape of words.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  before: strings,
  subjects: strings,
});

/** words.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/a11y-emoji-ersatter-ord/words.json');
