import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './companies.json' with { type: 'json' };

/** The shape of companies.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  companySuffixes: strings,
  businessNouns: strings,
});

/** companies.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/analysis/companies.json');
