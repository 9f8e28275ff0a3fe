import { z } from 'zod';
import { dataFile, dataFileSchema } from '../core/data-file.ts';
import raw from './deponens.json' with { type: 'json' };

/** The shape of deponens.json (not a word list: see the fields' use in this folder). */
export const schema = dataFileSchema({
  verbs: z.array(z.array(z.string().min(1))),
  notPassive: z.array(z.string().min(1)),
  notPassiveNote: z.string().min(1),
  modals: z.array(z.string().min(1)),
  adverbs: z.array(z.string().min(1)),
  genitiveBefore: z.array(z.string().min(1)),
  notAgent: z.array(z.string().min(1)),
});

/** deponens.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/ton-passiv-s/deponens.json');
