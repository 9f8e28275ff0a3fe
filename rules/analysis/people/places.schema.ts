import { dataFile, dataFileSchema, strings } from '../../core/data-file.ts';
import raw from './places.json' with { type: 'json' };

/** The shape of places.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  kommuner: strings,
  localities: strings,
  world: strings,
  organisations: strings,
  headsAfterName: strings,
});

/** places.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/analysis/people/places.json');
