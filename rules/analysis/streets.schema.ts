import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './streets.json' with { type: 'json' };

/** The shape of streets.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  suffixes: strings,
  prefixWords: strings,
  lowercaseStreets: strings,
});

/** streets.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/analysis/streets.json');
