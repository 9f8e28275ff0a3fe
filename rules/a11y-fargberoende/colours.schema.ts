import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './colours.json' with { type: 'json' };

/** The shape of colours.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  colourNeuter: strings,
  colourDefinite: strings,
  mapNouns: strings,
  cues: strings,
  wordedAlternatives: strings,
});

/** colours.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/a11y-fargberoende/colours.json');
