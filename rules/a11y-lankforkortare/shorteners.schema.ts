import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './shorteners.json' with { type: 'json' };

/** The shape of shorteners.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  shorteners: strings,
  platformGenerated: strings,
});

/** shorteners.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/a11y-lankforkortare/shorteners.json');
