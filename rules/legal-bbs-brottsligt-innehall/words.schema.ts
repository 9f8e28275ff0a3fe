import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './words.json' with { type: 'json' };

/** The shape of words.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  threats: strings,
  hate: strings,
  minors: strings,
  crimeCalls: strings,
  descriptors: strings,
  piracyHosts: strings,
  violence: strings,
});

/** words.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/legal-bbs-brottsligt-innehall/words.json');
