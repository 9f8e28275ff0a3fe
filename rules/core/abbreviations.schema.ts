import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './abbreviations.json' with { type: 'json' };

/** The shape of abbreviations.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  abbreviations: strings,
});

/** abbreviations.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/core/abbreviations.json');
