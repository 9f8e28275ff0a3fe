import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './ord.json' with { type: 'json' };

/** The shape of ord.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  words: strings,
  compoundBegins: strings,
});

/** ord.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/klar-stavning/ord.json');
