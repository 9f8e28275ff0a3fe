import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './addresses.json' with { type: 'json' };

/** The shape of addresses.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  roleLocalParts: strings,
  freeMailDomains: strings,
});

/** addresses.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/pd-epost/addresses.json');
