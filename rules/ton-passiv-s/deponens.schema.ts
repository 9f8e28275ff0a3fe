import { z } from 'zod';
import { dataFile, dataFileSchema, strings } from '../core/data-file.ts';
import raw from './deponens.json' with { type: 'json' };

/** The shape of deponens.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  verbs: z.array(strings),
  notPassive: strings,
  notPassiveNote: z.string().min(1),
  modals: strings,
  adverbs: strings,
  genitiveBefore: strings,
  notAgent: strings,
  instructionMarkers: strings,
  instructionNote: z.string().min(1),
});

/** deponens.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/ton-passiv-s/deponens.json');
