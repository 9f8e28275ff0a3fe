import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './acronyms.json' with { type: 'json' };

/** The shape of acronyms.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  acronyms: strings,
});

/** acronyms.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/a11y-versaler/acronyms.json');
